import { useState, type FormEvent } from 'react'
import { desktop } from '../../platform'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { checkScheduledBackup } from './backup-actions'
import { PassphraseFields, checkNewPassphrase } from './PassphraseFields'

/**
 * Creates the key of automatic backups: kept only passphrase-encrypted in the backup folder, and
 * shown here once as a recovery key to print or write down.
 */
export function KeySetupDialog(props: { isOpen: boolean; onClose: () => void }) {
  const { isOpen, onClose } = props
  const [fields, setFields] = useState({ passphrase: '', confirmation: '' })
  const [error, setError] = useState<string | null>(null)
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null)
  const [isNoted, setIsNoted] = useState(false)
  const [isBusy, setIsBusy] = useState(false)

  const close = (): void => {
    setFields({ passphrase: '', confirmation: '' })
    setError(null)
    setRecoveryKey(null)
    setIsNoted(false)
    onClose()
  }

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const problem = checkNewPassphrase(fields.passphrase, fields.confirmation)
    if (problem) return setError(problem)
    setIsBusy(true)
    try {
      const result = await desktop.setUpBackupKey({ passphrase: fields.passphrase })
      if (result.status === 'failed') setError(result.message)
      else {
        setRecoveryKey(result.recoveryKey)
        void checkScheduledBackup()
      }
    } finally {
      setIsBusy(false)
    }
  }

  if (recoveryKey) {
    return (
      <Modal title="Your recovery key" isOpen={isOpen} onClose={() => isNoted && close()}>
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
        <label className="checkbox">
          <input type="checkbox" checked={isNoted} onChange={(e) => setIsNoted(e.target.checked)} />
          I have printed or written down the recovery key
        </label>
        <div className="modal-footer">
          <button
            type="button"
            className="button button-primary"
            disabled={!isNoted}
            onClick={close}
          >
            Done
          </button>
        </div>
      </Modal>
    )
  }

  return (
    <Modal title="Set up automatic backups" isOpen={isOpen} onClose={close}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted">
          Automatic backups run without asking, so they use a key instead of a passphrase. The key
          is stored in the backup folder, encrypted with the passphrase you choose here; you need
          that passphrase (or the recovery key shown next) to restore.
        </p>
        <PassphraseFields
          idPrefix="key-setup"
          {...fields}
          error={error}
          onChange={(next) => {
            setFields(next)
            setError(null)
          }}
        />
        <div className="modal-footer">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={isBusy}>
            {isBusy ? 'Creating the key…' : 'Create the key'}
          </button>
        </div>
      </form>
    </Modal>
  )
}
