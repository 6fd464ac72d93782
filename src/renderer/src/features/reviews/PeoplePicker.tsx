import { X } from 'lucide-react'
import { useMemo, useState, type KeyboardEvent } from 'react'
import {
  choosePeople,
  describePersonRole,
  groupPeopleForPicker,
  togglePerson,
  toggleTeam,
} from '../../../../shared/domain/reviews'
import type { Person, RoleProfile, Team } from '../../../../shared/model'
import { CheckboxField, TextField } from '../../ui/form'

/**
 * Whole teams and/or people one by one: a checklist grouped by team, each person with their role,
 * searchable by name, role or team, with the people chosen listed above it. `id` is the search
 * box's, so a problem with the choice lands focus there.
 */
export function PeoplePicker(props: {
  id: string
  legend: string
  people: readonly Person[]
  teams: readonly Team[]
  roles: readonly RoleProfile[]
  chosen: readonly string[]
  onChange: (chosen: string[]) => void
  error?: string
  /** What the count says: "3 people will get a draft review." */
  describeCount: (count: number) => string
}) {
  const { id, legend, people, teams, roles, chosen, onChange, error, describeCount } = props
  const [query, setQuery] = useState('')
  const groups = useMemo(
    () => groupPeopleForPicker(people, teams, query, roles),
    [people, teams, query, roles],
  )
  const picked = new Set(chosen)
  const shownGroups = groups.filter((group) => group.shown.length > 0)
  const shownIds = shownGroups.flatMap((group) => group.shown.map((person) => person.id))
  const isSearching = query.trim() !== ''
  const byId = new Map(people.map((person) => [person.id, person]))
  const chosenPeople = chosen.flatMap((personId) => byId.get(personId) ?? [])

  const chooseFound = () => {
    onChange(choosePeople(chosen, shownIds))
    setQuery('')
  }
  // Enter in the search chooses what it found instead of sending the whole form; Escape empties
  // the search before it closes the dialog.
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      if (isSearching && shownIds.length > 0) chooseFound()
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault()
      event.stopPropagation()
      setQuery('')
    }
  }

  return (
    <fieldset className="people-picker">
      <legend>{legend}</legend>
      <TextField
        id={id}
        type="search"
        label="Find a person, role or team"
        hint="Enter chooses everyone found. Tab moves on to the ticks."
        value={query}
        error={error}
        autoComplete="off"
        onChange={setQuery}
        onKeyDown={onSearchKey}
      />
      <div className="people-picker-summary">
        <p className="people-picker-count" role="status">
          {describeCount(chosen.length)}
        </p>
        <div className="row">
          {isSearching ? (
            <button
              type="button"
              className="button"
              disabled={shownIds.every((personId) => picked.has(personId))}
              onClick={chooseFound}
            >
              Choose the {shownIds.length} found
            </button>
          ) : (
            <button
              type="button"
              className="button"
              disabled={people.length === 0 || chosen.length === people.length}
              onClick={() => onChange(people.map((person) => person.id))}
            >
              Choose everyone ({people.length})
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={() => onChange([])}
            disabled={chosen.length === 0}
          >
            Clear the choice
          </button>
        </div>
      </div>
      {chosenPeople.length > 0 ? (
        <ul className="people-picker-chosen" aria-label="Chosen people">
          {chosenPeople.map((person) => (
            <li key={person.id}>
              <button
                type="button"
                className="people-picker-chip"
                aria-label={`Take ${person.displayName} off the choice`}
                onClick={() => onChange(togglePerson(chosen, person.id))}
              >
                {person.displayName}
                <X size={14} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="people-picker-list">
        {shownGroups.length === 0 ? (
          <p className="muted">
            {people.length === 0
              ? 'There is nobody to choose: everyone active is in already.'
              : `Nobody matches “${query}”.`}
          </p>
        ) : null}
        {shownGroups.map((group) => {
          const memberIds = group.members.map((person) => person.id)
          const inCount = memberIds.filter((personId) => picked.has(personId)).length
          const key = group.teamId || 'none'
          return (
            <fieldset key={key} className="people-picker-group">
              <legend>
                {group.teamName}{' '}
                <span className="people-picker-group-count">
                  {inCount} of {memberIds.length} chosen
                </span>
              </legend>
              <CheckboxField
                id={`${id}-team-${key}`}
                label={
                  group.teamId
                    ? `Everyone in ${group.teamName} (${memberIds.length})`
                    : `Everyone without a team (${memberIds.length})`
                }
                checked={inCount === memberIds.length}
                onChange={() => onChange(toggleTeam(chosen, memberIds))}
              />
              <ul>
                {group.shown.map((person) => {
                  const role = describePersonRole(person, roles)
                  return (
                    <li key={person.id} className={picked.has(person.id) ? 'is-chosen' : undefined}>
                      <CheckboxField
                        label={
                          <span className="people-picker-person">
                            <span>
                              {person.displayName}
                              {role ? <span className="visually-hidden">,</span> : null}
                            </span>
                            {role ? <span className="people-picker-role">{role}</span> : null}
                          </span>
                        }
                        checked={picked.has(person.id)}
                        onChange={() => onChange(togglePerson(chosen, person.id))}
                      />
                    </li>
                  )
                })}
              </ul>
            </fieldset>
          )
        })}
      </div>
    </fieldset>
  )
}
