import type { Goal } from '../../model'
import { addDays } from '../dates/iso-date'
import { getPeriodBounds, getPreviousPeriod, toPeriodKey } from '../goals/periods'
import { createItem, describeFromToday, formatDay, type AgendaContext } from './context'
import type { AgendaInput, AgendaItem } from './types'

/** An active goal is due an update this many days after its last one (or its quarter's start). */
export const goalUpdateDays = 30

/** Still to decide, and not the goal of someone who left. */
function isOpenGoal(goal: Goal, context: AgendaContext): boolean {
  return (
    goal.status === 'active' &&
    (goal.ownerPersonId === null || context.active.has(goal.ownerPersonId))
  )
}

/** Active goals whose quarter has begun, each due an update 30 days after its latest. */
export function listGoalUpdateItems(
  input: Pick<AgendaInput, 'goals' | 'goalUpdates' | 'settings'>,
  context: AgendaContext,
): AgendaItem[] {
  const { today } = context
  const lastUpdate = new Map<string, string>()
  for (const update of input.goalUpdates) {
    if (update.date > today) continue
    const shown = lastUpdate.get(update.goalId)
    if (shown === undefined || update.date > shown) lastUpdate.set(update.goalId, update.date)
  }
  const items: AgendaItem[] = []
  for (const goal of input.goals) {
    if (!isOpenGoal(goal, context)) continue
    const start = getPeriodBounds(goal.period, input.settings.fiscalYearStartMonth)?.start
    // A goal whose quarter has not begun has nothing to report yet.
    if (start === undefined || start > today) continue
    const last = lastUpdate.get(goal.id) ?? null
    const date = addDays(last ?? start, goalUpdateDays)
    const why =
      last !== null
        ? `The last update was on ${formatDay(last)}, ${describeFromToday(last, today)}; goals get one at least every ${goalUpdateDays} days.`
        : `No update yet since ${goal.period} began on ${formatDay(start)}; goals get one at least every ${goalUpdateDays} days.`
    items.push(
      createItem(
        {
          id: `goal-update:${goal.id}:${date}`,
          kind: 'goal-update',
          date,
          personId: goal.ownerPersonId,
          title: `Update the goal “${goal.title}”`,
          why,
          action: { route: '/goals', label: 'Add an update' },
        },
        today,
      ),
    )
  }
  return items
}

/**
 * The quarterly review at the end of the current fiscal quarter, while goals of that quarter
 * still wait for a decision (done, carried over, dropped); and the last quarter's, overdue, while
 * any of its goals still do.
 */
export function listQuarterReviewItems(
  input: Pick<AgendaInput, 'goals' | 'settings'>,
  context: AgendaContext,
): AgendaItem[] {
  const { today } = context
  const startMonth = input.settings.fiscalYearStartMonth
  const current = toPeriodKey(today, startMonth)
  const periods = [getPreviousPeriod(current)!, current]
  const open = new Map<string, number>(periods.map((period) => [period, 0]))
  for (const goal of input.goals) {
    const count = open.get(goal.period)
    if (count !== undefined && isOpenGoal(goal, context)) open.set(goal.period, count + 1)
  }
  const items: AgendaItem[] = []
  for (const period of periods) {
    const count = open.get(period) ?? 0
    const end = getPeriodBounds(period, startMonth)?.end
    if (count === 0 || end === undefined) continue
    const goals = count === 1 ? '1 goal still needs' : `${count} goals still need`
    items.push(
      createItem(
        {
          id: `quarter-review:${period}`,
          kind: 'quarter-review',
          date: end,
          personId: null,
          title: 'Quarterly goal review',
          why: `${period} ${end < today ? 'ended' : 'ends'} on ${formatDay(end)}; ${goals} a decision: done, carried over or dropped.`,
          action: { route: '/goals', label: 'Review the quarter' },
        },
        today,
      ),
    )
  }
  return items
}
