import {
  findAssumptionsProblem,
  readAssumptionsDraft,
  toAssumptionsDraft,
  type AssumptionsDraft,
} from '../../../../shared/domain/evaluation/forms'
import { readAssumptions } from '../../../../shared/domain/evaluation/roi'
import type { Kpi, TrainingInitiative } from '../../../../shared/model'
import { writeWithUndo } from '../../app/undo'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveEvaluationAssumptions } from '../../db/repositories/evaluations'
import {
  bindText,
  DialogForm,
  FormDialog,
  NumberField,
  TextAreaField,
  TextField,
  useForm,
} from '../../ui/form'

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
    <FormDialog title="ROI assumptions" isOpen={initiative !== null} onClose={onClose}>
      {initiative ? <AssumptionsForm {...props} initiative={initiative} /> : null}
    </FormDialog>
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
    initial: () => toAssumptionsDraft(readAssumptions(initiative)),
    check: findAssumptionsProblem,
    save: async (draft) => {
      // Confirmed in a toast with Undo, which puts the previous assumptions back.
      await writeWithUndo(
        db,
        () => saveEvaluationAssumptions(db, initiative.id, readAssumptionsDraft(draft)),
        `Saved the ROI assumptions of “${initiative.title}”.`,
      )
      onClose()
    },
  })

  const unit = !kpi
    ? 'unit'
    : kpi.unit === '%'
      ? 'percentage point'
      : kpi.unit === '' || kpi.unit === 'score'
        ? 'unit'
        : kpi.unit
  return (
    <DialogForm form={form} submitLabel="Save assumptions" onCancel={onClose}>
      <p className="muted assumptions-intro">
        {kpi
          ? `Benefit = improvement in ${kpi.name} × value per unit a month${kpi.scope === 'person' ? ' × participants' : ''} × share credited × months counted. These figures are yours: they are shown beside every ROI.`
          : 'This training has no KPI yet, so there is no benefit to value. The windows still set when behaviour evidence counts.'}
      </p>
      {/* Text, not a number input: a typed "€250" or "a lot" gets a message instead of being
          emptied by the browser, which would save "no value" without a word. */}
      <TextField
        {...bindText(form, 'value')}
        label={`Value a month of one ${unit} of improvement${kpi ? ` in ${kpi.name}` : ''}, ${currency}`}
        hint="Leave it empty while nobody can put a figure on it: the ROI then says so."
        inputMode="decimal"
      />
      <div className="form-grid">
        <NumberField
          {...bindText(form, 'attribution')}
          label="Share credited"
          hint="Of the KPI change, to this training; the rest has other causes."
          unit="%"
          min={0}
          max={100}
          step="any"
        />
        <NumberField
          {...bindText(form, 'months')}
          label="Months counted"
          hint="How long the benefit lasts after each person finishes."
          unit="months"
          inputMode="numeric"
          min={1}
          max={60}
          step={1}
        />
        {windowFields.map(([name, label]) => (
          <NumberField
            key={name}
            {...bindText(form, name)}
            label={label}
            inputMode="numeric"
            min={7}
            max={730}
            step={1}
          />
        ))}
      </div>
      <TextAreaField
        {...bindText(form, 'note')}
        label="Where the value comes from"
        rows={4}
        maxLength={2000}
      />
    </DialogForm>
  )
}
