import { findCareerPathProblem } from '../../../../shared/domain/careers'
import type { CareerPath, RoleProfile } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveCareerPath } from '../../db/repositories/careers'
import {
  bindText,
  DialogForm,
  FormDialog,
  FormRows,
  SelectField,
  TextAreaField,
  TextField,
  toOptions,
  useForm,
} from '../../ui/form'
import { notify } from '../../ui/toast-store'

interface Draft {
  id: string
  name: string
  description: string
  steps: { id: string; roleId: string }[]
}
type Field = 'name' | 'description' | 'steps'

/** Adds or edits a ladder of roles, lowest first; a path that loops is refused. */
export function CareerPathDialog(props: {
  path: CareerPath | null
  paths: CareerPath[]
  roles: RoleProfile[]
  isOpen: boolean
  onClose: () => void
}) {
  return (
    <FormDialog
      title={props.path ? `Edit ${props.path.name}` : 'Add a career path'}
      isOpen={props.isOpen}
      onClose={props.onClose}
    >
      <CareerPathForm {...props} />
    </FormDialog>
  )
}

function CareerPathForm(props: {
  path: CareerPath | null
  paths: CareerPath[]
  roles: RoleProfile[]
  onClose: () => void
}) {
  const { path, roles, onClose } = props
  const { db } = useCurrentWorkspace()
  const form = useForm<Draft, Field>({
    idPrefix: 'career-path',
    initial: () => ({
      id: path?.id ?? crypto.randomUUID(),
      name: path?.name ?? '',
      description: path?.description ?? '',
      steps: (path?.roleIds ?? ['', '']).map((roleId) => ({ id: crypto.randomUUID(), roleId })),
    }),
    check: (draft) => {
      if (draft.steps.some((step) => step.roleId === '')) {
        return { field: 'steps', text: 'Choose a role for every step, or remove the empty one.' }
      }
      const problem = findCareerPathProblem(
        { id: draft.id, name: draft.name, roleIds: draft.steps.map((s) => s.roleId) },
        props.paths,
        roles,
      )
      return problem
        ? { field: problem.field === 'name' ? 'name' : 'steps', text: problem.message }
        : null
    },
    save: async (draft) => {
      await saveCareerPath(db, {
        id: draft.id,
        name: draft.name.trim(),
        description: draft.description,
        roleIds: draft.steps.map((step) => step.roleId),
      })
      notify('success', `Saved the path ${draft.name.trim()}.`)
      onClose()
    },
  })
  const { draft } = form
  const setSteps = (steps: Draft['steps']) => form.set('steps', steps)
  return (
    <DialogForm form={form} submitLabel={path ? 'Save changes' : 'Add path'} onCancel={onClose}>
      <TextField {...bindText(form, 'name')} label="Name" autoFocus maxLength={160} />
      <TextAreaField
        {...bindText(form, 'description')}
        label="Description"
        rows={2}
        maxLength={2000}
      />
      <FormRows
        {...form.field('steps')}
        legend="Steps, lowest first"
        rows={draft.steps}
        rowClassName="path-step-row"
        rowLabel={(index) => `Step ${index + 1}`}
        addLabel="Add a step"
        onAdd={() => setSteps([...draft.steps, { id: crypto.randomUUID(), roleId: '' }])}
        onRemove={(index) => setSteps(draft.steps.filter((_, i) => i !== index))}
      >
        {(step, index) => (
          <SelectField
            id={`career-path-step-${index}`}
            label={`Step ${index + 1}`}
            value={step.roleId}
            placeholder="Choose a role…"
            options={toOptions(roles)}
            onChange={(roleId) =>
              setSteps(draft.steps.map((old, i) => (i === index ? { ...old, roleId } : old)))
            }
          />
        )}
      </FormRows>
    </DialogForm>
  )
}
