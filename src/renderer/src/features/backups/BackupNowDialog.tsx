import { Modal } from '../../ui/Modal'
import { backUpToFile } from './backup-actions'
import { NewPassphraseForm } from './NewPassphraseForm'

export function BackupNowDialog(props: { isOpen: boolean; onClose: () => void }) {
  const { isOpen, onClose } = props
  return (
    <Modal title="Back up now" isOpen={isOpen} onClose={onClose}>
      <NewPassphraseForm
        idPrefix="backup-now"
        intro={
          <>
            Saves the whole workspace as an encrypted file (age format) where you choose. Without
            the passphrase nobody can read it, you included: Trellis cannot recover a forgotten
            passphrase. Any computer with the <span className="mono">age</span> tool can decrypt it.
          </>
        }
        submitLabel="Choose where to save…"
        busyLabel="Encrypting…"
        onCancel={onClose}
        save={async (passphrase) => {
          const failure = await backUpToFile(passphrase)
          if (failure) throw new Error(failure)
          onClose()
        }}
      />
    </Modal>
  )
}
