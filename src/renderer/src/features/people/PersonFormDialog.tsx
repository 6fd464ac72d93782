import { useLiveQuery } from 'dexie-react-hooks'
import { Plus, Trash2 } from 'lucide-react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import { toLabelledOptions } from '../../../../shared/domain/options/labelled'
import { findPersonProblem, type PersonField } from '../../../../shared/domain/people/validation'
import { WorkArrangement, type Person } from '../../../../shared/model'
import { navigate } from '../../app/router'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { savePerson } from '../../db/repositories/people'
import { savePersonWithHistory } from '../../db/repositories/careers'
import { notify } from '../../ui/toast-store'
import {
  bindOptionalText,
  bindText,
  DateField,
  DialogForm,
  FormDialog,
  SelectField,
  TextField,
  toOptions,
  useForm,
} from '../../ui/form'
import { IconButton } from '../../ui/IconButton'

type Draft = Omit<Person, 'customFields'> & { customFields: Array<[string, string]> }
type Field =
  | PersonField
  | 'managerId'
  | 'title'
  | 'teamId'
  | 'roleId'
  | 'employeeId'
  | 'hireDate'
  | 'status'
  | 'workArrangement'
  | 'location'

const arrangementLabels: Record<NonNullable<Person['workArrangement']>, string> = {
  onsite: 'On site',
  hybrid: 'Hybrid',
  remote: 'Remote',
}
const arrangementOptions = toLabelledOptions(WorkArrangement.options, arrangementLabels)

function toDraft(person: Person | null): Draft {
  const base: Person = person ?? {
    id: crypto.randomUUID(),
    employeeId: null,
    displayName: '',
    givenName: '',
    familyName: '',
    email: '',
    title: '',
    teamId: null,
    managerId: null,
    roleId: null,
    hireDate: null,
    status: 'active',
    leftDate: null,
    workArrangement: null,
    location: '',
    checkinCadence: null,
    customFields: {},
    createdAt: toLocalIsoDate(new Date()),
  }
  return { ...base, customFields: Object.entries(base.customFields) }
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value)

function toPerson(draft: Draft): Person {
  return {
    ...draft,
    displayName: draft.displayName.trim(),
    email: draft.email.trim(),
    employeeId: orNull(draft.employeeId ?? ''),
    // A row without a name is one the user started and left empty.
    customFields: Object.fromEntries(
      draft.customFields
        .filter(([key]) => key.trim() !== '')
        .map(([key, value]) => [key.trim(), value]),
    ),
  }
}

export function PersonFormDialog(props: {
  isOpen: boolean
  onClose: () => void
  person: Person | null
}) {
  const { isOpen, onClose, person } = props
  return (
    <FormDialog
      title={person ? `Edit ${person.displayName}` : 'Add a person'}
      isOpen={isOpen}
      onClose={onClose}
      isWide
    >
      <PersonForm person={person} onClose={onClose} />
    </FormDialog>
  )
}

function PersonForm(props: { person: Person | null; onClose: () => void }) {
  const { person, onClose } = props
  const { db } = useCurrentWorkspace()
  const teams = useLiveQuery(() => db.teams.orderBy('name').toArray(), [db], [])
  const roles = useLiveQuery(() => db.roleProfiles.orderBy('name').toArray(), [db], [])
  const people = useLiveQuery(() => db.people.toCollection().sortBy('displayName'), [db], [])
  const form = useForm<Draft, Field>({
    idPrefix: 'person',
    initial: () => toDraft(person),
    check: findPersonProblem,
    // savePerson refuses a manager line that loops back to this person.
    fieldOfError: (text) => (/manager/.test(text) ? 'managerId' : 'form'),
    save: async (draft) => {
      const saved = person
        ? await savePersonWithHistory(db, toPerson(draft), new Date())
        : await savePerson(db, toPerson(draft))
      notify('success', person ? `Saved ${saved.displayName}.` : `Added ${saved.displayName}.`)
      onClose()
      if (!person) navigate(`/people/${encodeURIComponent(saved.id)}`)
    },
  })
  const { draft, set } = form
  const managers = people
    .filter((other) => other.id !== draft.id && other.status === 'active')
    .map((other) => ({ id: other.id, name: other.displayName }))

  return (
    <DialogForm form={form} submitLabel={person ? 'Save changes' : 'Add person'} onCancel={onClose}>
      <div className="form-grid">
        <TextField
          {...bindText(form, 'displayName')}
          label="Name"
          isWide
          autoFocus
          maxLength={200}
        />
        <TextField {...bindText(form, 'title')} label="Job title" maxLength={200} />
        <TextField {...bindText(form, 'email')} label="Email" type="email" maxLength={254} />
        <SelectField
          {...bindOptionalText(form, 'teamId')}
          label="Team"
          options={toOptions(teams, { value: '', label: 'No team' })}
        />
        <SelectField
          {...bindOptionalText(form, 'managerId')}
          label="Manager"
          options={toOptions(managers, { value: '', label: 'No manager' })}
        />
        <SelectField
          {...bindOptionalText(form, 'roleId')}
          label="Role profile"
          options={toOptions(roles, { value: '', label: 'None' })}
        />
        <TextField {...bindOptionalText(form, 'employeeId')} label="Employee ID" maxLength={64} />
        <DateField {...bindOptionalText(form, 'hireDate')} label="Hire date" />
        <SelectField
          {...bindOptionalText(form, 'workArrangement')}
          label="Work arrangement"
          placeholder="Not recorded"
          options={arrangementOptions}
        />
        <TextField {...bindText(form, 'location')} label="Location" maxLength={120} />
      </div>
      <CustomFieldsEditor
        pairs={draft.customFields}
        onChange={(pairs) => set('customFields', pairs)}
      />
    </DialogForm>
  )
}

/** Free name-value pairs the workspace keeps for a person ("Shoe size", "Languages"). */
function CustomFieldsEditor(props: {
  pairs: Array<[string, string]>
  onChange: (pairs: Array<[string, string]>) => void
}) {
  const { pairs, onChange } = props
  const change = (index: number, pair: [string, string]): void =>
    onChange(pairs.map((old, i) => (i === index ? pair : old)))
  return (
    <fieldset className="custom-fields">
      <legend>Custom fields</legend>
      {pairs.map(([key, value], index) => (
        <div className="row" key={index}>
          <input
            aria-label={`Custom field ${index + 1} name`}
            value={key}
            placeholder="Field"
            onChange={(event) => change(index, [event.target.value, value])}
          />
          <input
            aria-label={`Custom field ${index + 1} value`}
            value={value}
            placeholder="Value"
            onChange={(event) => change(index, [key, event.target.value])}
          />
          <IconButton
            icon={Trash2}
            label={`Remove custom field ${key || index + 1}`}
            onClick={() => onChange(pairs.filter((_, i) => i !== index))}
          />
        </div>
      ))}
      <button type="button" className="button" onClick={() => onChange([...pairs, ['', '']])}>
        <Plus size={16} aria-hidden /> Add a field
      </button>
    </fieldset>
  )
}
