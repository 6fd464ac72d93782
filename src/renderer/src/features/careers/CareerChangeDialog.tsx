import { findCareerEventProblem, jobOf, type Job } from '../../../../shared/domain/careers'
import type { Person, RoleProfile, Team } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { recordCareerChange } from '../../db/repositories/careers'
import {
  bindOptionalText,
  bindText,
  CheckboxField,
  DateField,
  DialogForm,
  FormDialog,
  SelectField,
  TextAreaField,
  TextField,
  toOptions,
  useForm,
} from '../../ui/form'
import { todayIso } from '../../ui/format'
import { notify } from '../../ui/toast-store'

type Draft = Job & { date: string; isPromotion: boolean; note: string }
type Field = keyof Draft

/** Records a dated change of role, title, team or manager, or a promotion, for one person. */
export function CareerChangeDialog(props: {
  person: Person
  roles: RoleProfile[]
  teams: Team[]
  people: Person[]
  isOpen: boolean
  onClose: () => void
}) {
  return (
    <FormDialog
      title={`Record a change for ${props.person.displayName}`}
      isOpen={props.isOpen}
      onClose={props.onClose}
      isWide
    >
      <CareerChangeForm {...props} />
    </FormDialog>
  )
}

function CareerChangeForm(props: {
  person: Person
  roles: RoleProfile[]
  teams: Team[]
  people: Person[]
  onClose: () => void
}) {
  const { person, roles, onClose } = props
  const { db } = useCurrentWorkspace()
  const before = jobOf(person)
  const form = useForm<Draft, Field>({
    idPrefix: 'career-change',
    initial: () => ({ ...before, date: todayIso(), isPromotion: false, note: '' }),
    check: (draft) => {
      const problem = findCareerEventProblem({
        person,
        date: draft.date,
        isPromotion: draft.isPromotion,
        before,
        after: draft,
        roles,
      })
      return problem ? { field: problem.field as Field, text: problem.message } : null
    },
    fieldOfError: (text) => (/date|later change|future/.test(text) ? 'date' : 'form'),
    save: async (draft) => {
      const { date, isPromotion, note, ...job } = draft
      await recordCareerChange(db, person.id, { date, isPromotion, note, job }, new Date())
      notify(
        'success',
        isPromotion
          ? `Promotion recorded for ${person.displayName}.`
          : `Change recorded for ${person.displayName}.`,
      )
      onClose()
    },
  })
  const managers = props.people
    .filter((other) => other.id !== person.id && other.status === 'active')
    .map((other) => ({ id: other.id, name: other.displayName }))
  return (
    <DialogForm form={form} submitLabel="Record change" onCancel={onClose}>
      <div className="form-grid">
        <DateField {...bindText(form, 'date')} label="Took effect on" max={todayIso()} autoFocus />
        <CheckboxField
          id="career-change-isPromotion"
          label="This is a promotion"
          hint="A step up into another role; it counts in the promotion figures."
          checked={form.draft.isPromotion}
          onChange={(value) => form.set('isPromotion', value)}
        />
        <SelectField
          {...bindOptionalText(form, 'roleId')}
          label="Role profile"
          options={toOptions(roles, { value: '', label: 'None' })}
        />
        <TextField {...bindText(form, 'title')} label="Job title" maxLength={200} />
        <SelectField
          {...bindOptionalText(form, 'teamId')}
          label="Team"
          options={toOptions(props.teams, { value: '', label: 'No team' })}
        />
        <SelectField
          {...bindOptionalText(form, 'managerId')}
          label="Manager"
          options={toOptions(managers, { value: '', label: 'No manager' })}
        />
        <TextAreaField {...bindText(form, 'note')} label="Note" isWide maxLength={2000} rows={2} />
      </div>
    </DialogForm>
  )
}
