import { findWorkspaceNameProblem } from '../../../../shared/domain/workspace/name'
import type { WorkspaceInfo } from '../../../../shared/model'
import { TextField, useForm, type FormState } from '../../ui/form'
import { createEmptyWorkspace } from './workspace-actions'

type Draft = { name: string }
export type NewWorkspaceForm = FormState<Draft, 'name'>

/** An empty workspace named by the user; it is opened, then `onCreated` says where to go. */
export function useNewWorkspaceForm(
  idPrefix: string,
  onCreated: (info: WorkspaceInfo) => void,
): NewWorkspaceForm {
  return useForm<Draft, 'name'>({
    idPrefix,
    initial: { name: '' },
    check: (draft) => findWorkspaceNameProblem(draft.name),
    save: async (draft) => onCreated(await createEmptyWorkspace(draft.name.trim())),
  })
}

export function WorkspaceNameField(props: { form: NewWorkspaceForm; label: string }) {
  const { form, label } = props
  return (
    <TextField
      {...form.field('name')}
      label={label}
      autoFocus
      maxLength={80}
      placeholder="e.g. Harbour Street Bakery"
      value={form.draft.name}
      onChange={(value) => form.set('name', value)}
    />
  )
}
