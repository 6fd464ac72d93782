import { useState, type FormEvent } from 'react'
import { Modal } from '../../ui/Modal'
import { backUpToFile } from './backup-actions'
import { PassphraseFields, checkNewPassphrase } from './PassphraseFields'

export function BackupNowDialog(props: { isOpen: boolean; onClose: () => void }) {
  const { isOpen, onClose } = props
  const [fields, setFields] = useState({ passphrase: '', confirmation: '' })
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  const close = (): void => {
    setFields({ passphrase: '', confirmation: '' })
    setError(null)
    onClose()
  }

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const problem = checkNewPassphrase(fields.passphrase, fields.confirmation)
    if (problem) return setError(problem)
    setIsBusy(true)
    try {
      const failure = await backUpToFile(fields.passphrase)
      if (failure) setError(failure)
      else close()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <Modal title="Back up now" isOpen={isOpen} onClose={close}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted">
          Saves the whole workspace as an encrypted file (age format) where you choose. Without the
          passphrase nobody can read it, you included: Trellis cannot recover a forgotten
          passphrase. Any computer with the <span className="mono">age</span> tool can decrypt it.
        </p>
        <PassphraseFields
          idPrefix="backup-now"
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
            {isBusy ? 'Encrypting…' : 'Choose where to save…'}
          </button>
        </div>
      </form>
    </Modal>
  )
}
