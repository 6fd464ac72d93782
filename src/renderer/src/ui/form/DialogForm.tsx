import type { ReactNode } from 'react'
import { FormFooter } from './FormFooter'
import type { FormState } from './use-form'

/** A form inside a `Modal`: its fields, then the shared footer wired to the form's state. */
export function DialogForm<D, F extends string>(props: {
  form: FormState<D, F>
  submitLabel: ReactNode
  busyLabel?: ReactNode
  /** Without it there is no Cancel button (a form inside a larger dialog). */
  onCancel?: () => void
  cancelLabel?: string
  children: ReactNode
  /** Lays the fields out in two columns (`isWide` fields span both). */
  isGrid?: boolean
  footerStart?: ReactNode
  isSubmitDisabled?: boolean
  className?: string
}) {
  const { form, children, isGrid, className } = props
  return (
    <form onSubmit={form.submit} noValidate className={className}>
      {isGrid ? <div className="form-grid">{children}</div> : children}
      <FormFooter
        submitLabel={props.submitLabel}
        busyLabel={props.busyLabel}
        onCancel={props.onCancel}
        cancelLabel={props.cancelLabel}
        isBusy={form.isBusy}
        error={form.formError}
        start={props.footerStart}
        isSubmitDisabled={props.isSubmitDisabled}
      />
    </form>
  )
}
