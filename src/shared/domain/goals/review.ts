import type { Goal, GoalUpdate, KeyResult } from '../../model'
import { getNextPeriod, getPeriodBounds } from './periods'

export type ReviewDecision = 'done' | 'carried-over' | 'dropped'

export const reviewDecisionLabels: Record<ReviewDecision, string> = {
  done: 'Done',
  'carried-over': 'Carried over',
  dropped: 'Dropped',
}

export interface ReviewOutcome {
  /** The reviewed goal with its decision recorded. */
  goal: Goal
  /** For a carried-over goal: its copy in the next period, and copies of its key results. */
  carried: { goal: Goal; keyResults: KeyResult[] } | null
}

/**
 * Records a quarterly review decision. A carried-over goal stays in its period (status
 * `carried-over`) and a copy starts in the next period, linked by `carriedFromId`, so its history
 * (updates, earlier key-result values) stays reachable through the chain. The copy keeps the key
 * results' targets and starts from where they stand: current becomes the new baseline; it is due
 * on the last day of the next period. When the
 * parent goal was carried over too, the copy is aligned to the parent's copy.
 */
export function decideReview(input: {
  goal: Goal
  keyResults: readonly KeyResult[]
  decision: ReviewDecision
  note: string
  today: string
  /** The workspace's fiscal-year start month, for the copy's due date. */
  fiscalStartMonth: number
  /** Every goal, to find the parent's carried copy. */
  goals: readonly Goal[]
  newId: () => string
}): ReviewOutcome {
  const { goal, keyResults, decision, note, today, goals, newId, fiscalStartMonth } = input
  const reviewed: Goal = { ...goal, status: decision, reviewNote: note.trim(), reviewedOn: today }
  if (decision !== 'carried-over') return { goal: reviewed, carried: null }
  const nextPeriod = getNextPeriod(goal.period)
  if (nextPeriod === null) {
    throw new Error(`The period “${goal.period}” is not a quarter, so it has no next period.`)
  }
  // Carried once already (the review was reopened): the copy stands, nothing is doubled.
  if (goals.some((other) => other.carriedFromId === goal.id))
    return { goal: reviewed, carried: null }
  const parentCopy =
    goal.parentId === null
      ? undefined
      : goals.find((other) => other.carriedFromId === goal.parentId && other.period === nextPeriod)
  const copyId = newId()
  const copy: Goal = {
    ...goal,
    id: copyId,
    period: nextPeriod,
    status: 'active',
    parentId: parentCopy?.id ?? goal.parentId,
    carriedFromId: goal.id,
    dueDate: getPeriodBounds(nextPeriod, fiscalStartMonth)?.end ?? null,
    reviewNote: undefined,
    reviewedOn: undefined,
  }
  const copies = keyResults
    .filter((kr) => kr.goalId === goal.id)
    .map((kr): KeyResult => ({ ...kr, id: newId(), goalId: copyId, baseline: kr.current }))
  return { goal: reviewed, carried: { goal: copy, keyResults: copies } }
}

/** The goal and the goals it was carried from, newest first. */
export function listCarryChain(goalId: string, goals: readonly Goal[]): Goal[] {
  const byId = new Map(goals.map((goal) => [goal.id, goal]))
  const chain: Goal[] = []
  const seen = new Set<string>()
  let current = byId.get(goalId)
  while (current && !seen.has(current.id)) {
    chain.push(current)
    seen.add(current.id)
    current = current.carriedFromId === null ? undefined : byId.get(current.carriedFromId)
  }
  return chain
}

/** Every update of a goal and of the goals it was carried from, newest first. */
export function listGoalHistory(
  goalId: string,
  goals: readonly Goal[],
  updates: readonly GoalUpdate[],
): GoalUpdate[] {
  const ids = new Set(listCarryChain(goalId, goals).map((goal) => goal.id))
  return updates
    .filter((update) => ids.has(update.goalId))
    .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
}
