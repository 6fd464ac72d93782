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
            {...form.field(`kr-${index}-title`)}
            className="goal-kr-title"
            label="Metric"
            value={kr.title}
            maxLength={300}
            onChange={(value) => keyResults.setRow(index, 'title', value)}
          />
          <TextField
            {...form.field(`kr-${index}-unit`)}
            className="goal-kr-unit"
            label="Unit"
            value={kr.unit}
            maxLength={30}
            onChange={(value) => keyResults.setRow(index, 'unit', value)}
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
              {...form.field(`kr-${index}-${key}`)}
              className={`goal-kr-${key}`}
              label={label}
              step="any"
              value={kr[key]}
              onChange={(value) => keyResults.setRow(index, key, value)}
            />
          ))}
          <SelectField
            {...form.field(`kr-${index}-kpiId`)}
            className="goal-kr-kpi"
            label="KPI"
            value={kr.kpiId}
            placeholder="None"
            options={kpis.map((kpi) => ({ value: kpi.id, label: kpi.name }))}
            onChange={(value) => keyResults.setRow(index, 'kpiId', value)}
          />
        </>
      )}
    </FormRows>
  )
}
