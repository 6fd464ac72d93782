import { useMemo } from 'react'
import {
  findGoalProblem,
  newGoal,
  readGoalDraft,
  toGoalDraft,
  type GoalDraft,
} from '../../../../shared/domain/goals/goal-form'
import { checkGoalQuality, countAlignedGoals } from '../../../../shared/domain/goals/quality'
import { listDescendantIds } from '../../../../shared/domain/goals/tree'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveGoal } from '../../db/repositories/goals'
import { toLabelledOptions } from '../../../../shared/domain/options/labelled'
import { GoalLevel, type Goal } from '../../../../shared/model'
import {
  bindText,
  CheckboxField,
  ChoiceGroup,
  DateField,
  DescriptionField,
  DialogForm,
  FormDialog,
  NumberField,
  SelectField,
  TextField,
  useForm,
} from '../../ui/form'
import { notify } from '../../ui/toast-store'
import { levelLabels, QualityFlags } from './GoalBits'
import { KeyResultRows, type GoalControl } from './KeyResultRows'
import { type GoalsData } from './use-goals-data'

const smartCriteria: Array<{ key: keyof GoalDraft['smart']; label: string; hint: string }> = [
  { key: 'specific', label: 'Specific', hint: 'It says exactly what will be different.' },
  {
    key: 'measurable',
    label: 'Measurable',
    hint: 'You can tell, with a number or a clear test, when it is done.',
  },
  {
    key: 'achievable',
    label: 'Achievable',
    hint: 'It is within reach with the time and help available.',
  },
  { key: 'relevant', label: 'Relevant', hint: 'It serves a team or company goal.' },
  { key: 'timeBound', label: 'Time-bound', hint: 'It has a date.' },
]

const styleOptions: Array<{ value: Goal['style']; label: string }> = [
  { value: 'okr', label: 'OKR (objective and key results)' },
  { value: 'smart', label: 'SMART goal' },
]

const levelOptions = toLabelledOptions(GoalLevel.options, levelLabels)

export interface GoalFormTarget {
  goal: Goal | null
  /** Defaults for a new goal. */
  period: string
  parentId?: string | null
}

function toDraft(target: GoalFormTarget, data: GoalsData): GoalDraft {
  const parent = target.parentId
    ? data.goals.find((goal) => goal.id === target.parentId)
    : undefined
  const goal = target.goal ?? newGoal(crypto.randomUUID(), target.period, parent)
  return toGoalDraft(goal, data.keyResults)
}

export function GoalFormDialog(props: {
  target: GoalFormTarget | null
  data: GoalsData
  onClose: () => void
}) {
  const { target, data, onClose } = props
  return (
    <FormDialog
      title={target?.goal ? `Edit “${target.goal.title}”` : 'Add a goal'}
      isOpen={target !== null}
      onClose={onClose}
      isWide
    >
      {target ? <GoalForm target={target} data={data} onClose={onClose} /> : null}
    </FormDialog>
  )
}

function GoalForm(props: { target: GoalFormTarget; data: GoalsData; onClose: () => void }) {
  const { target, data, onClose } = props
  const { db } = useCurrentWorkspace()
  const form = useForm<GoalDraft, GoalControl>({
    idPrefix: 'goal',
    initial: () => toDraft(target, data),
    check: findGoalProblem,
    // saveGoal refuses a parent that is gone or would make a loop.
    fieldOfError: (text) => (/aligned/.test(text) ? 'parentId' : 'form'),
    save: async (draft) => {
      const { goal, keyResults } = readGoalDraft(draft)
      await saveGoal(db, goal, keyResults)
      notify('success', target.goal ? `Saved “${goal.title}”.` : `Added the goal “${goal.title}”.`)
      onClose()
    },
  })
  const { draft, set } = form

  const parentOptions = useMemo(() => {
    const excluded = listDescendantIds(draft.id, data.goals)
    return data.goals
      .filter(
        (goal) =>
          !excluded.has(goal.id) && (goal.period === draft.period || goal.id === draft.parentId),
      )
      .filter((goal) => goal.level !== 'person' || goal.id === draft.parentId)
      .sort((a, b) => a.level.localeCompare(b.level) || a.title.localeCompare(b.title))
      .map((goal) => ({ value: goal.id, label: `${levelLabels[goal.level]}: ${goal.title}` }))
  }, [data.goals, draft.id, draft.period, draft.parentId])
  const ownerOptions = data.people
    .filter((person) => person.status === 'active' || person.id === draft.ownerPersonId)
    .map((person) => ({ value: person.id, label: person.displayName }))

  const preview = readGoalDraft(draft)
  const flags = checkGoalQuality(
    { ...preview.goal, smart: draft.smart },
    preview.keyResults,
    countAlignedGoals(draft.id, data.goals),
  )

  return (
    <DialogForm
      form={form}
      submitLabel={target.goal ? 'Save goal' : 'Add goal'}
      onCancel={onClose}
      className="goal-form"
    >
      <div className="form-grid">
        <TextField
          {...bindText(form, 'title')}
          label={draft.style === 'okr' ? 'Objective' : 'Goal'}
          isWide
          autoFocus
          maxLength={300}
        />
        <DescriptionField {...bindText(form, 'description')} />
        <ChoiceGroup
          id="goal-style"
          legend="Style"
          className="field-wide goal-style-choice"
          value={draft.style}
          options={styleOptions}
          onChange={(value) => set('style', value)}
        />
        <SelectField {...bindText(form, 'level')} label="Level" options={levelOptions} />
        <TextField {...bindText(form, 'period')} label="Period" maxLength={20} />
        <SelectField
          {...bindText(form, 'parentId')}
          label="Aligned to"
          placeholder="Nothing (a top-level goal)"
          options={parentOptions}
        />
        {draft.level !== 'company' ? (
          <SelectField
            {...bindText(form, 'teamId')}
            label="Team"
            placeholder="Choose a team"
            options={data.teams.map((team) => ({ value: team.id, label: team.name }))}
          />
        ) : null}
        <SelectField
          {...bindText(form, 'ownerPersonId')}
          label="Owner"
          placeholder="Nobody yet"
          options={ownerOptions}
        />
        <DateField {...bindText(form, 'dueDate')} label="Due date" />
        <NumberField
          {...bindText(form, 'weight')}
          label="Weight in its parent"
          min={0}
          step="any"
        />
      </div>

      {draft.style === 'smart' ? (
        <fieldset className="goal-smart">
          <legend>SMART checklist</legend>
          {smartCriteria.map((criterion) => (
            <CheckboxField
              key={criterion.key}
              id={`goal-smart-${criterion.key}`}
              label={<strong>{criterion.label}</strong>}
              hint={criterion.hint}
              checked={draft.smart[criterion.key]}
              onChange={(checked) => set('smart', { ...draft.smart, [criterion.key]: checked })}
            />
          ))}
        </fieldset>
      ) : null}

      <KeyResultRows form={form} kpis={data.kpis} />

      {flags.length > 0 ? (
        <div className="goal-quality-preview" role="status">
          <p className="muted">The quality check will flag this goal:</p>
          <QualityFlags flags={flags} isDetailed />
        </div>
      ) : null}
    </DialogForm>
  )
}
