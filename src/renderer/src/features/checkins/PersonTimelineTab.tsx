import './checkins.css'
import { useLiveQuery } from 'dexie-react-hooks'
import { History } from 'lucide-react'
import { useMemo, useState } from 'react'
import {
  buildTimeline,
  timelineKindLabels,
  type TimelineKind,
} from '../../../../shared/domain/checkins/timeline'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { formatDate } from '../../ui/format'
import { checkinLink } from './checkin-data'

const kinds = Object.keys(timelineKindLabels) as TimelineKind[]
const pageSize = 60

export function PersonTimelineTab(props: { personId: string }) {
  const { db } = useCurrentWorkspace()
  const [selected, setSelected] = useState<Set<TimelineKind>>(() => new Set(kinds))
  const [shown, setShown] = useState(pageSize)
  const input = useLiveQuery(async () => {
    const byPerson = { index: 'personId', id: props.personId }
    const [
      checkins,
      templates,
      feedback,
      assessments,
      skills,
      plans,
      planItems,
      enrolments,
      initiatives,
      goals,
    ] = await Promise.all([
      db.checkins.where(byPerson.index).equals(byPerson.id).toArray(),
      db.checkinTemplates.toArray(),
      db.feedback.where(byPerson.index).equals(byPerson.id).toArray(),
      db.assessments.where(byPerson.index).equals(byPerson.id).toArray(),
      db.skills.toArray(),
      db.plans.where(byPerson.index).equals(byPerson.id).toArray(),
      db.planItems.where(byPerson.index).equals(byPerson.id).toArray(),
      db.enrolments.where(byPerson.index).equals(byPerson.id).toArray(),
      db.initiatives.toArray(),
      db.goals.where('ownerPersonId').equals(props.personId).toArray(),
    ])
    const goalUpdates = await db.goalUpdates
      .where('goalId')
      .anyOf(goals.map((g) => g.id))
      .toArray()
    return {
      checkins,
      templates,
      feedback,
      assessments,
      skills,
      plans,
      planItems,
      enrolments,
      initiatives,
      goals,
      goalUpdates,
    }
  }, [db, props.personId])
  const all = useMemo(() => (input ? buildTimeline(input) : []), [input])
  const events = useMemo(() => all.filter((e) => selected.has(e.kind)), [all, selected])
  if (!input) return <p className="muted">Loading the timeline…</p>
  if (all.length === 0)
    return (
      <EmptyState icon={History} title="Nothing on the timeline yet">
        <p>
          Check-ins, feedback, assessments, plan changes and goal updates appear here as they
          happen.
        </p>
      </EmptyState>
    )
  const toggle = (kind: TimelineKind) => {
    const next = new Set(selected)
    if (next.has(kind)) next.delete(kind)
    else next.add(kind)
    setSelected(next)
    setShown(pageSize)
  }
  return (
    <section aria-label="Timeline">
      <fieldset className="timeline-filter">
        <legend>Show</legend>
        {kinds.map((kind) => (
          <label key={kind} className="checkbox">
            <input type="checkbox" checked={selected.has(kind)} onChange={() => toggle(kind)} />
            {timelineKindLabels[kind]} ({all.filter((e) => e.kind === kind).length})
          </label>
        ))}
      </fieldset>
      <p className="muted" role="status">
        {events.length} event{events.length === 1 ? '' : 's'}
      </p>
      <ol className="timeline">
        {events.slice(0, shown).map((event) => (
          <li key={event.key} className={`timeline-item timeline-${event.kind}`}>
            <time dateTime={event.date} className="timeline-date">
              {formatDate(event.date)}
            </time>
            <div>
              <span className="badge">{timelineKindLabels[event.kind]}</span>{' '}
              {event.kind === 'checkin' ? (
                <a href={checkinLink(event.recordId)}>{event.title}</a>
              ) : (
                <strong>{event.title}</strong>
              )}
              {event.detail ? <p className="timeline-detail">{event.detail}</p> : null}
            </div>
          </li>
        ))}
      </ol>
      {events.length > shown ? (
        <div className="row list-more">
          <span className="muted">
            Showing {shown} of {events.length}
          </span>
          <button type="button" className="button" onClick={() => setShown(shown + pageSize)}>
            Show older
          </button>
        </div>
      ) : null}
    </section>
  )
}
