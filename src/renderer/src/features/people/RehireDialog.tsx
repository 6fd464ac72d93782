import type { Person } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { rehirePerson } from '../../db/repositories/careers'
import { bindText, DateField, DialogForm, FormDialog, useForm } from '../../ui/form'
import { formatDate, todayIso } from '../../ui/format'
import { notify } from '../../ui/toast-store'

/** Takes a former employee back from a new hire date; the earlier stint stays in their history. */
export function RehireDialog(props: { person: Person; isOpen: boolean; onClose: () => void }) {
  return (
    <FormDialog
      title={`Re-hire ${props.person.displayName}`}
      isOpen={props.isOpen}
      onClose={props.onClose}
    >
      <RehireForm person={props.person} onClose={props.onClose} />
    </FormDialog>
  )
}

function RehireForm(props: { person: Person; onClose: () => void }) {
  const { person, onClose } = props
  const { db } = useCurrentWorkspace()
  const form = useForm<{ hireDate: string }, 'hireDate'>({
    idPrefix: 'rehire',
    initial: { hireDate: todayIso() },
    check: ({ hireDate }) =>
      hireDate === ''
        ? { field: 'hireDate', text: 'Enter the day they start again.' }
        : person.leftDate !== null && hireDate <= person.leftDate
          ? {
              field: 'hireDate',
              text: `They left on ${formatDate(person.leftDate)}: start after that.`,
            }
          : null,
    save: async ({ hireDate }) => {
      await rehirePerson(db, person.id, hireDate)
      notify(
        'success',
        `${person.displayName} is back. Their earlier time here stays in their history.`,
      )
      onClose()
    },
  })
  return (
    <DialogForm form={form} submitLabel="Re-hire" onCancel={onClose}>
      <p>
        {person.displayName} left
        {person.leftDate ? ` on ${formatDate(person.leftDate)}` : ''}. Their assessments, plans and
        reviews from then stay as they are.
      </p>
      <DateField {...bindText(form, 'hireDate')} label="Starts again on" autoFocus />
    </DialogForm>
  )
}
