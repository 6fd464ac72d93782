import { Plus, Trash2 } from 'lucide-react'
import type { ReactNode } from 'react'

/**
 * The repeated lines of a form (key results, skill needs): each a labelled group with a remove
 * button, an empty note while there are none, and the button that adds one.
 */
export function FormRows<T extends { id: string }>(props: {
  legend: ReactNode
  rows: T[]
  emptyNote: ReactNode
  rowClassName: string
  removeClassName?: string
  rowLabel: (index: number) => string
  addLabel: string
  onAdd: () => void
  onRemove: (index: number) => void
  children: (row: T, index: number) => ReactNode
}) {
  const { legend, rows, rowClassName, rowLabel, onRemove, children } = props
  return (
    <fieldset className="goal-krs">
      <legend>{legend}</legend>
      {rows.length === 0 ? <p className="muted">{props.emptyNote}</p> : null}
      {rows.map((row, index) => (
        <div key={row.id} className={rowClassName} role="group" aria-label={rowLabel(index)}>
          {children(row, index)}
          <button
            type="button"
            className={['icon-button', props.removeClassName ?? ''].filter(Boolean).join(' ')}
            aria-label={`Remove ${rowLabel(index).toLocaleLowerCase()}`}
            title={`Remove this ${rowLabel(index).replace(/ \d+$/, '').toLocaleLowerCase()}`}
            onClick={() => onRemove(index)}
          >
            <Trash2 size={16} aria-hidden />
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={props.onAdd}>
        <Plus size={16} aria-hidden /> {props.addLabel}
      </button>
    </fieldset>
  )
}
