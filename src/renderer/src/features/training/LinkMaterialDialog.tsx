import type { TrainingInitiative } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { addLinkMaterial, findLinkMaterialProblem } from '../../db/repositories/materials'
import { bindText, DialogForm, FormDialog, TextField, useForm } from '../../ui/form'
import { notify } from '../../ui/toast-store'

type LinkDraft = { title: string; url: string }
type LinkField = keyof LinkDraft

/** Adds a link (a course page, a reading) to an initiative's materials: a title and its address. */
export function LinkMaterialDialog(props: {
  initiative: TrainingInitiative
  isOpen: boolean
  onClose: () => void
}) {
  return (
    <FormDialog
      title={`Add a link to “${props.initiative.title}”`}
      isOpen={props.isOpen}
      onClose={props.onClose}
    >
      <LinkMaterialForm initiative={props.initiative} onClose={props.onClose} />
    </FormDialog>
  )
}

/** Which field a refusal of `addLinkMaterial` is about (the check before it names its own). */
function findFieldOfError(text: string): LinkField | 'form' {
  if (/no longer exists/.test(text)) return 'form'
  if (/title/i.test(text)) return 'title'
  return 'url'
}

function LinkMaterialForm(props: { initiative: TrainingInitiative; onClose: () => void }) {
  const { initiative, onClose } = props
  const { db } = useCurrentWorkspace()
  const form = useForm<LinkDraft, LinkField>({
    idPrefix: 'material-link',
    initial: { title: '', url: '' },
    check: (draft) => {
      const problem = findLinkMaterialProblem({ ownerId: initiative.id, ...draft })
      return problem ? { field: problem.field, text: problem.message } : null
    },
    fieldOfError: findFieldOfError,
    save: async (draft) => {
      const saved = await addLinkMaterial(db, { ownerId: initiative.id, ...draft })
      notify('success', `Added the link “${saved.title}” to “${initiative.title}”.`)
      onClose()
    },
  })

  return (
    <DialogForm form={form} submitLabel="Add link" busyLabel="Adding…" onCancel={onClose}>
      <TextField
        {...bindText(form, 'title')}
        label="Title"
        autoFocus
        maxLength={300}
        placeholder="e.g. Course page, or Reading before the first session"
      />
      <TextField
        {...bindText(form, 'url')}
        label="Address"
        type="url"
        maxLength={2000}
        placeholder="https://"
        hint="Copy it from the browser's address bar. It opens in your browser."
      />
    </DialogForm>
  )
}
