import type { PlanItem } from '../../model'

type ItemFacts = Pick<PlanItem, 'status' | 'dueDate'>

export function isItemDone(item: Pick<PlanItem, 'status'>): boolean {
  return item.status === 'completed' || item.status === 'applied'
}

/** Not done and its due date has passed (due today is not overdue yet). */
export function isItemOverdue(item: ItemFacts, today: string): boolean {
  return !isItemDone(item) && item.dueDate !== null && item.dueDate < today
}

export interface PlanProgress {
  total: number
  planned: number
  inProgress: number
  completed: number
  applied: number
  /** completed + applied */
  done: number
  /** Whole percent of items done; 0 for an empty plan. */
  percent: number
  overdue: PlanItem[]
  hours: number
  hoursDone: number
  cost: number
}

export function summarizePlanProgress(items: readonly PlanItem[], today: string): PlanProgress {
  const count = (status: PlanItem['status']) => items.filter((i) => i.status === status).length
  const done = items.filter(isItemDone)
  return {
    total: items.length,
    planned: count('planned'),
    inProgress: count('in-progress'),
    completed: count('completed'),
    applied: count('applied'),
    done: done.length,
    percent: items.length === 0 ? 0 : Math.round((done.length / items.length) * 100),
    overdue: items
      .filter((item) => isItemOverdue(item, today))
      .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '')),
    hours: sum(items.map((i) => i.hours)),
    hoursDone: sum(done.map((i) => i.hours)),
    cost: sum(items.map((i) => i.cost)),
  }
}

/** Days an item is late on `today`, 0 when it is not overdue. */
export function countDaysLate(item: ItemFacts, today: string): number {
  if (!isItemOverdue(item, today) || item.dueDate === null) return 0
  return Math.round(
    (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${item.dueDate}T00:00:00Z`)) / 86_400_000,
  )
}

export function sum(values: readonly number[]): number {
  // Cents, so 0.1 + 0.2 budgets add up to 0.3.
  return Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100
}
