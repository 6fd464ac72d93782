import { Lightbulb, Plus, X } from 'lucide-react'
import { useState, type FormEvent, type KeyboardEvent } from 'react'
import type { TalkingPoint } from '../../../../shared/domain/checkins/talking-points'
import { toggleId, type EditorDraft } from './editor-state'
import { IconButton } from '../../ui/IconButton'

const kindLabels: Record<TalkingPoint['kind'], string> = {
  'development-goal': 'Last goal',
  action: 'Open action',
  'plan-item': 'Plan',
  training: 'Training',
  goal: 'Goal',
  feedback: 'Feedback',
  'skill-gap': 'Skill gap',
}

/** Suggestions, each with its reason: Enter (or A) on one adds it to the agenda. */
export function TalkingPoints(props: {
  suggestions: TalkingPoint[]
  draft: EditorDraft
  onChange: (changes: Partial<EditorDraft>) => void
}) {
  const { suggestions, draft, onChange } = props
  const [newItem, setNewItem] = useState('')

  const addPoint = (point: TalkingPoint): void => {
    if (draft.agenda.includes(point.text)) return
    const changes: Partial<EditorDraft> = { agenda: [...draft.agenda, point.text] }
    // What a point is about becomes a link of the check-in, too.
    if (point.link?.type === 'skill' && !draft.skillIds.includes(point.link.id))
      changes.skillIds = toggleId(draft.skillIds, point.link.id)
    if (point.link?.type === 'goal' && !draft.goalIds.includes(point.link.id))
      changes.goalIds = toggleId(draft.goalIds, point.link.id)
    if (point.link?.type === 'planItem' && !draft.planItemIds.includes(point.link.id))
      changes.planItemIds = toggleId(draft.planItemIds, point.link.id)
    onChange(changes)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, point: TalkingPoint): void => {
    if (event.key === 'a' || event.key === 'A' || event.key === '+') {
      event.preventDefault()
      addPoint(point)
    }
  }
  const addOwn = (event: FormEvent): void => {
    event.preventDefault()
    const text = newItem.trim()
    if (!text || draft.agenda.includes(text)) return
    onChange({ agenda: [...draft.agenda, text] })
    setNewItem('')
  }

  return (
    <div className="talking-points">
      <section className="card" aria-labelledby="suggestions-title">
        <h2 id="suggestions-title">
          <Lightbulb size={18} aria-hidden /> Suggested talking points
        </h2>
        {suggestions.length === 0 ? (
          <p className="muted">
            Nothing stands out: no open actions, nothing due in the plan, no new feedback or
            training since the last check-in.
          </p>
        ) : (
          <>
            <p className="muted" id="suggestions-hint">
              Press Enter (or A) on a suggestion to add it to the agenda.
            </p>
            <ul className="suggestion-list">
              {suggestions.map((point) => {
                const isAdded = draft.agenda.includes(point.text)
                return (
                  <li key={point.key}>
                    <button
                      type="button"
                      className="suggestion"
                      aria-describedby="suggestions-hint"
                      aria-disabled={isAdded}
                      onClick={() => addPoint(point)}
                      onKeyDown={(event) => onKeyDown(event, point)}
                    >
                      <span className="suggestion-head">
                        <span className="badge">{kindLabels[point.kind]}</span>
                        <span className="suggestion-text">{point.text}</span>
                        {isAdded ? (
                          <span className="badge badge-accent">On the agenda</span>
                        ) : (
                          <Plus size={16} aria-hidden className="suggestion-add" />
                        )}
                      </span>
                      <span className="suggestion-reason">Why: {point.reason}</span>
                    </button>
                  </li>
                )
              })}
            </ul>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="agenda-title">
        <h2 id="agenda-title">Agenda</h2>
        {draft.agenda.length === 0 ? (
          <p className="muted">Empty. Add suggestions, or write your own topic below.</p>
        ) : (
          <ol className="agenda-list">
            {draft.agenda.map((item, index) => (
              <li key={item}>
                <span>{item}</span>
                <IconButton
                  label={`Remove “${item}” from the agenda`}
                  icon={X}
                  onClick={() => onChange({ agenda: draft.agenda.filter((_, i) => i !== index) })}
                />
              </li>
            ))}
          </ol>
        )}
        <form className="row agenda-add" onSubmit={addOwn}>
          <label htmlFor="agenda-new" className="visually-hidden">
            New agenda topic
          </label>
          <input
            id="agenda-new"
            value={newItem}
            maxLength={1000}
            placeholder="Add a topic…"
            onChange={(event) => setNewItem(event.target.value)}
          />
          <button type="submit" className="button" disabled={!newItem.trim()}>
            Add
          </button>
        </form>
      </section>
    </div>
  )
}
