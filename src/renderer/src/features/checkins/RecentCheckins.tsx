import { useLiveQuery } from 'dexie-react-hooks'
import { MessagesSquare } from 'lucide-react'
import { useState } from 'react'
import { toPlainText } from '../../../../shared/domain/checkins/rich-text'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { formatDate } from '../../ui/format'
import { SelectField, TextField, toOptions } from '../../ui/form'
import { checkinLink, moodLabels } from './checkin-data'
import { matchesName } from './DueList'

const pageSize = 30

export function RecentCheckins() {
  const { db } = useCurrentWorkspace()
  const [teamId, setTeamId] = useState('all')
  const [shown, setShown] = useState(pageSize)
  const [search, setSearch] = useState('')
  const data = useLiveQuery(async () => {
    const [checkins, people, teams, templates] = await Promise.all([
      db.checkins.orderBy('date').reverse().toArray(),
      db.people.toArray(),
      db.teams.toArray(),
      db.checkinTemplates.toArray(),
    ])
    return {
      checkins,
      people: new Map(people.map((p) => [p.id, p])),
      teams,
      templates: new Map(templates.map((t) => [t.id, t.name])),
    }
  }, [db])
  if (!data) return <p className="muted">Loading check-ins…</p>
  const rows = data.checkins.filter((c) => {
    const person = data.people.get(c.personId)
    if (teamId !== 'all' && person?.teamId !== teamId) return false
    return !search.trim() || matchesName(person?.displayName ?? '', search)
  })
  if (data.checkins.length === 0)
    return (
      <EmptyState icon={MessagesSquare} title="No check-ins yet">
        <p>Start one from the Due list, or from a person’s Check-ins tab.</p>
      </EmptyState>
    )
  return (
    <>
      <div className="toolbar">
        <TextField
          id="recent-search"
          label="Search"
          type="search"
          value={search}
          placeholder="Name…"
          onChange={(value) => {
            setSearch(value)
            setShown(pageSize)
          }}
        />
        <SelectField
          id="recent-team"
          label="Team"
          value={teamId}
          options={toOptions(data.teams, { value: 'all', label: 'All teams' })}
          onChange={(value) => {
            setTeamId(value)
            setShown(pageSize)
          }}
        />
      </div>
      <ul className="checkin-cards">
        {rows.slice(0, shown).map((c) => {
          const person = data.people.get(c.personId)
          const notes = toPlainText(c.sharedNotes)
          return (
            <li key={c.id}>
              <div className="feed-meta">
                <a href={checkinLink(c.id)}>
                  <strong>{person?.displayName ?? 'Someone no longer here'}</strong>
                </a>
                <time dateTime={c.date} className="muted">
                  {formatDate(c.date)}
                </time>
                <span className="badge">{data.templates.get(c.templateId) ?? 'Check-in'}</span>
                {c.status === 'draft' ? <span className="badge badge-accent">Draft</span> : null}
                {c.mood !== null ? (
                  <span className="muted">
                    Mood {c.mood} · {moodLabels[c.mood]}
                  </span>
                ) : null}
              </div>
              {notes ? <p className="feed-text">{notes}</p> : null}
            </li>
          )
        })}
      </ul>
      {rows.length > shown ? (
        <div className="row list-more">
          <span className="muted">
            Showing {shown} of {rows.length}
          </span>
          <button type="button" className="button" onClick={() => setShown(shown + pageSize)}>
            Show more
          </button>
        </div>
      ) : null}
    </>
  )
}
