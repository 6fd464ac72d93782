import type { Person, Team } from '../../../../shared/model'
import { ChecklistField } from '../../ui/form'
import { SelectField } from '../../ui/SelectField'

/** The people to ask, with a shortcut that ticks a whole team and one that clears the list. */
export function PeopleChecklist(props: {
  id: string
  error: string | undefined
  legend: string
  people: readonly Person[]
  teams: readonly Team[]
  chosen: readonly string[]
  onChange: (chosen: string[]) => void
}) {
  const { people, teams, chosen, onChange } = props
  const teamsWithPeople = teams.filter((t) => people.some((p) => p.teamId === t.id))
  const count = chosen.length
  return (
    <ChecklistField
      id={props.id}
      error={props.error}
      isWide
      className="request-people"
      listClassName="request-people-list"
      legend={`${props.legend} (${count} chosen)`}
      options={[...people]
        .sort((a, b) => a.displayName.localeCompare(b.displayName))
        .map((p) => ({ value: p.id, label: p.displayName }))}
      chosen={chosen}
      onChange={onChange}
      emptyNote="There is no active person in this workspace to ask."
      tools={
        <div className="request-people-tools">
          <SelectField
            id={`${props.id}-team`}
            label="Add a whole team"
            value=""
            placeholder="Choose a team…"
            options={teamsWithPeople.map((t) => ({ value: t.id, label: t.name }))}
            onChange={(teamId) =>
              onChange([
                ...new Set([
                  ...chosen,
                  ...people.filter((p) => p.teamId === teamId).map((p) => p.id),
                ]),
              ])
            }
          />
          <button
            type="button"
            className="button"
            disabled={count === 0}
            onClick={() => onChange([])}
          >
            Clear the choice
          </button>
        </div>
      }
    />
  )
}
