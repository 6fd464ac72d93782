import type { Goal, GoalUpdate, KeyResult } from '../../model'

export function makeGoal(id: string, changes: Partial<Goal> = {}): Goal {
  return {
    id,
    title: `Goal ${id}`,
    description: '',
    level: 'team',
    style: 'okr',
    period: '2026-Q4',
    parentId: null,
    teamId: null,
    ownerPersonId: 'p1',
    dueDate: '2026-12-31',
    status: 'active',
    weight: 1,
    smart: null,
    skillIds: [],
    carriedFromId: null,
    ...changes,
  }
}

export function makeKr(id: string, goalId: string, changes: Partial<KeyResult> = {}): KeyResult {
  return {
    id,
    goalId,
    title: `KR ${id}`,
    unit: '',
    direction: 'increase',
    baseline: 0,
    target: 100,
    current: 50,
    weight: 1,
    kpiId: null,
    ...changes,
  }
}

export function makeUpdate(
  id: string,
  goalId: string,
  changes: Partial<GoalUpdate> = {},
): GoalUpdate {
  return {
    id,
    goalId,
    keyResultId: null,
    date: '2026-10-15',
    value: null,
    confidence: 'on-track',
    note: '',
    ...changes,
  }
}
