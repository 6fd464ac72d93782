import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react'
import { Field, FieldError, describeControl, splitFrame, type FieldFrame } from './Field'

type InputRest = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'type' | 'className'
>

/** A one-line text input with its label, hint and error. */
export function TextField(
  props: FieldFrame & {
    value: string
    onChange: (value: string) => void
    type?: 'text' | 'email' | 'search' | 'password' | 'url' | 'tel'
  } & InputRest,
) {
  const [frame, { value, onChange, type, ...rest }] = splitFrame(props)
  return (
    <Field {...frame}>
      {(aria) => (
        <input
          {...rest}
          {...aria}
          type={type ?? 'text'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}

/** A multi-line text input. */
export function TextAreaField(
  props: FieldFrame & {
    value: string
    onChange: (value: string) => void
  } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'className'>,
) {
  const [frame, { value, onChange, ...rest }] = splitFrame(props)
  return (
    <Field {...frame}>
      {(aria) => (
        <textarea
          rows={3}
          {...rest}
          {...aria}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}

/**
 * A number typed as text: the draft keeps what the user typed ("", "1.", "-") and the zod schema
 * in `src/shared` decides whether it is a number, so a half-typed value is never silently lost.
 */
export function NumberField(
  props: FieldFrame & {
    value: string | number
    onChange: (value: string) => void
    min?: number
    max?: number
    step?: number | 'any'
    /** Shown after the input: a currency, "hours", "%". */
    unit?: ReactNode
  } & Omit<InputRest, 'min' | 'max' | 'step'>,
) {
  const [frame, { value, onChange, unit, ...rest }] = splitFrame(props)
  return (
    <Field {...frame}>
      {(aria) => {
        const input = (
          <input
            inputMode="decimal"
            {...rest}
            {...aria}
            type="number"
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )
        return unit ? (
          <span className="input-with-unit">
            {input}
            <span className="input-unit">{unit}</span>
          </span>
        ) : (
          input
        )
      }}
    </Field>
  )
}

/** A calendar date as YYYY-MM-DD ("" when empty). */
export function DateField(
  props: FieldFrame & {
    value: string
    onChange: (value: string) => void
    min?: string
    max?: string
  } & Omit<InputRest, 'min' | 'max'>,
) {
  const [frame, { value, onChange, ...rest }] = splitFrame(props)
  return (
    <Field {...frame}>
      {(aria) => (
        <input
          {...rest}
          {...aria}
          type="date"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}

/** A checkbox with its label to the right, and an optional hint below. */
export function CheckboxField(props: {
  id?: string
  label: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  hint?: ReactNode
  /** Shown below it (needs `id`), for a tick the form requires. */
  error?: string | null
  isWide?: boolean
  disabled?: boolean
}) {
  const { id, label, checked, onChange, hint, error, isWide, disabled } = props
  const frame: FieldFrame = { id: id ?? '', label, hint, error }
  return (
    <div className={isWide ? 'checkbox-field field-wide' : 'checkbox-field'}>
      <label className="checkbox">
        <input
          type="checkbox"
          {...(id ? describeControl(frame) : {})}
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      {hint && id ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error && id ? <FieldError id={`${id}-error`} text={error} /> : null}
    </div>
  )
}
