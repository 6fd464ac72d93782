import './checkins.css'
import { useLiveQuery } from 'dexie-react-hooks'
import { MessageSquarePlus, Pencil, Trash2, MessageCircle } from 'lucide-react'
import { useState } from 'react'
import type { FeedbackEntry } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { deleteFeedback } from '../../db/repositories/checkins'
import { desktop } from '../../platform'
import { EmptyState } from '../../ui/EmptyState'
import { formatDate } from '../../ui/format'
import { SelectField } from '../../ui/SelectField'
import { feedbackKindLabels } from './checkin-data'
import { FeedbackDialog } from './FeedbackDialog'
import { writeWithUndo } from '../../app/undo'
import { IconButton } from '../../ui/IconButton'

const sourceLabels: Record<FeedbackEntry['source'], string> = {
  manager: 'Manager',
  peer: 'Peer',
  customer: 'Customer',
  self: 'Self',
}

/** Who it is from; a colleague's answer to a feedback request says so, without a name if asked. */
function describeFeedbackSource(entry: FeedbackEntry): string {
  if (entry.source === 'peer' && entry.responseId) {
    const author = entry.isAnonymous || !entry.authorName ? 'A colleague' : entry.authorName
    return `Peer feedback · ${author} · answered a feedback request`
  }
  return `${sourceLabels[entry.source]}${entry.authorName ? ` · ${entry.authorName}` : ''}`
}

export function PersonFeedbackTab(props: { personId: string }) {
  const { db } = useCurrentWorkspace()
  const [kind, setKind] = useState<'all' | FeedbackEntry['kind']>('all')
  const [editing, setEditing] = useState<FeedbackEntry | null | 'new'>(null)
  const data = useLiveQuery(async () => {
    const [entries, skills, goals] = await Promise.all([
      db.feedback.where('personId').equals(props.personId).toArray(),
      db.skills.toArray(),
      db.goals.where('ownerPersonId').equals(props.personId).toArray(),
    ])
    entries.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
    return {
      entries,
      skills: new Map(skills.map((s) => [s.id, s.name])),
      goals: new Map(goals.map((g) => [g.id, g.title])),
    }
  }, [db, props.personId])
  if (!data) return <p className="muted">Loading feedback…</p>
  const rows = data.entries.filter((e) => kind === 'all' || e.kind === kind)
  const counts = (k: FeedbackEntry['kind']) => data.entries.filter((e) => e.kind === k).length

  const remove = async (entry: FeedbackEntry): Promise<void> => {
    const { isConfirmed } = await desktop.confirm({
      title: 'Delete feedback',
      message: `Delete the feedback of ${formatDate(entry.date)}?`,
      confirmLabel: 'Delete',
      isDestructive: true,
    })
    if (!isConfirmed) return
    await writeWithUndo(db, () => deleteFeedback(db, entry.id), 'Deleted the feedback entry.')
  }

  const logButton = (
    <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
      <MessageSquarePlus size={16} aria-hidden /> Log feedback
    </button>
  )
  return (
    <>
      {data.entries.length === 0 ? (
        <EmptyState icon={MessageCircle} title="No feedback yet" actions={logButton}>
          <p>
            Log what you see when it happens: the situation, the behaviour and its impact. A review
            then rests on the whole period, not the last few weeks.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar">
            <SelectField
              id="feedback-kind-filter"
              label="Kind"
              value={kind}
              options={[
                { value: 'all', label: `All (${data.entries.length})` },
                { value: 'praise', label: `Praise (${counts('praise')})` },
                { value: 'constructive', label: `Constructive (${counts('constructive')})` },
                { value: 'observation', label: `Observation (${counts('observation')})` },
              ]}
              onChange={(value) => setKind(value as typeof kind)}
            />
            <div className="toolbar-spacer" />
            {logButton}
          </div>
          <ul className="feedback-list">
            {rows.map((entry) => (
              <li key={entry.id} className="card">
                <div className="card-header">
                  <div className="feed-meta">
                    <span className={`tag tag-${entry.kind}`}>
                      {feedbackKindLabels[entry.kind]}
                    </span>
                    <time dateTime={entry.date}>{formatDate(entry.date)}</time>
                    <span className="muted">{describeFeedbackSource(entry)}</span>
                  </div>
                  <div className="row">
                    <IconButton
                      label={`Edit feedback of ${formatDate(entry.date)}`}
                      icon={Pencil}
                      onClick={() => setEditing(entry)}
                    />
                    <IconButton
                      label={`Delete feedback of ${formatDate(entry.date)}`}
                      icon={Trash2}
                      onClick={() => void remove(entry)}
                    />
                  </div>
                </div>
                <dl className="facts sbi">
                  {entry.situation ? (
                    <div className="facts-row">
                      <dt>Situation</dt>
                      <dd>{entry.situation}</dd>
                    </div>
                  ) : null}
                  {entry.behaviour ? (
                    <div className="facts-row">
                      <dt>Behaviour</dt>
                      <dd>{entry.behaviour}</dd>
                    </div>
                  ) : null}
                  {entry.impact ? (
                    <div className="facts-row">
                      <dt>Impact</dt>
                      <dd>{entry.impact}</dd>
                    </div>
                  ) : null}
                </dl>
                {entry.skillIds.length + entry.goalIds.length > 0 ? (
                  <ul className="chip-list" aria-label="Linked">
                    {entry.skillIds.map((id) => (
                      <li key={id} className="chip">
                        Skill: {data.skills.get(id) ?? 'removed'}
                      </li>
                    ))}
                    {entry.goalIds.map((id) => (
                      <li key={id} className="chip">
                        Goal: {data.goals.get(id) ?? 'removed'}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
      <FeedbackDialog
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
        personId={props.personId}
        entry={editing === 'new' ? null : editing}
      />
    </>
  )
}
