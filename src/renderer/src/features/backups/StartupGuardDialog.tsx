import { useWorkspaceStore } from '../../app/workspace-store'
import { desktop } from '../../platform'
import { Modal } from '../../ui/Modal'
import { useBackupUi } from './backup-ui-store'
import { formatWhen } from './BackupSummaryView'

/** Shown when the open workspace is empty although it held records before or has backups. */
export function StartupGuardDialog() {
  const guard = useBackupUi((state) => state.guard)
  const info = useWorkspaceStore((state) => state.current?.info)
  if (!guard || !info) return null
  const keepEmpty = async (): Promise<void> => {
    await desktop.acknowledgeEmptyWorkspace({ workspaceId: info.id })
    useBackupUi.getState().setGuard(null)
  }
  return (
    <Modal
      title="This workspace is empty"
      isOpen
      onClose={() => useBackupUi.getState().setGuard(null)}
      footer={
        <>
          <button type="button" className="button" onClick={() => void keepEmpty()}>
            Keep it empty
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => useBackupUi.getState().show('restore')}
          >
            Restore…
          </button>
        </>
      }
    >
      <p>
        “{info.name}” has no records now,{' '}
        {guard.previousCount > 0
          ? `but it held ${guard.previousCount.toLocaleString()} records${guard.seenAt ? ` on ${formatWhen(guard.seenAt)}` : ''}.`
          : 'but there are backups of it.'}{' '}
        {guard.backupCount > 0
          ? `There ${guard.backupCount === 1 ? 'is 1 automatic backup' : `are ${guard.backupCount} automatic backups`} of it.`
          : ''}
      </p>
      <p className="muted">
        If the data was lost, restore it now. Automatic backups of this workspace are paused while
        it is empty, so the good ones are kept.
      </p>
    </Modal>
  )
}
