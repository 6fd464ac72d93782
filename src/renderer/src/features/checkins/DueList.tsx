import { useLiveQuery } from 'dexie-react-hooks'
import { CalendarCheck } from 'lucide-react'
import { useMemo, useState } from 'react'
import {
  cadenceLabels,
  listDueCheckins,
  type DueCheckin,
} from '../../../../shared/domain/checkins/cadence'
import { formatDaysOverdue } from '../../../../shared/domain/checkins/overdue'
import type { Person } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { formatDate, todayIso } from '../../ui/format'
import { SelectField, TextField, toOptions } from '../../ui/form'
import { beginCheckin } from './checkin-actions'
import { checkinLink, personLink } from './checkin-data'
import { listActivePeople } from '../../db/repositories/people'
import { readWorkspaceSettings } from '../../db/repositories/settings'

export function describeDueStatus(row: DueCheckin): string {
  if (row.status === 'never') return 'No check-in yet'
  if (row.status === 'overdue') return formatDaysOverdue(row.daysOverdue)
  if (row.status === 'due') return row.dueDate === todayIso() ? 'Due today' : 'Due soon'
  return 'On track'
}

export function useDueCheckins() {
  const { db } = useCurrentWorkspace()
  return useLiveQuery(async () => {
    const [people, checkins, teams, settings] = await Promise.all([
      listActivePeople(db),
      db.checkins.toArray(),
      db.teams.toArray(),
      readWorkspaceSettings(db),
    ])
    const rows = listDueCheckins({
      people,
      checkins,
      defaultCadence: settings.defaultCadence,
      today: todayIso(),
    })
    const preppedDraftIds = new Set(
      checkins.filter((c) => c.status === 'draft' && c.prep).map((c) => c.id),
    )
    return {
      rows,
      people: new Map(people.map((p) => [p.id, p])),
      teams,
      settings,
      preppedDraftIds,
    }
  }, [db])
}

export function DueList() {
  const { db } = useCurrentWorkspace()
  const data = useDueCheckins()
  const [teamId, setTeamId] = useState('all')
  const [show, setShow] = useState<'due' | 'all'>('due')
  const [search, setSearch] = useState('')
  const rows = useMemo(() => {
    if (!data) return []
    return data.rows.filter((row) => {
      const person = data.people.get(row.personId)
      if (!person) return false
      if (teamId !== 'all' && person.teamId !== teamId) return false
      if (search.trim() && !matchesName(person.displayName, search)) return false
      return show === 'all' || row.status !== 'upcoming'
    })
  }, [data, teamId, show, search])
  if (!data) return <p className="muted">Loading check-ins…</p>
  if (data.rows.length === 0)
    return (
      <EmptyState icon={CalendarCheck} title="No one to check in with yet">
        <p>
          People with a manager appear here with the date of their next check-in. Add people and
          their managers under People.
        </p>
      </EmptyState>
    )
  const start = (person: Person) => () => void beginCheckin(db, person)
  return (
    <>
      <div className="toolbar">
        <TextField
          id="due-search"
          label="Search"
          type="search"
          value={search}
          placeholder="Name…"
          onChange={setSearch}
        />
        <SelectField
          id="due-team"
          label="Team"
          value={teamId}
          options={toOptions(data.teams, { value: 'all', label: 'All teams' })}
          onChange={setTeamId}
        />
        <SelectField
          id="due-show"
          label="Show"
          value={show}
          options={[
            { value: 'due', label: 'Due and overdue' },
            { value: 'all', label: 'Everyone' },
          ]}
          onChange={(value) => setShow(value as 'due' | 'all')}
        />
      </div>
      <p className="muted" role="status">
        {rows.length === 0
          ? 'No one is due. Everyone has had a check-in within their cadence.'
          : `${rows.length} ${rows.length === 1 ? 'person' : 'people'}`}
      </p>
      {rows.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Cadence</th>
              <th scope="col">Last check-in</th>
              <th scope="col">Next due</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const person = data.people.get(row.personId)!
              return (
                <tr key={row.personId}>
                  <th scope="row">
                    <a href={personLink(person)}>{person.displayName}</a>
                  </th>
                  <td>
                    {cadenceLabels[row.cadence]}
                    {row.isDefaultCadence ? <span className="muted"> (default)</span> : null}
                  </td>
                  <td>{row.lastDate ? formatDate(row.lastDate) : '—'}</td>
                  <td>{row.status === 'never' ? '—' : formatDate(row.dueDate)}</td>
                  <td>
                    <span className={`due-status due-${row.status}`}>{describeDueStatus(row)}</span>
                    {row.draftId && data.preppedDraftIds.has(row.draftId) ? (
                      <>
                        {' '}
                        <span className="badge badge-accent prep-badge">Prep received</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {row.draftId ? (
                      <a className="button" href={checkinLink(row.draftId)}>
                        Continue draft
                        <span className="visually-hidden"> with {person.displayName}</span>
                      </a>
                    ) : (
                      <button type="button" className="button" onClick={start(person)}>
                        Start check-in
                        <span className="visually-hidden"> with {person.displayName}</span>
                      </button>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : null}
    </>
  )
}

export function matchesName(name: string, search: string): boolean {
  return name.toLocaleLowerCase().includes(search.trim().toLocaleLowerCase())
}
