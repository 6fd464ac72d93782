import {
  emptyKeyResultDraft,
  type GoalDraft,
  type GoalFormField,
  type KeyResultDraft,
} from '../../../../shared/domain/goals/goal-form'
import type { Kpi } from '../../../../shared/model'
import {
  bindRows,
  FormRows,
  NumberField,
  SelectField,
  TextField,
  type FormState,
} from '../../ui/form'

/** Every control of the goal form, named as `useForm` ids it (`goal-${name}`). */
export type GoalControl =
  | GoalFormField
  | 'description'
  | 'level'
  | 'parentId'
  | `kr-${number}-${'unit' | 'direction' | 'kpiId'}`

const numberFields = [
  ['baseline', 'Baseline'],
  ['target', 'Target'],
  ['current', 'Current'],
  ['weight', 'Weight'],
] as const

const directionOptions = [
  { value: 'increase', label: 'Increase' },
  { value: 'decrease', label: 'Decrease' },
]

/** The goal form's key results: metric, unit, direction, the numbers and the KPI it moves. */
export function KeyResultRows(props: { form: FormState<GoalDraft, GoalControl>; kpis: Kpi[] }) {
  const { form, kpis } = props
  const { draft } = form
  const keyResults = bindRows(form, 'keyResults', 'kr')

  return (
    <FormRows
      legend={`Key results${draft.style === 'smart' ? ' (optional for a SMART goal)' : ''}`}
      rows={keyResults.rows}
      emptyNote={
        draft.style === 'okr'
          ? 'An objective needs at least one key result to be measurable: add the metric, where it starts and where it should get to.'
          : 'Add a key result to measure this goal with a number.'
      }
      rowClassName="goal-kr-row"
      id="goal-add-key-result"
      className="goal-krs"
      rowLabel={(index) => `Key result ${index + 1}`}
      addLabel="Add a key result"
      onAdd={() => keyResults.add(emptyKeyResultDraft(crypto.randomUUID()))}
      onRemove={keyResults.remove}
    >
      {(kr, index) => (
        <>
          <TextField
            {...keyResults.field(index, 'title')}
            className="goal-kr-title"
            label="Metric"
            maxLength={300}
          />
          <TextField
            {...keyResults.field(index, 'unit')}
            className="goal-kr-unit"
            label="Unit"
            maxLength={30}
          />
          <SelectField
            {...form.field(`kr-${index}-direction`)}
            className="goal-kr-direction"
            label="Direction"
            value={kr.direction}
            options={directionOptions}
            onChange={(value) =>
              keyResults.setRow(index, 'direction', value as KeyResultDraft['direction'])
            }
          />
          {numberFields.map(([key, label]) => (
            <NumberField
              key={key}
              {...keyResults.field(index, key)}
              className={`goal-kr-${key}`}
              label={label}
              step="any"
            />
          ))}
          <SelectField
            {...keyResults.field(index, 'kpiId')}
            className="goal-kr-kpi"
            label="KPI"
            placeholder="None"
            options={kpis.map((kpi) => ({ value: kpi.id, label: kpi.name }))}
          />
        </>
      )}
    </FormRows>
  )
}
