import {
  emptyKeyResultDraft,
  type GoalDraft,
  type GoalFormField,
  type KeyResultDraft,
} from '../../../../shared/domain/goals/goal-form'
import type { Kpi } from '../../../../shared/model'
import { FormRows, NumberField, SelectField, TextField, type FormState } from '../../ui/form'

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
  const setKr = <K extends keyof KeyResultDraft>(
    index: number,
    key: K,
    value: KeyResultDraft[K],
  ): void => {
    form.update((current) => ({
      ...current,
      keyResults: current.keyResults.map((kr, i) => (i === index ? { ...kr, [key]: value } : kr)),
    }))
    if (form.problem?.field === `kr-${index}-${key}`) form.setProblem(null)
  }
  const changeRows = (keyResults: KeyResultDraft[]): void => {
    form.set('keyResults', keyResults)
    // Errors name rows by position, which has just changed.
    if (form.problem?.field.startsWith('kr-')) form.setProblem(null)
  }

  return (
    <FormRows
      legend={`Key results${draft.style === 'smart' ? ' (optional for a SMART goal)' : ''}`}
      rows={draft.keyResults}
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
      onAdd={() => changeRows([...draft.keyResults, emptyKeyResultDraft(crypto.randomUUID())])}
      onRemove={(index) => changeRows(draft.keyResults.filter((_, i) => i !== index))}
    >
      {(kr, index) => (
        <>
          <TextField
            {...form.field(`kr-${index}-title`)}
            className="goal-kr-title"
            label="Metric"
            value={kr.title}
            maxLength={300}
            onChange={(value) => setKr(index, 'title', value)}
          />
          <TextField
            {...form.field(`kr-${index}-unit`)}
            className="goal-kr-unit"
            label="Unit"
            value={kr.unit}
            maxLength={30}
            onChange={(value) => setKr(index, 'unit', value)}
          />
          <SelectField
            {...form.field(`kr-${index}-direction`)}
            className="goal-kr-direction"
            label="Direction"
            value={kr.direction}
            options={directionOptions}
            onChange={(value) => setKr(index, 'direction', value as KeyResultDraft['direction'])}
          />
          {numberFields.map(([key, label]) => (
            <NumberField
              key={key}
              {...form.field(`kr-${index}-${key}`)}
              className={`goal-kr-${key}`}
              label={label}
              step="any"
              value={kr[key]}
              onChange={(value) => setKr(index, key, value)}
            />
          ))}
          <SelectField
            {...form.field(`kr-${index}-kpiId`)}
            className="goal-kr-kpi"
            label="KPI"
            value={kr.kpiId}
            placeholder="None"
            options={kpis.map((kpi) => ({ value: kpi.id, label: kpi.name }))}
            onChange={(value) => setKr(index, 'kpiId', value)}
          />
        </>
      )}
    </FormRows>
  )
}
