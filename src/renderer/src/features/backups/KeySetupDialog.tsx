import { useState } from 'react'
import { desktop } from '../../platform'
import { CheckboxField } from '../../ui/form'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { checkScheduledBackup } from './backup-actions'
import { NewPassphraseForm } from './NewPassphraseForm'

/**
 * Creates the key of automatic backups: kept only passphrase-encrypted in the backup folder, and
 * shown here once as a recovery key to print or write down.
 */
export function KeySetupDialog(props: { isOpen: boolean; onClose: () => void }) {
  const { isOpen, onClose } = props
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null)
  const [isNoted, setIsNoted] = useState(false)

  const close = (): void => {
    setRecoveryKey(null)
    setIsNoted(false)
    onClose()
  }

  if (recoveryKey) {
    return (
      <Modal
        title="Your recovery key"
        isOpen={isOpen}
        onClose={() => isNoted && close()}
        footer={
          <button
            type="button"
            className="button button-primary"
            disabled={!isNoted}
            onClick={close}
          >
            Done
          </button>
        }
      >
        <p>
          Automatic backups are encrypted to this key. Print it or write it down now and keep it
          away from this computer: it is shown only this once, and it opens your backups even if you
          forget the key passphrase.
        </p>
        <p className="recovery-key mono" aria-label="Recovery key">
          {recoveryKey}
        </p>
        <div className="row">
          <button type="button" className="button" onClick={() => window.print()}>
            Print…
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void navigator.clipboard
                .writeText(recoveryKey)
                .then(() =>
                  notify('info', 'Copied. Paste it somewhere safe, then clear the clipboard.'),
                )
            }
          >
            Copy
          </button>
        </div>
        <CheckboxField
          label="I have printed or written down the recovery key"
          checked={isNoted}
          onChange={setIsNoted}
        />
      </Modal>
    )
  }

  return (
    <Modal title="Set up automatic backups" isOpen={isOpen} onClose={close}>
      <NewPassphraseForm
        idPrefix="key-setup"
        intro="Automatic backups run without asking, so they use a key instead of a passphrase. The key is stored in the backup folder, encrypted with the passphrase you choose here; you need that passphrase (or the recovery key shown next) to restore."
        submitLabel="Create the key"
        busyLabel="Creating the key…"
        onCancel={close}
        save={async (passphrase) => {
          const result = await desktop.setUpBackupKey({ passphrase })
          if (result.status === 'failed') throw new Error(result.message)
          setRecoveryKey(result.recoveryKey)
          void checkScheduledBackup()
        }}
      />
    </Modal>
  )
}
