import { findRoleProblem } from '../../../../shared/domain/skills/validation'
import type { RoleProfile } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveRole } from '../../db/repositories/skill-structure'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { DialogForm, TextAreaField, TextField, useForm } from '../../ui/form'

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
  const form = useForm<Pick<RoleProfile, 'name' | 'description'>, 'name'>({
    idPrefix: 'role',
    initial: { name: role?.name ?? '', description: role?.description ?? '' },
    check: findRoleProblem,
    fieldOfError: (text) => (/role called/.test(text) ? 'name' : 'form'),
    save: async (draft) => {
      const saved = await saveRole(db, {
        id: role?.id ?? crypto.randomUUID(),
        name: draft.name.trim(),
        description: draft.description,
      })
      notify(
        'success',
        role ? `Saved the role “${saved.name}”.` : `Added the role “${saved.name}”.`,
      )
      onSaved(saved)
      onClose()
    },
  })
  const { draft, set } = form

  return (
    <DialogForm form={form} submitLabel={role ? 'Save changes' : 'Add role'} onCancel={onClose}>
      <TextField
        {...form.field('name')}
        label="Name"
        autoFocus
        maxLength={160}
        value={draft.name}
        onChange={(value) => set('name', value)}
      />
      <TextAreaField
        id="role-description"
        label="Description"
        maxLength={4000}
        value={draft.description}
        onChange={(value) => set('description', value)}
      />
    </DialogForm>
  )
}
