import type { ReactNode } from 'react'
import { FieldError } from './Field'

/**
 * Radio buttons under a legend, with the error below them. The first radio carries the id, so
 * a form that finds a problem here moves focus onto the group.
 */
export function ChoiceGroup<V extends string>(props: {
  id: string
  legend: ReactNode
  value: V | null
  options: ReadonlyArray<{ value: V; label: ReactNode }>
  onChange: (value: V) => void
  error?: string
  isWide?: boolean
  className?: string
}) {
  const { id, legend, value, options, onChange, error } = props
  const classes = ['radio-group', props.isWide ? 'field-wide' : '', props.className ?? '']
  return (
    <fieldset
      className={classes.filter(Boolean).join(' ')}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {options.map((option, index) => (
        <label key={option.value} className="radio">
          <input
            type="radio"
            id={index === 0 ? id : undefined}
            name={id}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
      {error ? <FieldError id={`${id}-error`} text={error} /> : null}
    </fieldset>
  )
}
