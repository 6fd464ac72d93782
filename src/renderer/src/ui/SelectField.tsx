import type { SelectHTMLAttributes } from 'react'
import { Field, splitFrame, type FieldFrame } from './form/Field'

export interface SelectOption {
  value: string
  label: string
  disabled?: boolean
}

/** A labelled native select: the one pattern every filter bar and form uses. */
export function SelectField(
  props: FieldFrame & {
    value: string
    options: SelectOption[]
    onChange: (value: string) => void
    /** A first option with the value "" ("Choose a person…", "None"). */
    placeholder?: string
  } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'className'>,
) {
  const [frame, { value, options, onChange, placeholder, ...rest }] = splitFrame(props)
  return (
    <Field {...frame}>
      {(aria) => (
        <select
          {...rest}
          {...aria}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

/** Options from records with an id and a name, sorted by name, after any fixed options. */
export function toOptions(
  records: Array<{ id: string; name: string }>,
  ...first: SelectOption[]
): SelectOption[] {
  const sorted = [...records].sort((a, b) => a.name.localeCompare(b.name))
  return [...first, ...sorted.map((record) => ({ value: record.id, label: record.name }))]
}
