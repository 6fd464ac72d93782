import { countDaysBetween } from './dates'

/**
 * Days overdue: the one number Trellis gives for a late check-in, wherever it is shown (the
 * check-ins list, the person's Check-ins tab, the dashboard's due card and its attention
 * signals). Whole days from the date the next check-in was due (the last one plus the person's
 * cadence, `computeNextDueDate`) to today; 0 on or before that date. It is not the days since the
 * last check-in: a monthly check-in last held on 31 Aug was due on 30 Sep, so on 23 Nov it is 54
 * days overdue, 84 days after the last one.
 */
export function countDaysOverdue(dueDate: string, today: string): number {
  return Math.max(0, countDaysBetween(dueDate, today))
}

/** Days overdue as people read them: "1 day overdue", "54 days overdue". */
export function formatDaysOverdue(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'} overdue`
}
