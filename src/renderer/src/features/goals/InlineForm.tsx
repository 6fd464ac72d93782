import type { ReactNode } from 'react'
import { FieldError, type FormState } from '../../ui/form'

/** A form on the page itself (not in a dialog): its fields, the submit button, then the form's error. */
export function InlineForm<D, F extends string>(props: {
  form: FormState<D, F>
  submitLabel: string
  className: string
  isPrimary?: boolean
  label?: string
  children: ReactNode
}) {
  const { form, submitLabel, className, isPrimary, label, children } = props
  return (
    <form className={className} onSubmit={form.submit} noValidate aria-label={label}>
      {children}
      <button
        type="submit"
        className={isPrimary ? 'button button-primary' : 'button'}
        disabled={form.isBusy}
        aria-busy={form.isBusy ? true : undefined}
      >
        {submitLabel}
      </button>
      {form.formError ? <FieldError text={form.formError} /> : null}
    </form>
  )
}
