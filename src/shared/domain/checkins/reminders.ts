import type { DueCheckin } from './cadence'
import { isDueNow } from './cadence'

/** Who was reminded on which day; kept by the app between runs. */
export interface ReminderLog {
  date: string
  personIds: string[]
}

/** At most this many names in one notification; the rest are counted. */
export const maxNamesInReminder = 3

/** People due today who were not reminded yet today: once per person per day. */
export function selectReminders(
  due: readonly DueCheckin[],
  log: ReminderLog | null,
  today: string,
): { personIds: string[]; log: ReminderLog } {
  const already = new Set(log?.date === today ? log.personIds : [])
  const personIds = due
    .filter((row) => isDueNow(row) && !already.has(row.personId))
    .map((r) => r.personId)
  return { personIds, log: { date: today, personIds: [...already, ...personIds] } }
}

/** One notification for everyone newly due, so a morning with five due check-ins is one message. */
export function composeReminder(names: readonly string[]): { title: string; body: string } | null {
  if (names.length === 0) return null
  if (names.length === 1) {
    return { title: 'A check-in is due', body: `Time for a check-in with ${names[0]}.` }
  }
  const shown = names.slice(0, maxNamesInReminder)
  const rest = names.length - shown.length
  const list =
    rest > 0
      ? `${shown.join(', ')} and ${rest} more`
      : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`
  return { title: `${names.length} check-ins are due`, body: `Check-ins due with ${list}.` }
}
