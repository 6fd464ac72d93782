import { Plus, Trash2 } from 'lucide-react'
import type { ActionItem } from '../../../../shared/model'
import { CheckboxField, DateField, SelectField, TextField } from '../../ui/form'
import { formatDate } from '../../ui/format'
import { IconButton } from '../../ui/IconButton'

const ownerOptions: Array<{ value: ActionItem['owner']; label: string }> = [
  { value: 'employee', label: 'Employee' },
  { value: 'manager', label: 'Manager' },
]

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
            const from = action.carriedFromId ? props.carriedFrom.get(action.carriedFromId) : null
            return (
              <li key={action.id}>
                <TextField
                  id={`action-text-${action.id}`}
                  className="action-text-field"
                  label={
                    <>
                      Action {index + 1}
                      {action.carriedFromId ? (
                        <span className="badge">
                          Carried over{from ? ` from ${formatDate(from)}` : ''}
                        </span>
                      ) : null}
                    </>
                  }
                  maxLength={1000}
                  error={props.problems.get(action.id)}
                  value={action.text}
                  onChange={(value) => update(action.id, { text: value })}
                />
                <SelectField
                  id={`action-owner-${action.id}`}
                  label="Owner"
                  value={action.owner}
                  options={ownerOptions}
                  onChange={(value) =>
                    update(action.id, { owner: value === 'manager' ? 'manager' : 'employee' })
                  }
                />
                <DateField
                  id={`action-due-${action.id}`}
                  label="Due"
                  value={action.dueDate ?? ''}
                  onChange={(value) => update(action.id, { dueDate: value || null })}
                />
                <CheckboxField
                  id={`action-done-${action.id}`}
                  label="Done"
                  checked={action.isDone}
                  onChange={(checked) =>
                    update(action.id, { isDone: checked, doneDate: checked ? props.today : null })
                  }
                />
                <IconButton
                  label={`Remove action ${index + 1}`}
                  icon={Trash2}
                  onClick={() => onChange(actions.filter((a) => a.id !== action.id))}
                />
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
