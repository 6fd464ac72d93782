import { useEffect } from 'react'
import { useWorkspaceStore } from '../../app/workspace-store'
import { checkScheduledBackup } from './backup-actions'
import { useBackupUi } from './backup-ui-store'
import { BackupNowDialog } from './BackupNowDialog'
import { KeySetupDialog } from './KeySetupDialog'
import { RestoreDialog } from './RestoreDialog'
import { StartupGuardDialog } from './StartupGuardDialog'
import './backups.css'

const checkEveryMs = 30 * 60 * 1000

/** The backup dialogs, and the schedule: a check when a workspace opens and every half hour. */
export function BackupDialogs() {
  const dialog = useBackupUi((state) => state.dialog)
  const hide = useBackupUi((state) => state.hide)
  const workspaceId = useWorkspaceStore((state) => state.current?.info.id)

  useEffect(() => {
    if (!workspaceId) return
    void checkScheduledBackup()
    const timer = setInterval(() => void checkScheduledBackup(), checkEveryMs)
    return () => clearInterval(timer)
  }, [workspaceId])

  return (
    <>
      <BackupNowDialog isOpen={dialog === 'backup-now'} onClose={hide} />
      <RestoreDialog isOpen={dialog === 'restore'} onClose={hide} />
      <KeySetupDialog isOpen={dialog === 'key-setup'} onClose={hide} />
      {dialog === null ? <StartupGuardDialog /> : null}
    </>
  )
}
