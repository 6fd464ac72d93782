import { useLiveQuery } from 'dexie-react-hooks'
import { Trash2 } from 'lucide-react'
import { findTeamProblem } from '../../../../shared/domain/people/validation'
import type { Team } from '../../../../shared/model'
import { useUiStore } from '../../app/ui-store'
import { writeWithUndo } from '../../app/undo'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { deleteTeam, listActivePeople, saveTeam } from '../../db/repositories/people'
import { desktop } from '../../platform'
import { DataTable } from '../../ui/DataTable'
import { AddRowForm } from '../../ui/form'
import { describeError } from '../../ui/format'
import { IconButton } from '../../ui/IconButton'
import { notify } from '../../ui/toast-store'

export function TeamsPanel() {
  const { db } = useCurrentWorkspace()
  const teams = useLiveQuery(() => db.teams.orderBy('name').toArray(), [db], [])
  const people = useLiveQuery(() => listActivePeople(db), [db], [])

  const members = (team: Team) => people.filter((person) => person.teamId === team.id)

  const update = (team: Team, changes: Partial<Team>) =>
    void saveTeam(db, { ...team, ...changes }).catch((failure: unknown) =>
      notify('error', describeError(failure)),
    )

  const remove = async (team: Team): Promise<void> => {
    const count = members(team).length
    const { isConfirmed } = await desktop.confirm({
      title: 'Delete team',
      message: `Delete the team “${team.name}”?`,
      detail:
        count > 0
          ? `Its ${count} members stay in the workspace, without a team.`
          : 'It has no members.',
      confirmLabel: 'Delete team',
      isDestructive: true,
    })
    if (!isConfirmed) return
    try {
      await writeWithUndo(db, () => deleteTeam(db, team.id), `Deleted the team “${team.name}”.`)
    } catch (error) {
      notify('error', `The team was not deleted: ${describeError(error)}`)
    }
  }

  return (
    <section aria-label="Teams">
      <p className="muted">
        Teams come from the Department column of an import; rename, merge by moving people, or add
        them here.
      </p>
      <DataTable
        columns={['Team', 'Lead', { label: 'Active members', isNumeric: true }]}
        hasActions
      >
        {teams.map((team) => (
          <tr key={team.id}>
            <th scope="row">
              <input
                aria-label={`Name of ${team.name}`}
                defaultValue={team.name}
                onBlur={(event) => {
                  const name = event.target.value.trim()
                  if (name && name !== team.name) update(team, { name })
                  else event.target.value = team.name
                }}
              />
            </th>
            <td>
              <select
                aria-label={`Lead of ${team.name}`}
                value={team.leadPersonId ?? ''}
                onChange={(event) => update(team, { leadPersonId: event.target.value || null })}
              >
                <option value="">No lead</option>
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.displayName}
                  </option>
                ))}
              </select>
            </td>
            <td className="numeric">{members(team).length}</td>
            <td className="numeric">
              <button
                type="button"
                className="button"
                onClick={() =>
                  useUiStore.getState().openRequestDialog({ kind: 'team-pulse', teamId: team.id })
                }
              >
                Request input…<span className="visually-hidden"> from {team.name}</span>
              </button>{' '}
              <IconButton
                label={`Delete ${team.name}`}
                icon={Trash2}
                onClick={() => void remove(team)}
              />
            </td>
          </tr>
        ))}
      </DataTable>
      <AddTeamForm />
    </section>
  )
}

function AddTeamForm() {
  const { db } = useCurrentWorkspace()
  return (
    <AddRowForm
      idPrefix="new-team"
      className="add-team"
      label="New team name"
      submitLabel="Add team"
      maxLength={120}
      check={findTeamProblem}
      add={async (name) => {
        const saved = await saveTeam(db, {
          id: crypto.randomUUID(),
          name,
          description: '',
          parentTeamId: null,
          leadPersonId: null,
        })
        notify('success', `Added the team “${saved.name}”.`)
      }}
    />
  )
}
