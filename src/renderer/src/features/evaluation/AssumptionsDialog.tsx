import {
  findAssumptionsProblem,
  readAssumptionsDraft,
  toAssumptionsDraft,
  type AssumptionsDraft,
} from '../../../../shared/domain/evaluation/forms'
import type { Kpi, TrainingInitiative } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveEvaluationAssumptions } from '../../db/repositories/evaluations'
import { DialogForm, NumberField, TextAreaField, TextField, useForm } from '../../ui/form'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'

const windowFields = [
  ['before', 'Days before the start'],
  ['after', 'Days after the end'],
] as const

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

function AssumptionsForm(props: {
  initiative: TrainingInitiative
  kpi: Kpi | null
  currency: string
  onClose: () => void
}) {
  const { initiative, kpi, currency, onClose } = props
  const { db } = useCurrentWorkspace()
  const form = useForm<AssumptionsDraft, keyof AssumptionsDraft>({
    idPrefix: 'assumption',
    initial: () => toAssumptionsDraft(initiative.evaluationAssumptions),
    check: findAssumptionsProblem,
    save: async (draft) => {
      await saveEvaluationAssumptions(db, initiative.id, readAssumptionsDraft(draft))
      notify('success', `Saved the ROI assumptions of “${initiative.title}”.`)
      onClose()
    },
  })
  const { draft, set } = form

  const unit = kpi
    ? `${kpi.name}${kpi.unit ? ` (${kpi.unit === '%' ? 'percentage point' : kpi.unit})` : ''}`
    : null
  return (
    <DialogForm form={form} submitLabel="Save assumptions" onCancel={onClose}>
      <p className="muted">
        {kpi
          ? `Benefit = improvement in ${kpi.name} × value per unit${kpi.scope === 'person' ? ' × participants' : ''}. These figures are yours: they are shown beside every ROI.`
          : 'This training has no KPI yet, so there is no benefit to value. The windows still set when behaviour evidence counts.'}
      </p>
      {/* Text, not a number input: a typed "€250" or "a lot" gets a message instead of being
          emptied by the browser, which would save "no value" without a word. */}
      <TextField
        {...form.field('value')}
        label={`Value of one unit of improvement${unit ? ` in ${unit}` : ''}, ${currency}`}
        inputMode="decimal"
        value={draft.value}
        onChange={(value) => set('value', value)}
      />
      <div className="form-grid">
        {windowFields.map(([name, label]) => (
          <NumberField
            key={name}
            {...form.field(name)}
            label={label}
            inputMode="numeric"
            min={7}
            max={730}
            step={1}
            value={draft[name]}
            onChange={(value) => set(name, value)}
          />
        ))}
      </div>
      <TextAreaField
        {...form.field('note')}
        label="Where the value comes from"
        rows={2}
        maxLength={2000}
        value={draft.note}
        onChange={(value) => set('note', value)}
      />
    </DialogForm>
  )
}
