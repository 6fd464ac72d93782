import { useEffect, useState } from 'react'
import { desktop } from '../../platform'
import { useBackupUi } from './backup-ui-store'

/**
 * On the welcome screen: when this computer has no workspace but backups exist (the workspace
 * registry itself may have been lost), says so and offers the restore.
 */
export function RestoreOffer() {
  const [count, setCount] = useState(0)
  useEffect(() => {
    let isLive = true
    void desktop.listBackups().then((listed) => isLive && setCount(listed.length))
    return () => {
      isLive = false
    }
  }, [])
  if (count === 0) return null
  return (
    <div className="restore-offer" role="note">
      <p>
        Trellis found {count === 1 ? 'a backup' : `${count} backups`} on this computer. If your
        workspaces went missing, restore them from there.
      </p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => useBackupUi.getState().show('restore')}
      >
        Restore from a backup…
      </button>
    </div>
  )
}
