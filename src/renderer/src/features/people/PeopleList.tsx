import { useLiveQuery } from 'dexie-react-hooks'
import { ArrowDown, ArrowUp, Download, FileUp, UserPlus, Users } from 'lucide-react'
import { useMemo, useState } from 'react'
import {
  selectPeople,
  type PeopleQuery,
  type PeopleSortKey,
} from '../../../../shared/domain/people/select-people'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { navigate } from '../../app/router'
import { EmptyState } from '../../ui/EmptyState'
import { formatDate } from '../../ui/format'
import { SelectField, toOptions } from '../../ui/SelectField'
import { exportPeopleCsv } from './people-actions'
import { PersonFormDialog } from './PersonFormDialog'

const pageSize = 100

const columns: Array<{ key: PeopleSortKey; label: string }> = [
  { key: 'name', label: 'Name' },
  { key: 'title', label: 'Title' },
  { key: 'team', label: 'Team' },
  { key: 'manager', label: 'Manager' },
  { key: 'hireDate', label: 'Hire date' },
]

export function PeopleList() {
  const { db } = useCurrentWorkspace()
  const people = useLiveQuery(() => db.people.toArray(), [db])
  const teams = useLiveQuery(() => db.teams.toArray(), [db], [])
  const [query, setQuery] = useState<PeopleQuery>({
    search: '',
    teamId: 'all',
    status: 'active',
    sortKey: 'name',
    isDescending: false,
  })
  const [shown, setShown] = useState(pageSize)
  const [isAdding, setIsAdding] = useState(false)
  const rows = useMemo(
    () => (people ? selectPeople(people, teams, query) : []),
    [people, teams, query],
  )
  const update = (changes: Partial<PeopleQuery>): void => {
    setQuery((current) => ({ ...current, ...changes }))
    setShown(pageSize)
  }

  if (!people) return <p className="muted">Loading people…</p>

  const actions = (
    <>
      <button type="button" className="button" onClick={() => navigate('/people/import')}>
        <FileUp size={16} aria-hidden /> Import team…
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void exportPeopleCsv(db)}
        disabled={people.length === 0}
      >
        <Download size={16} aria-hidden /> Export CSV…
      </button>
      <button type="button" className="button button-primary" onClick={() => setIsAdding(true)}>
        <UserPlus size={16} aria-hidden /> Add person
      </button>
    </>
  )

  return (
    <>
      {people.length === 0 ? (
        <EmptyState icon={Users} title="No people yet" actions={actions}>
          <p>
            Import your team from a CSV exported by your payroll or HR tool, Google Workspace,
            Microsoft 365 or a spreadsheet, or add people one by one.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar">
            <div className="field">
              <label htmlFor="people-search">Search</label>
              <input
                id="people-search"
                type="search"
                value={query.search}
                placeholder="Name, title, email…"
                onChange={(event) => update({ search: event.target.value })}
              />
            </div>
            <SelectField
              id="people-team"
              label="Team"
              value={query.teamId}
              options={[
                ...toOptions(teams, { value: 'all', label: 'All teams' }),
                { value: 'none', label: 'No team' },
              ]}
              onChange={(value) => update({ teamId: value })}
            />
            <SelectField
              id="people-status"
              label="Status"
              value={query.status}
              options={[
                { value: 'active', label: 'Active' },
                { value: 'left', label: 'Left' },
                { value: 'all', label: 'Everyone' },
              ]}
              onChange={(value) => update({ status: value as PeopleQuery['status'] })}
            />
            <div className="toolbar-spacer" />
            <div className="row">{actions}</div>
          </div>
          <p className="muted" role="status">
            {rows.length === 1 ? '1 person' : `${rows.length} people`}
          </p>
          <table className="data-table">
            <thead>
              <tr>
                {columns.map((column) => {
                  const isSorted = query.sortKey === column.key
                  return (
                    <th
                      key={column.key}
                      scope="col"
                      aria-sort={
                        isSorted ? (query.isDescending ? 'descending' : 'ascending') : undefined
                      }
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() =>
                          update({
                            sortKey: column.key,
                            isDescending: isSorted ? !query.isDescending : false,
                          })
                        }
                      >
                        {column.label}
                        {isSorted ? (
                          query.isDescending ? (
                            <ArrowDown size={14} aria-hidden />
                          ) : (
                            <ArrowUp size={14} aria-hidden />
                          )
                        ) : null}
                      </button>
                    </th>
                  )
                })}
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map(({ person, teamName, managerName }) => (
                <tr key={person.id}>
                  <th scope="row">
                    <a href={`#/people/${encodeURIComponent(person.id)}`}>{person.displayName}</a>
                  </th>
                  <td>{person.title}</td>
                  <td>{teamName}</td>
                  <td>{managerName}</td>
                  <td>{person.hireDate ? formatDate(person.hireDate) : ''}</td>
                  <td>
                    {person.status === 'left' ? <span className="badge">Left</span> : 'Active'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > shown ? (
            <div className="row list-more">
              <span className="muted">
                Showing {shown} of {rows.length}
              </span>
              <button type="button" className="button" onClick={() => setShown(shown + pageSize)}>
                Show {Math.min(pageSize, rows.length - shown)} more
              </button>
            </div>
          ) : null}
        </>
      )}
      <PersonFormDialog isOpen={isAdding} onClose={() => setIsAdding(false)} person={null} />
    </>
  )
}
