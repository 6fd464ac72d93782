import { useState } from 'react'
import type { Person, Team } from '../../../../shared/model'
import { ChecklistField, SelectField, toOptions } from '../../ui/form'

/**
 * The people of a campaign's cohort: ticks by name, narrowed to one team if need be, with a
 * button that adds everyone shown. `id` is the first tick's, where a problem with the cohort
 * moves focus.
 */
export function CohortPicker(props: {
  id: string
  /** Undefined while loading. */
  people: readonly Person[] | undefined
  teams: readonly Team[]
  chosen: readonly string[]
  onChange: (chosen: string[]) => void
  error?: string
}) {
  const { id, people, teams, chosen, onChange, error } = props
  const [teamId, setTeamId] = useState('')
  const shown = (people ?? []).filter((person) => teamId === '' || person.teamId === teamId)
  return (
    <ChecklistField
      id={id}
      legend={`Cohort (${chosen.length} chosen)`}
      className="training-fieldset"
      listClassName="cohort-list"
      options={shown.map((person) => ({ value: person.id, label: person.displayName }))}
      chosen={chosen}
      onChange={onChange}
      error={error}
      emptyNote={
        people === undefined
          ? 'Loading the people…'
          : teamId
            ? 'Nobody in this team is on the people list.'
            : 'There is nobody to choose yet: add people first.'
      }
      tools={
        <div className="training-toolbar">
          <SelectField
            id={`${id}-team`}
            label="Show team"
            value={teamId}
            placeholder="Everyone"
            options={toOptions([...teams])}
            onChange={setTeamId}
          />
          <button
            type="button"
            className="button"
            disabled={shown.length === 0}
            onClick={() => onChange([...new Set([...chosen, ...shown.map((person) => person.id)])])}
          >
            Add all shown
          </button>
        </div>
      }
    />
  )
}
