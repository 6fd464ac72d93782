import type { Goal, KeyResult } from '../../model'
import type { FieldProblem } from './form-checks'
import { parseKpiValue } from './kpi-import'
import { parsePeriodKey } from './periods'

/** A key result as the goal form edits it: numbers kept as typed, no KPI as "". */
export interface KeyResultDraft {
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

type SmartChecklist = NonNullable<Goal['smart']>

/** A goal as the goal form edits it: optional links as "", numbers as typed, its key results. */
export type GoalDraft = Omit<
  Goal,
  'weight' | 'smart' | 'parentId' | 'teamId' | 'ownerPersonId' | 'dueDate'
> & {
  weight: string
  parentId: string
  teamId: string
  ownerPersonId: string
  dueDate: string
  smart: SmartChecklist
  keyResults: KeyResultDraft[]
}

export type KeyResultNumberField = 'baseline' | 'target' | 'current' | 'weight'
export type GoalFormField =
  | 'title'
  | 'period'
  | 'teamId'
  | 'ownerPersonId'
  | 'weight'
  | 'dueDate'
  | `kr-${number}-${'title' | KeyResultNumberField}`

const noSmart: SmartChecklist = {
  specific: false,
  measurable: false,
  achievable: false,
  relevant: false,
  timeBound: false,
}

/** A new goal for a period; below a parent it takes the next level down and the parent's team. */
export function newGoal(id: string, period: string, parent: Goal | undefined): Goal {
  return {
    id,
    title: '',
    description: '',
    level: parent?.level === 'company' ? 'team' : parent ? 'person' : 'company',
    style: 'okr',
    period,
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
}

export function toGoalDraft(goal: Goal, keyResults: KeyResult[]): GoalDraft {
  return {
    ...goal,
    weight: String(goal.weight),
    parentId: goal.parentId ?? '',
    teamId: goal.teamId ?? '',
    ownerPersonId: goal.ownerPersonId ?? '',
    dueDate: goal.dueDate ?? '',
    smart: goal.smart ?? noSmart,
    keyResults: keyResults
      .filter((kr) => kr.goalId === goal.id)
      .map((kr) => ({
        id: kr.id,
        title: kr.title,
        unit: kr.unit,
        direction: kr.direction,
        baseline: String(kr.baseline),
        target: String(kr.target),
        current: String(kr.current),
        weight: String(kr.weight),
        kpiId: kr.kpiId ?? '',
      })),
  }
}

export function emptyKeyResultDraft(id: string): KeyResultDraft {
  return {
    id,
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

type Problem = NonNullable<FieldProblem<GoalFormField>>

function findKeyResultProblem(kr: KeyResultDraft, index: number): Problem | null {
  const name = `Key result ${index + 1}`
  if (!kr.title.trim()) return { field: `kr-${index}-title`, text: `${name}: name the metric.` }
  for (const field of ['baseline', 'target', 'current'] as const) {
    if (parseKpiValue(kr[field]) === null)
      return { field: `kr-${index}-${field}`, text: `${name}: the ${field} is a number.` }
  }
  const weight = parseKpiValue(kr.weight)
  if (weight === null || weight < 0)
    return { field: `kr-${index}-weight`, text: `${name}: the weight is a number, 0 or more.` }
  return null
}

/** The first thing to fix before the goal can be saved, in the order the form shows its fields. */
export function findGoalProblem(draft: GoalDraft): Problem | null {
  if (!draft.title.trim()) return { field: 'title', text: 'Give the goal a title.' }
  if (!parsePeriodKey(draft.period))
    return { field: 'period', text: 'Write the period as a quarter, like 2026-Q3.' }
  if (draft.level === 'team' && !draft.teamId)
    return { field: 'teamId', text: 'Choose the team this goal belongs to.' }
  if (draft.level === 'person' && !draft.ownerPersonId)
    return { field: 'ownerPersonId', text: 'Choose the person whose goal this is.' }
  if (draft.dueDate && !/^\d{4}-\d{2}-\d{2}$/.test(draft.dueDate))
    return { field: 'dueDate', text: 'Choose a date.' }
  const weight = parseKpiValue(draft.weight)
  if (weight === null || weight < 0)
    return { field: 'weight', text: 'The weight is a number, 0 or more.' }
  for (const [index, kr] of draft.keyResults.entries()) {
    const problem = findKeyResultProblem(kr, index)
    if (problem) return problem
  }
  return null
}

/**
 * The records a draft stands for. Unreadable numbers fall back (to 0, or the baseline for the
 * current value), so the form can preview the quality check while the user is still typing;
 * save only a draft `findGoalProblem` passes.
 */
export function readGoalDraft(draft: GoalDraft): { goal: Goal; keyResults: KeyResult[] } {
  const keyResults = draft.keyResults.map((kr): KeyResult => {
    const baseline = parseKpiValue(kr.baseline)
    return {
      id: kr.id,
      goalId: draft.id,
      title: kr.title.trim(),
      unit: kr.unit.trim(),
      direction: kr.direction,
      baseline: baseline ?? 0,
      target: parseKpiValue(kr.target) ?? 0,
      current: parseKpiValue(kr.current) ?? baseline ?? 0,
      weight: parseKpiValue(kr.weight) ?? 1,
      kpiId: kr.kpiId || null,
    }
  })
  const { keyResults: _drafts, ...rest } = draft
  const goal: Goal = {
    ...rest,
    title: draft.title.trim(),
    description: draft.description.trim(),
    period: draft.period.trim(),
    parentId: draft.parentId || null,
    teamId: draft.level === 'company' ? null : draft.teamId || null,
    ownerPersonId: draft.ownerPersonId || null,
    dueDate: draft.dueDate || null,
    weight: parseKpiValue(draft.weight) ?? 1,
    smart: draft.style === 'smart' ? draft.smart : null,
  }
  return { goal, keyResults }
}
