import type { DevelopmentPlan, PlanItem, WorkspaceSettings } from '../../model'
import { isItemOverdue, sum, summarizePlanProgress, type PlanProgress } from './progress'

export function findPeriodBudget(
  settings: Pick<WorkspaceSettings, 'trainingBudgets' | 'defaultTrainingBudget'>,
  period: string,
): { amount: number; isDefault: boolean } {
  const own = settings.trainingBudgets[period]
  return own === undefined
    ? { amount: settings.defaultTrainingBudget, isDefault: true }
    : { amount: own, isDefault: false }
}

export interface PlanRollUp {
  plan: DevelopmentPlan
  progress: PlanProgress
}

export interface PeriodRollUp {
  period: string
  budget: number
  /** Cost of every item in the period's plans: money committed, whatever the status. */
  committed: number
  /** Cost of items started or done: money already spent. */
  spent: number
  remaining: number
  /** committed / budget; null when the budget is 0. */
  shareUsed: number | null
  isOverBudget: boolean
  hours: number
  hoursDone: number
  itemCount: number
  overdueCount: number
  plans: PlanRollUp[]
}

/** Budget and hours of one period across all plans of that period. */
export function rollUpPeriod(input: {
  period: string
  plans: readonly DevelopmentPlan[]
  items: readonly PlanItem[]
  budget: number
  today: string
}): PeriodRollUp {
  const plans = input.plans.filter((plan) => plan.period === input.period)
  const planIds = new Set(plans.map((plan) => plan.id))
  const items = input.items.filter((item) => planIds.has(item.planId))
  const itemsByPlan = new Map<string, PlanItem[]>()
  for (const item of items)
    itemsByPlan.set(item.planId, [...(itemsByPlan.get(item.planId) ?? []), item])
  const committed = sum(items.map((item) => item.cost))
  const spent = sum(items.filter((item) => item.status !== 'planned').map((item) => item.cost))
  const progress = summarizePlanProgress(items, input.today)
  return {
    period: input.period,
    budget: input.budget,
    committed,
    spent,
    remaining: Math.round((input.budget - committed) * 100) / 100,
    shareUsed: input.budget === 0 ? null : committed / input.budget,
    isOverBudget: committed > input.budget,
    hours: progress.hours,
    hoursDone: progress.hoursDone,
    itemCount: items.length,
    overdueCount: items.filter((item) => isItemOverdue(item, input.today)).length,
    plans: plans.map((plan) => ({
      plan,
      progress: summarizePlanProgress(itemsByPlan.get(plan.id) ?? [], input.today),
    })),
  }
}
