import { Plus, Trash2 } from 'lucide-react'
import { useMemo, useState, type FormEvent } from 'react'
import { parsePeriodKey } from '../../../../shared/domain/goals/periods'
import { checkGoalQuality, countAlignedGoals } from '../../../../shared/domain/goals/quality'
import { listDescendantIds } from '../../../../shared/domain/goals/tree'
import type { Goal, KeyResult } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveGoal } from '../../db/repositories/goals'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { levelLabels, QualityFlags } from './GoalBits'
import { type GoalsData } from './use-goals-data'
import { describeError } from '../../ui/format'

type KrDraft = {
  id: string
  title: string
  unit: string
  direction: KeyResult['direction']
  baseline: string
  target: string
  current: string
  weight: string
  kpiId: string
}

type Draft = Omit<
  Goal,
  'weight' | 'smart' | 'parentId' | 'teamId' | 'ownerPersonId' | 'dueDate'
> & {
  weight: string
  parentId: string
  teamId: string
  ownerPersonId: string
  dueDate: string
  smart: NonNullable<Goal['smart']>
  keyResults: KrDraft[]
}

const smartCriteria: Array<{ key: keyof Draft['smart']; label: string; hint: string }> = [
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

function toKrDraft(kr: KeyResult): KrDraft {
  return {
    id: kr.id,
    title: kr.title,
    unit: kr.unit,
    direction: kr.direction,
    baseline: String(kr.baseline),
    target: String(kr.target),
    current: String(kr.current),
    weight: String(kr.weight),
    kpiId: kr.kpiId ?? '',
  }
}

function emptyKr(): KrDraft {
  return {
    id: crypto.randomUUID(),
    title: '',
    unit: '',
    direction: 'increase',
    baseline: '',
    target: '',
    current: '',
    weight: '1',
    kpiId: '',
  }
}

export interface GoalFormTarget {
  goal: Goal | null
  /** Defaults for a new goal. */
  period: string
  parentId?: string | null
}

function toDraft(target: GoalFormTarget, data: GoalsData): Draft {
  const parent = target.parentId
    ? data.goals.find((goal) => goal.id === target.parentId)
    : undefined
  const goal: Goal = target.goal ?? {
    id: crypto.randomUUID(),
    title: '',
    description: '',
    level: parent?.level === 'company' ? 'team' : parent ? 'person' : 'company',
    style: 'okr',
    period: target.period,
    parentId: parent?.id ?? null,
    teamId: parent?.teamId ?? null,
    ownerPersonId: null,
    dueDate: null,
    status: 'active',
    weight: 1,
    smart: null,
    skillIds: [],
    carriedFromId: null,
  }
  return {
    ...goal,
    weight: String(goal.weight),
    parentId: goal.parentId ?? '',
    teamId: goal.teamId ?? '',
    ownerPersonId: goal.ownerPersonId ?? '',
    dueDate: goal.dueDate ?? '',
    smart: goal.smart ?? {
      specific: false,
      measurable: false,
      achievable: false,
      relevant: false,
      timeBound: false,
    },
    keyResults: data.keyResults.filter((kr) => kr.goalId === goal.id).map(toKrDraft),
  }
}

type Errors = Record<string, string>

function readNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '' || !/^-?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null
  return Number(trimmed)
}

function validate(draft: Draft): { errors: Errors; goal: Goal | null; keyResults: KeyResult[] } {
  const errors: Errors = {}
  if (!draft.title.trim()) errors['goal-title'] = 'Give the goal a title.'
  if (!parsePeriodKey(draft.period))
    errors['goal-period'] = 'Write the period as a quarter, like 2026-Q3.'
  if (draft.level === 'team' && !draft.teamId)
    errors['goal-team'] = 'Choose the team this goal belongs to.'
  if (draft.level === 'person' && !draft.ownerPersonId)
    errors['goal-owner'] = 'Choose the person whose goal this is.'
  const weight = readNumber(draft.weight)
  if (weight === null || weight < 0) errors['goal-weight'] = 'The weight is a number, 0 or more.'
  if (draft.dueDate && !/^\d{4}-\d{2}-\d{2}$/.test(draft.dueDate))
    errors['goal-due'] = 'Choose a date.'
  const keyResults: KeyResult[] = []
  draft.keyResults.forEach((kr, index) => {
    const prefix = `kr-${index}`
    if (!kr.title.trim()) errors[`${prefix}-title`] = `Key result ${index + 1}: name the metric.`
    const values = {
      baseline: readNumber(kr.baseline),
      target: readNumber(kr.target),
      current: readNumber(kr.current),
      weight: readNumber(kr.weight),
    }
    for (const field of ['baseline', 'target', 'current'] as const) {
      if (values[field] === null)
        errors[`${prefix}-${field}`] = `Key result ${index + 1}: the ${field} is a number.`
    }
    if (values.weight === null || values.weight < 0)
      errors[`${prefix}-weight`] = `Key result ${index + 1}: the weight is a number, 0 or more.`
    keyResults.push({
      id: kr.id,
      goalId: draft.id,
      title: kr.title.trim(),
      unit: kr.unit.trim(),
      direction: kr.direction,
      baseline: values.baseline ?? 0,
      target: values.target ?? 0,
      current: values.current ?? values.baseline ?? 0,
      weight: values.weight ?? 1,
      kpiId: kr.kpiId || null,
    })
  })
  if (Object.keys(errors).length > 0) return { errors, goal: null, keyResults }
  const goal: Goal = {
    id: draft.id,
    title: draft.title.trim(),
    description: draft.description.trim(),
    level: draft.level,
    style: draft.style,
    period: draft.period.trim(),
    parentId: draft.parentId || null,
    teamId: draft.level === 'company' ? null : draft.teamId || null,
    ownerPersonId: draft.ownerPersonId || null,
    dueDate: draft.dueDate || null,
    status: draft.status,
    weight: weight ?? 1,
    smart: draft.style === 'smart' ? draft.smart : null,
    skillIds: draft.skillIds,
    carriedFromId: draft.carriedFromId,
    ...(draft.reviewNote === undefined ? {} : { reviewNote: draft.reviewNote }),
    ...(draft.reviewedOn === undefined ? {} : { reviewedOn: draft.reviewedOn }),
  }
  return { errors, goal, keyResults }
}

export function GoalFormDialog(props: {
  target: GoalFormTarget | null
  data: GoalsData
  onClose: () => void
}) {
  const { target, data, onClose } = props
  return (
    <Modal
      title={target?.goal ? `Edit “${target.goal.title}”` : 'Add a goal'}
      isOpen={target !== null}
      onClose={onClose}
      isWide
    >
      {target ? <GoalForm target={target} data={data} onClose={onClose} /> : null}
    </Modal>
  )
}

function GoalForm(props: { target: GoalFormTarget; data: GoalsData; onClose: () => void }) {
  const { target, data, onClose } = props
  const { db } = useCurrentWorkspace()
  const [draft, setDraft] = useState<Draft>(() => toDraft(target, data))
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string | null>(null)

  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void =>
    setDraft((current) => ({ ...current, [key]: value }))
  const setKr = (index: number, changes: Partial<KrDraft>): void =>
    setDraft((current) => ({
      ...current,
      keyResults: current.keyResults.map((kr, i) => (i === index ? { ...kr, ...changes } : kr)),
    }))
  const invalid = (id: string) =>
    errors[id] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {}
  const errorFor = (id: string) =>
    errors[id] ? (
      <span id={`${id}-error`} className="field-error">
        {errors[id]}
      </span>
    ) : null

  const parentOptions = useMemo(() => {
    const excluded = listDescendantIds(draft.id, data.goals)
    return data.goals
      .filter(
        (goal) =>
          !excluded.has(goal.id) && (goal.period === draft.period || goal.id === draft.parentId),
      )
      .filter((goal) => goal.level !== 'person' || goal.id === draft.parentId)
      .sort((a, b) => a.level.localeCompare(b.level) || a.title.localeCompare(b.title))
  }, [data.goals, draft.id, draft.period, draft.parentId])

  const preview = validate(draft)
  const flags = checkGoalQuality(
    {
      style: draft.style,
      dueDate: draft.dueDate || null,
      ownerPersonId: draft.ownerPersonId || null,
      smart: draft.smart,
    },
    preview.keyResults,
    countAlignedGoals(draft.id, data.goals),
  )

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const { errors: found, goal, keyResults } = validate(draft)
    setErrors(found)
    if (!goal) {
      setFormError('Some fields need a fix: see the messages next to them.')
      return
    }
    try {
      await saveGoal(db, goal, keyResults)
      notify('success', target.goal ? `Saved “${goal.title}”.` : `Added the goal “${goal.title}”.`)
      onClose()
    } catch (failure) {
      setFormError(describeError(failure))
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="goal-form">
      <div className="form-grid">
        <div className="field field-wide">
          <label htmlFor="goal-title">{draft.style === 'okr' ? 'Objective' : 'Goal'}</label>
          <input
            id="goal-title"
            value={draft.title}
            autoFocus
            maxLength={300}
            onChange={(event) => set('title', event.target.value)}
            {...invalid('goal-title')}
          />
          {errorFor('goal-title')}
        </div>
        <div className="field field-wide">
          <label htmlFor="goal-description">Description</label>
          <textarea
            id="goal-description"
            rows={2}
            maxLength={4000}
            value={draft.description}
            onChange={(event) => set('description', event.target.value)}
          />
        </div>
        <fieldset className="radio-group field-wide goal-style-choice">
          <legend>Style</legend>
          <label className="radio">
            <input
              type="radio"
              name="goal-style"
              checked={draft.style === 'okr'}
              onChange={() => set('style', 'okr')}
            />
            OKR (objective and key results)
          </label>
          <label className="radio">
            <input
              type="radio"
              name="goal-style"
              checked={draft.style === 'smart'}
              onChange={() => set('style', 'smart')}
            />
            SMART goal
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="goal-level">Level</label>
          <select
            id="goal-level"
            value={draft.level}
            onChange={(event) => set('level', event.target.value as Goal['level'])}
          >
            {(Object.keys(levelLabels) as Goal['level'][]).map((level) => (
              <option key={level} value={level}>
                {levelLabels[level]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="goal-period">Period</label>
          <input
            id="goal-period"
            value={draft.period}
            maxLength={20}
            onChange={(event) => set('period', event.target.value)}
            {...invalid('goal-period')}
          />
          {errorFor('goal-period')}
        </div>
        <div className="field">
          <label htmlFor="goal-parent">Aligned to</label>
          <select
            id="goal-parent"
            value={draft.parentId}
            onChange={(event) => set('parentId', event.target.value)}
          >
            <option value="">Nothing (a top-level goal)</option>
            {parentOptions.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {levelLabels[goal.level]}: {goal.title}
              </option>
            ))}
          </select>
        </div>
        {draft.level !== 'company' ? (
          <div className="field">
            <label htmlFor="goal-team">Team</label>
            <select
              id="goal-team"
              value={draft.teamId}
              onChange={(event) => set('teamId', event.target.value)}
              {...invalid('goal-team')}
            >
              <option value="">Choose a team</option>
              {data.teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
            {errorFor('goal-team')}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="goal-owner">Owner</label>
          <select
            id="goal-owner"
            value={draft.ownerPersonId}
            onChange={(event) => set('ownerPersonId', event.target.value)}
            {...invalid('goal-owner')}
          >
            <option value="">Nobody yet</option>
            {data.people
              .filter((person) => person.status === 'active' || person.id === draft.ownerPersonId)
              .map((person) => (
                <option key={person.id} value={person.id}>
                  {person.displayName}
                </option>
              ))}
          </select>
          {errorFor('goal-owner')}
        </div>
        <div className="field">
          <label htmlFor="goal-due">Due date</label>
          <input
            id="goal-due"
            type="date"
            value={draft.dueDate}
            onChange={(event) => set('dueDate', event.target.value)}
            {...invalid('goal-due')}
          />
          {errorFor('goal-due')}
        </div>
        <div className="field">
          <label htmlFor="goal-weight">Weight in its parent</label>
          <input
            id="goal-weight"
            inputMode="decimal"
            value={draft.weight}
            onChange={(event) => set('weight', event.target.value)}
            {...invalid('goal-weight')}
          />
          {errorFor('goal-weight')}
        </div>
      </div>

      {draft.style === 'smart' ? (
        <fieldset className="goal-smart">
          <legend>SMART checklist</legend>
          {smartCriteria.map((criterion) => (
            <label key={criterion.key} className="checkbox">
              <input
                type="checkbox"
                checked={draft.smart[criterion.key]}
                onChange={(event) =>
                  set('smart', { ...draft.smart, [criterion.key]: event.target.checked })
                }
              />
              <span>
                <strong>{criterion.label}</strong> <span className="muted">{criterion.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}

      <fieldset className="goal-krs">
        <legend>Key results{draft.style === 'smart' ? ' (optional for a SMART goal)' : ''}</legend>
        {draft.keyResults.length === 0 ? (
          <p className="muted">
            {draft.style === 'okr'
              ? 'An objective needs at least one key result to be measurable: add the metric, where it starts and where it should get to.'
              : 'Add a key result to measure this goal with a number.'}
          </p>
        ) : null}
        {draft.keyResults.map((kr, index) => (
          <div
            key={kr.id}
            className="goal-kr-row"
            role="group"
            aria-label={`Key result ${index + 1}`}
          >
            <div className="field goal-kr-title">
              <label htmlFor={`kr-${index}-title`}>Metric</label>
              <input
                id={`kr-${index}-title`}
                value={kr.title}
                maxLength={300}
                onChange={(event) => setKr(index, { title: event.target.value })}
                {...invalid(`kr-${index}-title`)}
              />
            </div>
            <div className="field goal-kr-unit">
              <label htmlFor={`kr-${index}-unit`}>Unit</label>
              <input
                id={`kr-${index}-unit`}
                value={kr.unit}
                maxLength={30}
                onChange={(event) => setKr(index, { unit: event.target.value })}
              />
            </div>
            <div className="field goal-kr-direction">
              <label htmlFor={`kr-${index}-direction`}>Direction</label>
              <select
                id={`kr-${index}-direction`}
                value={kr.direction}
                onChange={(event) =>
                  setKr(index, { direction: event.target.value as KrDraft['direction'] })
                }
              >
                <option value="increase">Increase</option>
                <option value="decrease">Decrease</option>
              </select>
            </div>
            {(['baseline', 'target', 'current', 'weight'] as const).map((field) => (
              <div key={field} className={`field goal-kr-${field}`}>
                <label htmlFor={`kr-${index}-${field}`}>
                  {field[0]!.toUpperCase() + field.slice(1)}
                </label>
                <input
                  id={`kr-${index}-${field}`}
                  inputMode="decimal"
                  value={kr[field]}
                  onChange={(event) => setKr(index, { [field]: event.target.value })}
                  {...invalid(`kr-${index}-${field}`)}
                />
              </div>
            ))}
            <div className="field goal-kr-kpi">
              <label htmlFor={`kr-${index}-kpi`}>KPI</label>
              <select
                id={`kr-${index}-kpi`}
                value={kr.kpiId}
                onChange={(event) => setKr(index, { kpiId: event.target.value })}
              >
                <option value="">None</option>
                {data.kpis.map((kpi) => (
                  <option key={kpi.id} value={kpi.id}>
                    {kpi.name}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="icon-button goal-kr-remove"
              aria-label={`Remove key result ${index + 1}`}
              title="Remove this key result"
              onClick={() =>
                setDraft((current) => ({
                  ...current,
                  keyResults: current.keyResults.filter((_, i) => i !== index),
                }))
              }
            >
              <Trash2 size={16} aria-hidden />
            </button>
            {Object.entries(errors)
              .filter(([key]) => key.startsWith(`kr-${index}-`))
              .map(([key, text]) => (
                <span key={key} id={`${key}-error`} className="field-error goal-kr-error">
                  {text}
                </span>
              ))}
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => set('keyResults', [...draft.keyResults, emptyKr()])}
        >
          <Plus size={16} aria-hidden /> Add a key result
        </button>
      </fieldset>

      {flags.length > 0 ? (
        <div className="goal-quality-preview" role="status">
          <p className="muted">The quality check will flag this goal:</p>
          <QualityFlags flags={flags} isDetailed />
        </div>
      ) : null}
      {formError ? (
        <p className="field-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          {target.goal ? 'Save goal' : 'Add goal'}
        </button>
      </div>
    </form>
  )
}
