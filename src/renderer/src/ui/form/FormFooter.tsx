import type { ReactNode } from 'react'
import { FieldError } from './Field'

/**
 * The end of every form dialog: the form-level error (what no single field is to blame for),
 * then Cancel and the submit button, which shows the busy label and stays disabled while saving.
 */
export function FormFooter(props: {
  submitLabel: ReactNode
  /** Without it there is no Cancel button (a form inside a larger dialog). */
  onCancel?: () => void
  isBusy?: boolean
  busyLabel?: ReactNode
  error?: string | null
  cancelLabel?: string
  isSubmitDisabled?: boolean
  /** A destructive button (Delete…) at the start of the bar, or a note. */
  start?: ReactNode
}) {
  const { submitLabel, onCancel, isBusy, busyLabel, error, cancelLabel, isSubmitDisabled, start } =
    props
  return (
    <>
      {error ? <FieldError text={error} /> : null}
      <div className="modal-footer">
        {start ? <div className="modal-footer-start">{start}</div> : null}
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {cancelLabel ?? 'Cancel'}
          </button>
        ) : null}
        <button
          type="submit"
          className="button button-primary"
          disabled={Boolean(isBusy) || Boolean(isSubmitDisabled)}
          aria-busy={isBusy ? true : undefined}
        >
          {isBusy ? (busyLabel ?? 'Saving…') : submitLabel}
        </button>
      </div>
    </>
  )
}
