import type { ReactNode } from 'react'
import { FieldError } from './Field'
import { CheckboxField } from './fields'

export interface ChecklistOption {
  value: string
  label: ReactNode
  /** A line below the box (a snippet, a reason), read out with it. */
  hint?: ReactNode
}

/**
 * Several ticks under one legend, held as the list of chosen values, with the error below them.
 * The first box carries the id (or, with nothing to choose, the note saying so), so a problem
 * with the choice moves focus there.
 */
export function ChecklistField(props: {
  id: string
  legend: ReactNode
  options: readonly ChecklistOption[]
  chosen: readonly string[]
  onChange: (chosen: string[]) => void
  /** Shown instead of the boxes when there is nothing to choose. */
  emptyNote: ReactNode
  error?: string
  isWide?: boolean
  /** The fieldset's class; the look of the group is the caller's. */
  className?: string
  /** The class of the box around the ticks (a grid of names, a scrolling list). */
  listClassName?: string
  /** Controls between the legend and the boxes (a filter, "Choose all"). */
  tools?: ReactNode
}) {
  const { id, options, chosen, onChange, error } = props
  const picked = new Set(chosen)
  const toggle = (value: string, isOn: boolean): void =>
    onChange(isOn ? [...new Set([...chosen, value])] : chosen.filter((other) => other !== value))
  return (
    <fieldset
      className={
        [props.isWide ? 'field-wide' : '', props.className ?? ''].join(' ').trim() || undefined
      }
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      {props.tools}
      {options.length === 0 ? (
        <p id={id} className="muted" tabIndex={-1}>
          {props.emptyNote}
        </p>
      ) : (
        <div className={props.listClassName}>
          {options.map((option, index) => (
            <CheckboxField
              key={option.value}
              id={index === 0 ? id : `${id}-${index}`}
              label={option.label}
              hint={option.hint}
              checked={picked.has(option.value)}
              onChange={(isOn) => toggle(option.value, isOn)}
            />
          ))}
        </div>
      )}
      {error ? <FieldError id={`${id}-error`} text={error} /> : null}
    </fieldset>
  )
}
