import { Plus, Trash2 } from 'lucide-react'
import type { ActionItem } from '../../../../shared/model'
import { formatDate } from '../../ui/format'

/** This check-in's own action items: owner, due date, done. */
export function ActionItemsEditor(props: {
  checkinId: string
  personId: string
  actions: ActionItem[]
  carriedFrom: Map<string, string>
  problems: Map<string, string>
  today: string
  onChange: (actions: ActionItem[]) => void
}) {
  const { actions, onChange } = props
  const update = (id: string, changes: Partial<ActionItem>): void =>
    onChange(actions.map((a) => (a.id === id ? { ...a, ...changes } : a)))
  const add = (): void => {
    const id = crypto.randomUUID()
    onChange([
      ...actions,
      {
        id,
        checkinId: props.checkinId,
        personId: props.personId,
        text: '',
        owner: 'employee',
        dueDate: null,
        isDone: false,
        doneDate: null,
        carriedFromId: null,
      },
    ])
    requestAnimationFrame(() => document.getElementById(`action-text-${id}`)?.focus())
  }
  return (
    <section className="card" aria-labelledby="actions-title">
      <div className="card-header">
        <h2 id="actions-title">Action items</h2>
        <button type="button" className="button" onClick={add}>
          <Plus size={16} aria-hidden /> Add action
        </button>
      </div>
      {actions.length === 0 ? (
        <p className="muted">
          No actions yet. Add what each of you will do before the next check-in.
        </p>
      ) : (
        <ul className="action-list">
          {actions.map((action, index) => {
            const problem = props.problems.get(action.id)
            const from = action.carriedFromId ? props.carriedFrom.get(action.carriedFromId) : null
            return (
              <li key={action.id}>
                <div className="field action-text-field">
                  <label htmlFor={`action-text-${action.id}`}>
                    Action {index + 1}
                    {action.carriedFromId ? (
                      <span className="badge">
                        Carried over{from ? ` from ${formatDate(from)}` : ''}
                      </span>
                    ) : null}
                  </label>
                  <input
                    id={`action-text-${action.id}`}
                    value={action.text}
                    maxLength={1000}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `action-error-${action.id}` : undefined}
                    onChange={(event) => update(action.id, { text: event.target.value })}
                  />
                  {problem ? (
                    <p id={`action-error-${action.id}`} className="field-error">
                      {problem}
                    </p>
                  ) : null}
                </div>
                <div className="field">
                  <label htmlFor={`action-owner-${action.id}`}>Owner</label>
                  <select
                    id={`action-owner-${action.id}`}
                    value={action.owner}
                    onChange={(event) =>
                      update(action.id, { owner: event.target.value as ActionItem['owner'] })
                    }
                  >
                    <option value="employee">Employee</option>
                    <option value="manager">Manager</option>
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`action-due-${action.id}`}>Due</label>
                  <input
                    id={`action-due-${action.id}`}
                    type="date"
                    value={action.dueDate ?? ''}
                    onChange={(event) => update(action.id, { dueDate: event.target.value || null })}
                  />
                </div>
                <label className="checkbox action-done">
                  <input
                    type="checkbox"
                    checked={action.isDone}
                    onChange={(event) =>
                      update(action.id, {
                        isDone: event.target.checked,
                        doneDate: event.target.checked ? props.today : null,
                      })
                    }
                  />
                  Done
                </label>
                <button
                  type="button"
                  className="icon-button"
                  title="Remove this action"
                  onClick={() => onChange(actions.filter((a) => a.id !== action.id))}
                >
                  <Trash2 size={16} aria-hidden />
                  <span className="visually-hidden">Remove action {index + 1}</span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
