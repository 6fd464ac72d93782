import { useLiveQuery } from 'dexie-react-hooks'
import { Plus, Trash2 } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import type { Person } from '../../../../shared/model'
import { navigate } from '../../app/router'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { savePerson } from '../../db/repositories/people'
import { Modal } from '../../ui/Modal'
import { SelectField, toOptions } from '../../ui/SelectField'
import { notify } from '../../ui/toast-store'

type Draft = Omit<Person, 'customFields'> & { customFields: Array<[string, string]> }

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

export function PersonFormDialog(props: {
  isOpen: boolean
  onClose: () => void
  person: Person | null
}) {
  const { isOpen, onClose, person } = props
  return (
    <Modal
      title={person ? `Edit ${person.displayName}` : 'Add a person'}
      isOpen={isOpen}
      onClose={onClose}
      isWide
    >
      {/* Mounted only while open, so every opening starts from the stored record. */}
      <PersonForm person={person} onClose={onClose} />
    </Modal>
  )
}

function PersonForm(props: { person: Person | null; onClose: () => void }) {
  const { person, onClose } = props
  const { db } = useCurrentWorkspace()
  const [draft, setDraft] = useState<Draft>(() => toDraft(person))
  const [error, setError] = useState<string | null>(null)
  const teams = useLiveQuery(() => db.teams.orderBy('name').toArray(), [db], [])
  const roles = useLiveQuery(() => db.roleProfiles.orderBy('name').toArray(), [db], [])
  const people = useLiveQuery(() => db.people.toCollection().sortBy('displayName'), [db], [])

  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void =>
    setDraft((current) => ({ ...current, [key]: value }))
  const orNull = (value: string): string | null => (value.trim() === '' ? null : value)

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const customFields = Object.fromEntries(
      draft.customFields
        .filter(([key]) => key.trim() !== '')
        .map(([key, value]) => [key.trim(), value]),
    )
    if (!draft.displayName.trim()) {
      setError('Enter the person’s name.')
      return
    }
    try {
      const saved = await savePerson(db, {
        ...draft,
        displayName: draft.displayName.trim(),
        employeeId: orNull(draft.employeeId ?? ''),
        leftDate: draft.status === 'left' ? (draft.leftDate ?? toLocalIsoDate(new Date())) : null,
        customFields,
      })
      notify('success', person ? `Saved ${saved.displayName}.` : `Added ${saved.displayName}.`)
      onClose()
      if (!person) navigate(`/people/${encodeURIComponent(saved.id)}`)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-grid">
        <div className="field field-wide">
          <label htmlFor="person-name">Name</label>
          <input
            id="person-name"
            value={draft.displayName}
            autoFocus
            onChange={(e) => set('displayName', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="person-title">Job title</label>
          <input
            id="person-title"
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="person-email">Email</label>
          <input
            id="person-email"
            type="email"
            value={draft.email}
            onChange={(e) => set('email', e.target.value)}
          />
        </div>
        <SelectField
          id="person-team"
          label="Team"
          value={draft.teamId ?? ''}
          options={toOptions(teams, { value: '', label: 'No team' })}
          onChange={(value) => set('teamId', orNull(value))}
        />
        <SelectField
          id="person-manager"
          label="Manager"
          value={draft.managerId ?? ''}
          options={toOptions(
            people
              .filter((other) => other.id !== draft.id && other.status === 'active')
              .map((other) => ({ id: other.id, name: other.displayName })),
            { value: '', label: 'No manager' },
          )}
          onChange={(value) => set('managerId', orNull(value))}
        />
        <SelectField
          id="person-role"
          label="Role profile"
          value={draft.roleId ?? ''}
          options={toOptions(roles, { value: '', label: 'None' })}
          onChange={(value) => set('roleId', orNull(value))}
        />
        <div className="field">
          <label htmlFor="person-employee-id">Employee ID</label>
          <input
            id="person-employee-id"
            value={draft.employeeId ?? ''}
            onChange={(e) => set('employeeId', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="person-hire-date">Hire date</label>
          <input
            id="person-hire-date"
            type="date"
            value={draft.hireDate ?? ''}
            onChange={(e) => set('hireDate', orNull(e.target.value))}
          />
        </div>
        <SelectField
          id="person-status"
          label="Status"
          value={draft.status}
          options={[
            { value: 'active', label: 'Active' },
            { value: 'left', label: 'Left the company' },
          ]}
          onChange={(value) => set('status', value as Person['status'])}
        />
        <div className="field">
          <label htmlFor="person-arrangement">Work arrangement</label>
          <select
            id="person-arrangement"
            value={draft.workArrangement ?? ''}
            onChange={(e) =>
              set('workArrangement', (orNull(e.target.value) as Person['workArrangement']) ?? null)
            }
          >
            <option value="">Not recorded</option>
            <option value="onsite">On site</option>
            <option value="hybrid">Hybrid</option>
            <option value="remote">Remote</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="person-location">Location</label>
          <input
            id="person-location"
            value={draft.location}
            onChange={(e) => set('location', e.target.value)}
          />
        </div>
      </div>
      <fieldset className="custom-fields">
        <legend>Custom fields</legend>
        {draft.customFields.map(([key, value], index) => (
          <div className="row" key={index}>
            <input
              aria-label={`Custom field ${index + 1} name`}
              value={key}
              placeholder="Field"
              onChange={(e) =>
                set(
                  'customFields',
                  draft.customFields.map((pair, i) =>
                    i === index ? [e.target.value, pair[1]] : pair,
                  ),
                )
              }
            />
            <input
              aria-label={`Custom field ${index + 1} value`}
              value={value}
              placeholder="Value"
              onChange={(e) =>
                set(
                  'customFields',
                  draft.customFields.map((pair, i) =>
                    i === index ? [pair[0], e.target.value] : pair,
                  ),
                )
              }
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove custom field ${key || index + 1}`}
              onClick={() =>
                set(
                  'customFields',
                  draft.customFields.filter((_, i) => i !== index),
                )
              }
            >
              <Trash2 size={16} aria-hidden />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => set('customFields', [...draft.customFields, ['', '']])}
        >
          <Plus size={16} aria-hidden /> Add a field
        </button>
      </fieldset>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          {person ? 'Save changes' : 'Add person'}
        </button>
      </div>
    </form>
  )
}
