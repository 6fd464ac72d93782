import { describe, expect, it } from 'vitest'
import { findPeriodBudget, rollUpPeriod } from './budget'
import { getPeriodRange, listPlanPeriods, shiftPlanPeriod, toPlanPeriod } from './periods'
import { countDaysLate, isItemOverdue, summarizePlanProgress } from './progress'
import { makeItem, makePlan } from './test-fixtures'

const today = '2026-11-23'
const plans = [
  makePlan('plan-a', 'ann', '2026-H2'),
  makePlan('plan-b', 'bob', '2026-H2'),
  makePlan('plan-old', 'ann', '2026-H1'),
]
const items = [
  makeItem('a1', 'plan-a', { status: 'completed', cost: 600, hours: 16, dueDate: '2026-09-30' }),
  makeItem('a2', 'plan-a', { status: 'planned', cost: 450.5, hours: 8, dueDate: '2026-11-01' }),
  makeItem('a3', 'plan-a', { status: 'in-progress', cost: 0, hours: 6, dueDate: '2026-11-23' }),
  makeItem('b1', 'plan-b', { status: 'applied', cost: 0, hours: 4, dueDate: '2026-08-01' }),
  makeItem('b2', 'plan-b', { status: 'in-progress', cost: 1200, hours: 24, dueDate: '2026-10-31' }),
  makeItem('old', 'plan-old', { status: 'planned', cost: 999, hours: 99, dueDate: '2026-03-01' }),
]

describe('plan progress', () => {
  it('counts done items, hours and what is overdue', () => {
    const progress = summarizePlanProgress(items.slice(0, 3), today)
    expect(progress).toMatchObject({ total: 3, done: 1, planned: 1, inProgress: 1, percent: 33 })
    expect(progress.hours).toBe(30)
    expect(progress.hoursDone).toBe(16)
    expect(progress.cost).toBe(1050.5)
    // a2 was due on 1 Nov and is not done; a3 is due today, not late yet.
    expect(progress.overdue.map((i) => i.id)).toEqual(['a2'])
    expect(countDaysLate(items[1]!, today)).toBe(22)
    expect(isItemOverdue(items[2]!, today)).toBe(false)
    expect(isItemOverdue(items[0]!, '2027-01-01')).toBe(false)
  })

  it('reports an empty plan as 0 %', () => {
    expect(summarizePlanProgress([], today).percent).toBe(0)
  })
})

describe('budget roll-up', () => {
  it('adds cost and hours of the period only, against the budget set for it', () => {
    const budget = findPeriodBudget(
      { trainingBudgets: { '2026-H2': 2000 }, defaultTrainingBudget: 5000 },
      '2026-H2',
    )
    expect(budget).toEqual({ amount: 2000, isDefault: false })
    const rollUp = rollUpPeriod({ period: '2026-H2', plans, items, budget: budget.amount, today })
    // 600 + 450.5 + 0 + 0 + 1200; the H1 item (999) is another period.
    expect(rollUp.committed).toBe(2250.5)
    // Planned a2 (450.5) is committed but not yet spent.
    expect(rollUp.spent).toBe(1800)
    expect(rollUp.remaining).toBe(-250.5)
    expect(rollUp.isOverBudget).toBe(true)
    expect(rollUp.shareUsed).toBeCloseTo(1.12525, 5)
    expect(rollUp.hours).toBe(58)
    expect(rollUp.hoursDone).toBe(20)
    expect(rollUp.itemCount).toBe(5)
    // a2 (due 1 Nov) and b2 (due 31 Oct).
    expect(rollUp.overdueCount).toBe(2)
    expect(rollUp.plans.map((p) => [p.plan.id, p.progress.percent, p.progress.cost])).toEqual([
      ['plan-a', 33, 1050.5],
      ['plan-b', 50, 1200],
    ])
  })

  it('falls back to the default budget and handles a zero budget', () => {
    const settings = { trainingBudgets: { '2026-H2': 0 }, defaultTrainingBudget: 5000 }
    expect(findPeriodBudget(settings, '2027-H1')).toEqual({ amount: 5000, isDefault: true })
    const rollUp = rollUpPeriod({ period: '2026-H2', plans, items, budget: 0, today })
    expect(rollUp.shareUsed).toBeNull()
    expect(rollUp.isOverBudget).toBe(true)
  })
})

describe('plan periods', () => {
  it('maps dates to half years and back', () => {
    expect(toPlanPeriod('2026-06-30')).toBe('2026-H1')
    expect(toPlanPeriod('2026-07-01')).toBe('2026-H2')
    expect(getPeriodRange('2026-H2')).toEqual({ start: '2026-07-01', end: '2026-12-31' })
    expect(getPeriodRange('2026-Q3')).toBeNull()
    expect(shiftPlanPeriod('2026-H2', 1)).toBe('2027-H1')
    expect(shiftPlanPeriod('2026-H1', -1)).toBe('2025-H2')
    expect(listPlanPeriods(['2025-H2', '2026-H2'], today)).toEqual([
      '2027-H1',
      '2026-H2',
      '2025-H2',
    ])
  })
})
