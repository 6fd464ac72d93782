import './checkins.css'
import { useLiveQuery } from 'dexie-react-hooks'
import { Download, MessagesSquare, Play } from 'lucide-react'
import { useState } from 'react'
import {
  describeActionState,
  indexCarriedIds,
  isActionOverdue,
  listOpenActions,
} from '../../../../shared/domain/checkins/actions'
import {
  cadenceLabels,
  describeDue,
  resolveCadence,
} from '../../../../shared/domain/checkins/cadence'
import { Cadence } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { setActionDone, setPersonCadence } from '../../db/repositories/checkins'
import { EmptyState } from '../../ui/EmptyState'
import { formatDate, describeError, todayIso } from '../../ui/format'
import { SelectField } from '../../ui/SelectField'
import { notify } from '../../ui/toast-store'
import { beginCheckin } from './checkin-actions'
import { checkinLink, moodLabels } from './checkin-data'
import { describeDueStatus } from './DueList'
import { ExportCheckinsDialog } from './ExportCheckinsDialog'
import { RichText } from './RichText'
import { readWorkspaceSettings } from '../../db/repositories/settings'
import { PrepReceivedBadge } from './PrepPanel'

export function PersonCheckinsTab(props: { personId: string }) {
  const { db } = useCurrentWorkspace()
  const today = todayIso()
  const [isExporting, setIsExporting] = useState(false)
  const data = useLiveQuery(async () => {
    const [person, checkins, actions, templates, settings] = await Promise.all([
      db.people.get(props.personId),
      db.checkins.where('personId').equals(props.personId).toArray(),
      db.actionItems.where('personId').equals(props.personId).toArray(),
      db.checkinTemplates.toArray(),
      readWorkspaceSettings(db),
    ])
    checkins.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
    return {
      person,
      checkins,
      actions,
      templates: new Map(templates.map((t) => [t.id, t])),
      settings,
    }
  }, [db, props.personId])
  if (!data) return <p className="muted">Loading check-ins…</p>
  const { person, checkins, actions, settings } = data
  if (!person) return null
  const cadence = resolveCadence(person, settings.defaultCadence)
  const last = checkins.find((c) => c.status === 'done' && c.date <= today)?.date ?? null
  const due = describeDue(last, cadence, today)
  const draft = checkins.find((c) => c.status === 'draft')
  const open = listOpenActions(actions)
  const carried = indexCarriedIds(actions)
  const tick = (id: string, isDone: boolean) =>
    void setActionDone(db, id, isDone, today).catch((e: unknown) =>
      notify('error', describeError(e)),
    )

  return (
    <div className="stack">
      <section className="card" aria-labelledby="cadence-title">
        <div className="card-header">
          <h2 id="cadence-title">Cadence</h2>
          <div className="row">
            <button
              type="button"
              className="button"
              onClick={() => setIsExporting(true)}
              disabled={checkins.length === 0}
            >
              <Download size={16} aria-hidden /> Export check-ins…
            </button>
            {draft ? (
              <a className="button button-primary" href={checkinLink(draft.id)}>
                <Play size={16} aria-hidden /> Continue draft
              </a>
            ) : (
              <button
                type="button"
                className="button button-primary"
                onClick={() => void beginCheckin(db, person)}
              >
                <Play size={16} aria-hidden /> Start check-in
              </button>
            )}
          </div>
        </div>
        <div className="toolbar">
          <SelectField
            id="person-cadence"
            label="Check-in cadence"
            value={person.checkinCadence ?? 'default'}
            options={[
              {
                value: 'default',
                label: `Workspace default (${cadenceLabels[settings.defaultCadence]})`,
              },
              ...Cadence.options.map((c) => ({ value: c, label: cadenceLabels[c] })),
            ]}
            onChange={(value) =>
              void setPersonCadence(db, person.id, value === 'default' ? null : (value as Cadence))
                .then(() => notify('success', 'Saved the cadence.'))
                .catch((e: unknown) => notify('error', describeError(e)))
            }
          />
          <p className="cadence-summary">
            {last
              ? `Last check-in ${formatDate(last)} · next due ${formatDate(due.dueDate)} · `
              : ''}
            <span className={`due-status due-${due.status}`}>
              {describeDueStatus({
                ...due,
                personId: person.id,
                cadence,
                isDefaultCadence: false,
                lastDate: last,
                draftId: null,
              })}
            </span>
          </p>
        </div>
      </section>
      <section className="card" aria-labelledby="open-actions-title">
        <h2 id="open-actions-title">Open actions</h2>
        {open.length === 0 ? (
          <p className="muted">None open. New actions are added during a check-in.</p>
        ) : (
          <ul className="plain-list">
            {open.map((a) => (
              <li key={a.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={false} onChange={() => tick(a.id, true)} />
                  {a.text}
                </label>
                <span className="muted">
                  {a.owner === 'manager' ? 'Manager' : 'Employee'}
                  {a.dueDate ? ` · due ${formatDate(a.dueDate)}` : ''}
                </span>
                {isActionOverdue(a, today) ? (
                  <span className="badge due-overdue">Overdue</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {checkins.length === 0 ? (
        <EmptyState icon={MessagesSquare} title="No check-ins yet">
          <p>
            Start the first one: Trellis suggests talking points from their plan, goals, skill gaps
            and feedback, and keeps open actions for next time.
          </p>
        </EmptyState>
      ) : (
        <section aria-labelledby="history-title">
          <h2 id="history-title">History</h2>
          <ul className="checkin-cards">
            {checkins.map((c) => {
              const own = actions.filter((a) => a.checkinId === c.id)
              const states = own.map((a) => describeActionState(a, carried))
              return (
                <li key={c.id} className="card">
                  <div className="feed-meta">
                    <a href={checkinLink(c.id)}>
                      <strong>{formatDate(c.date)}</strong>
                    </a>
                    <span className="badge">
                      {data.templates.get(c.templateId)?.name ?? 'Check-in'}
                    </span>
                    {c.status === 'draft' ? (
                      <span className="badge badge-accent">Draft</span>
                    ) : null}
                    {c.status === 'draft' ? <PrepReceivedBadge prep={c.prep} /> : null}
                    {c.mood !== null ? (
                      <span className="muted">
                        Mood {c.mood} · {moodLabels[c.mood]}
                      </span>
                    ) : null}
                    {own.length > 0 ? (
                      <span className="muted">{summarizeActions(states)}</span>
                    ) : null}
                  </div>
                  {c.sharedNotes.trim() ? (
                    <RichText text={c.sharedNotes} className="clamped" />
                  ) : (
                    <p className="muted">No shared notes.</p>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      )}
      <ExportCheckinsDialog
        person={person}
        isOpen={isExporting}
        onClose={() => setIsExporting(false)}
      />
    </div>
  )
}

function summarizeActions(states: ReturnType<typeof describeActionState>[]): string {
  const count = (state: string) => states.filter((s) => s === state).length
  const parts = [
    [count('done'), 'done'],
    [count('carried'), 'carried over'],
    [count('open'), 'open'],
  ]
    .filter(([n]) => n !== 0)
    .map(([n, label]) => `${n} ${label}`)
  return `${states.length} action${states.length === 1 ? '' : 's'}: ${parts.join(', ')}`
}
