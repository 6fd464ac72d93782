import { useState, type FormEvent } from 'react'
import type { Kpi, TrainingInitiative } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveEvaluationAssumptions } from '../../db/repositories/evaluations'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'

export function AssumptionsDialog(props: {
  initiative: TrainingInitiative | null
  kpi: Kpi | null
  currency: string
  onClose: () => void
}) {
  const { initiative, onClose } = props
  return (
    <Modal title="ROI assumptions" isOpen={initiative !== null} onClose={onClose}>
      {initiative ? <AssumptionsForm {...props} initiative={initiative} /> : null}
    </Modal>
  )
}

function parseWindow(text: string): number | null {
  const value = Number(text)
  return Number.isInteger(value) && value >= 7 && value <= 730 ? value : null
}

function AssumptionsForm(props: {
  initiative: TrainingInitiative
  kpi: Kpi | null
  currency: string
  onClose: () => void
}) {
  const { initiative, kpi, currency, onClose } = props
  const { db } = useCurrentWorkspace()
  const current = initiative.evaluationAssumptions
  const [value, setValue] = useState(
    current.valuePerUnit === null ? '' : String(current.valuePerUnit),
  )
  const [before, setBefore] = useState(String(current.windowBeforeDays))
  const [after, setAfter] = useState(String(current.windowAfterDays))
  const [note, setNote] = useState(current.note)
  const [errors, setErrors] = useState<Record<string, string>>({})

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const next: Record<string, string> = {}
    const valuePerUnit = value.trim() === '' ? null : Number(value)
    if (valuePerUnit !== null && !Number.isFinite(valuePerUnit)) {
      next.value = 'Enter an amount, such as 250, or leave it empty.'
    }
    const windowBeforeDays = parseWindow(before)
    if (windowBeforeDays === null) next.before = 'Enter whole days between 7 and 730.'
    const windowAfterDays = parseWindow(after)
    if (windowAfterDays === null) next.after = 'Enter whole days between 7 and 730.'
    setErrors(next)
    if (Object.keys(next).length > 0) return
    try {
      await saveEvaluationAssumptions(db, initiative.id, {
        valuePerUnit,
        windowBeforeDays: windowBeforeDays!,
        windowAfterDays: windowAfterDays!,
        note: note.trim(),
      })
      notify('success', `Saved the ROI assumptions of “${initiative.title}”.`)
      onClose()
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) })
    }
  }

  const unit = kpi
    ? `${kpi.name}${kpi.unit ? ` (${kpi.unit === '%' ? 'percentage point' : kpi.unit})` : ''}`
    : null
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p className="muted">
        {kpi
          ? `Benefit = improvement in ${kpi.name} × value per unit${kpi.scope === 'person' ? ' × participants' : ''}. These figures are yours: they are shown beside every ROI.`
          : 'This training has no KPI yet, so there is no benefit to value. The windows still set when behaviour evidence counts.'}
      </p>
      <div className="field">
        <label htmlFor="assumption-value">
          Value of one unit of improvement{unit ? ` in ${unit}` : ''}, {currency}
        </label>
        <input
          id="assumption-value"
          inputMode="decimal"
          value={value}
          aria-invalid={errors.value ? true : undefined}
          aria-describedby={errors.value ? 'assumption-value-error' : undefined}
          onChange={(event) => setValue(event.target.value)}
        />
        {errors.value ? (
          <p id="assumption-value-error" className="field-error">
            {errors.value}
          </p>
        ) : null}
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="assumption-before">Days before the start</label>
          <input
            id="assumption-before"
            inputMode="numeric"
            value={before}
            aria-invalid={errors.before ? true : undefined}
            aria-describedby={errors.before ? 'assumption-before-error' : undefined}
            onChange={(event) => setBefore(event.target.value)}
          />
          {errors.before ? (
            <p id="assumption-before-error" className="field-error">
              {errors.before}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="assumption-after">Days after the end</label>
          <input
            id="assumption-after"
            inputMode="numeric"
            value={after}
            aria-invalid={errors.after ? true : undefined}
            aria-describedby={errors.after ? 'assumption-after-error' : undefined}
            onChange={(event) => setAfter(event.target.value)}
          />
          {errors.after ? (
            <p id="assumption-after-error" className="field-error">
              {errors.after}
            </p>
          ) : null}
        </div>
      </div>
      <div className="field">
        <label htmlFor="assumption-note">Where the value comes from</label>
        <textarea
          id="assumption-note"
          rows={2}
          value={note}
          maxLength={2000}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {errors.form ? (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          Save assumptions
        </button>
      </div>
    </form>
  )
}
