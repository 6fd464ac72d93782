import { useState, type FormEvent } from 'react'
import { WorkspaceName } from '../../../../shared/model'
import { navigate } from '../../app/router'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { createEmptyWorkspace } from './workspace-actions'

export function NewWorkspaceDialog(props: { isOpen: boolean; onClose: () => void }) {
  const { isOpen, onClose } = props
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  const close = (): void => {
    setName('')
    setError(null)
    onClose()
  }

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const parsed = WorkspaceName.safeParse(name)
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the name')
      return
    }
    setIsBusy(true)
    try {
      const info = await createEmptyWorkspace(parsed.data)
      notify('success', `Created “${info.name}”.`)
      navigate('/')
      close()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <Modal title="New workspace" isOpen={isOpen} onClose={close}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted">
          A workspace holds one organisation’s people and records, kept apart from every other
          workspace.
        </p>
        <div className="field">
          <label htmlFor="new-workspace-name">Name</label>
          <input
            id="new-workspace-name"
            autoFocus
            value={name}
            maxLength={80}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'new-workspace-error' : undefined}
            onChange={(event) => {
              setName(event.target.value)
              setError(null)
            }}
            placeholder="e.g. Harbour Street Bakery"
          />
          {error ? (
            <p id="new-workspace-error" className="field-error">
              {error}
            </p>
          ) : null}
        </div>
        <div className="modal-footer">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={isBusy}>
            Create workspace
          </button>
        </div>
      </form>
    </Modal>
  )
}
