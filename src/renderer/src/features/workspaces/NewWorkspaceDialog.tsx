import { navigate } from '../../app/router'
import { DialogForm } from '../../ui/form'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { WorkspaceNameField, useNewWorkspaceForm } from './new-workspace-form'

export function NewWorkspaceDialog(props: { isOpen: boolean; onClose: () => void }) {
  const { isOpen, onClose } = props
  return (
    <Modal title="New workspace" isOpen={isOpen} onClose={onClose}>
      {/* Mounted only while open, so every opening starts with an empty name. */}
      <NewWorkspaceForm onClose={onClose} />
    </Modal>
  )
}

function NewWorkspaceForm(props: { onClose: () => void }) {
  const { onClose } = props
  const form = useNewWorkspaceForm('new-workspace', (info) => {
    notify('success', `Created “${info.name}”.`)
    navigate('/')
    onClose()
  })
  return (
    <DialogForm
      form={form}
      submitLabel="Create workspace"
      busyLabel="Creating the workspace…"
      onCancel={onClose}
    >
      <p className="muted">
        A workspace holds one organisation’s people and records, kept apart from every other
        workspace.
      </p>
      <WorkspaceNameField form={form} label="Name" />
    </DialogForm>
  )
}
