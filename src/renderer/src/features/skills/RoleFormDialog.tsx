import { useState, type FormEvent } from 'react'
import type { RoleProfile } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveRole } from '../../db/repositories/skill-structure'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { describeError } from '../../ui/format'

export function RoleFormDialog(props: {
  isOpen: boolean
  role: RoleProfile | null
  onClose: () => void
  onSaved: (role: RoleProfile) => void
}) {
  const { isOpen, role, onClose, onSaved } = props
  return (
    <Modal title={role ? `Edit ${role.name}` : 'Add a role'} isOpen={isOpen} onClose={onClose}>
      {/* Mounted only while open, so every opening starts from the stored record. */}
      <RoleForm role={role} onClose={onClose} onSaved={onSaved} />
    </Modal>
  )
}

function RoleForm(props: {
  role: RoleProfile | null
  onClose: () => void
  onSaved: (role: RoleProfile) => void
}) {
  const { role, onClose, onSaved } = props
  const { db } = useCurrentWorkspace()
  const [name, setName] = useState(role?.name ?? '')
  const [description, setDescription] = useState(role?.description ?? '')
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (!name.trim()) {
      setError('Give the role a name.')
      return
    }
    try {
      const saved = await saveRole(db, {
        id: role?.id ?? crypto.randomUUID(),
        name: name.trim(),
        description,
      })
      notify(
        'success',
        role ? `Saved the role “${saved.name}”.` : `Added the role “${saved.name}”.`,
      )
      onSaved(saved)
      onClose()
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor="role-name">Name</label>
        <input
          id="role-name"
          value={name}
          autoFocus
          maxLength={160}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'role-error' : undefined}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="role-description">Description</label>
        <textarea
          id="role-description"
          rows={3}
          maxLength={4000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      {error ? (
        <p id="role-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          {role ? 'Save changes' : 'Add role'}
        </button>
      </div>
    </form>
  )
}
