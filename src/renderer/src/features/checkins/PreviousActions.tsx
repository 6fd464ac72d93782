import { CornerDownRight, Check, Undo2 } from 'lucide-react'
import { carryAction, isActionOverdue } from '../../../../shared/domain/checkins/actions'
import type { ActionItem } from '../../../../shared/model'
import { formatDate } from '../../ui/format'
import type { EditorDraft } from './editor-state'

/** Open items of earlier check-ins: tick off, or carry to this check-in. */
export function PreviousActions(props: {
  checkinId: string
  items: ActionItem[]
  writtenOn: Map<string, string>
  draft: EditorDraft
  today: string
  onChange: (changes: Partial<EditorDraft>) => void
}) {
  const { items, draft, onChange } = props
  if (items.length === 0) return null
  const copyOf = (item: ActionItem) => draft.actions.find((a) => a.carriedFromId === item.id)
  return (
    <section className="card checkin-previous" aria-labelledby="previous-actions-title">
      <h2 id="previous-actions-title">Open actions from earlier check-ins</h2>
      <p className="muted">Tick off what is done; carry the rest to this check-in.</p>
      <ul className="action-review">
        {items.map((item) => {
          const isDone = draft.completedIds.includes(item.id)
          const copy = copyOf(item)
          const writtenOn = props.writtenOn.get(item.checkinId)
          return (
            <li key={item.id} className={isDone || copy ? 'is-settled' : undefined}>
              <div>
                <span className="action-text">{item.text}</span>
                <span className="muted action-meta">
                  {item.owner === 'manager' ? 'Manager' : 'Employee'}
                  {writtenOn ? ` · from ${formatDate(writtenOn)}` : ''}
                  {item.dueDate ? ` · due ${formatDate(item.dueDate)}` : ''}
                  {isActionOverdue(item, props.today) ? ' · overdue' : ''}
                </span>
                {isDone ? <span className="badge badge-accent">Done</span> : null}
                {copy ? <span className="badge">Carried to this check-in</span> : null}
              </div>
              <div className="row">
                {copy ? (
                  <button
                    type="button"
                    className="button"
                    onClick={() => onChange({ actions: draft.actions.filter((a) => a !== copy) })}
                  >
                    <Undo2 size={16} aria-hidden /> Undo carry
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button"
                    aria-pressed={isDone}
                    onClick={() =>
                      onChange({
                        completedIds: isDone
                          ? draft.completedIds.filter((id) => id !== item.id)
                          : [...draft.completedIds, item.id],
                      })
                    }
                  >
                    {isDone ? <Undo2 size={16} aria-hidden /> : <Check size={16} aria-hidden />}
                    {isDone ? 'Not done' : 'Done'}
                    <span className="visually-hidden">: {item.text}</span>
                  </button>
                )}
                {!isDone && !copy ? (
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      onChange({
                        actions: [
                          ...draft.actions,
                          carryAction(item, {
                            checkinId: props.checkinId,
                            id: crypto.randomUUID(),
                          }),
                        ],
                      })
                    }
                  >
                    <CornerDownRight size={16} aria-hidden /> Carry over
                    <span className="visually-hidden">: {item.text}</span>
                  </button>
                ) : null}
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
