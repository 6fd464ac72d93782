import { Plus } from 'lucide-react'
import { TextField } from './fields'
import { useForm, type FormProblem } from './use-form'

/**
 * A one-field form under a list that adds a named item to it (a team, a category): the name is
 * checked, added, and the field emptied for the next one. The label is read out, not drawn, as
 * the placeholder and the button say what the row is for.
 */
export function AddRowForm(props: {
  /** The input's id is `${idPrefix}-name`. */
  idPrefix: string
  label: string
  submitLabel: string
  maxLength?: number
  className?: string
  check: (draft: { name: string }) => FormProblem<'name'> | null
  /** Receives the trimmed name; a thrown error is shown under the field. */
  add: (name: string) => Promise<void>
}) {
  const { idPrefix, label, submitLabel, maxLength, className, check, add } = props
  const form = useForm<{ name: string }, 'name'>({
    idPrefix,
    initial: { name: '' },
    check,
    // What a list refuses on adding is the name itself (one already taken, say).
    fieldOfError: () => 'name',
    save: async ({ name }) => {
      await add(name.trim())
      form.set('name', '')
    },
  })
  return (
    <form className={className ? `row ${className}` : 'row'} onSubmit={form.submit} noValidate>
      <TextField
        {...form.field('name')}
        label={label}
        isLabelHidden
        placeholder={label}
        maxLength={maxLength}
        value={form.draft.name}
        onChange={(value) => form.set('name', value)}
      />
      <button type="submit" className="button" disabled={form.isBusy}>
        <Plus size={16} aria-hidden /> {submitLabel}
      </button>
    </form>
  )
}
