import { Plus, Trash2 } from 'lucide-react'
import type { ReactNode } from 'react'
import { FieldError } from './Field'
import { IconButton } from '../IconButton'

/**
 * The repeated lines of a form (a campaign's steps, an initiative's skills): each a labelled
 * group with a remove button, a note while there are none, and the button that adds one. `id`
 * is the add button's, so a problem with the list as a whole ("add at least one") lands focus
 * there, with `error` shown under it.
 */
export function FormRows<T extends { id: string }>(props: {
  id: string
  legend: ReactNode
  rows: readonly T[]
  emptyNote?: ReactNode
  /** The fieldset's class; the rows' layout is the caller's (`rowClassName`). */
  className?: string
  rowClassName: string
  /** "Step 2": names the row's group and its remove button. */
  rowLabel: (index: number) => string
  addLabel: string
  onAdd: () => void
  onRemove: (index: number) => void
  error?: string
  children: (row: T, index: number) => ReactNode
}) {
  const { id, rows, rowClassName, rowLabel, onRemove, error, children } = props
  return (
    <fieldset className={props.className} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{props.legend}</legend>
      {rows.length === 0 && props.emptyNote ? <p className="muted">{props.emptyNote}</p> : null}
      {rows.map((row, index) => (
        <div key={row.id} className={rowClassName} role="group" aria-label={rowLabel(index)}>
          {children(row, index)}
          <IconButton
            label={`Remove ${rowLabel(index).toLocaleLowerCase()}`}
            icon={Trash2}
            onClick={() => onRemove(index)}
          />
        </div>
      ))}
      <button type="button" id={id} className="button" onClick={props.onAdd}>
        <Plus size={16} aria-hidden /> {props.addLabel}
      </button>
      {error ? <FieldError id={`${id}-error`} text={error} /> : null}
    </fieldset>
  )
}
