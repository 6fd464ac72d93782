import type { ReactNode } from 'react'

/** What every labelled control shares: an id, a label, an optional hint and the error that `useForm` found. */
export interface FieldFrame {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string | null
  /** Spans both columns of a `.form-grid`. */
  isWide?: boolean
  /** Read out but not drawn, where the row already says what the field is (an "add" row). */
  isLabelHidden?: boolean
  className?: string
}

/** Splits a field part's props into its frame (label, hint, error, layout) and the rest. */
export function splitFrame<P extends FieldFrame>(
  props: P,
): [FieldFrame, Omit<P, keyof FieldFrame>] {
  const { id, label, hint, error, isWide, isLabelHidden, className, ...rest } = props
  return [{ id, label, hint, error, isWide, isLabelHidden, className }, rest]
}

/** The attributes a control needs so that its label, hint and error are announced with it. */
export interface ControlAria {
  id: string
  'aria-invalid'?: true
  'aria-describedby'?: string
}

export function describeControl(frame: FieldFrame): ControlAria {
  const described = [frame.hint ? `${frame.id}-hint` : '', frame.error ? `${frame.id}-error` : '']
    .filter(Boolean)
    .join(' ')
  return {
    id: frame.id,
    ...(frame.error ? { 'aria-invalid': true as const } : {}),
    ...(described ? { 'aria-describedby': described } : {}),
  }
}

/** A label above its control, the hint and then the error below it. */
export function Field(props: FieldFrame & { children: (aria: ControlAria) => ReactNode }) {
  const { id, label, hint, error, isWide, isLabelHidden, className, children } = props
  const classes = ['field', isWide ? 'field-wide' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <div className={classes}>
      <label htmlFor={id} className={isLabelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children(describeControl(props))}
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? <FieldError id={`${id}-error`} text={error} /> : null}
    </div>
  )
}

export function FieldError(props: { id?: string; text: string }) {
  return (
    <p id={props.id} className="field-error" role="alert">
      {props.text}
    </p>
  )
}
