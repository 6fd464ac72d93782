import type { AgendaMark } from '../../model'
import type { AgendaItem } from './types'

function indexMarks(marks: readonly AgendaMark[]): Map<string, AgendaMark> {
  const byId = new Map<string, AgendaMark>()
  for (const mark of marks) byId.set(mark.id, mark)
  return byId
}

function isHidden(mark: AgendaMark | undefined, today: string): boolean {
  if (!mark) return false
  return mark.doneOn !== null || (mark.snoozedUntil !== null && mark.snoozedUntil > today)
}

/** The items still to show: not marked done, and not snoozed past today (they return on that day). */
export function applyMarks(
  items: readonly AgendaItem[],
  marks: readonly AgendaMark[],
  today: string,
): AgendaItem[] {
  const byId = indexMarks(marks)
  return items.filter((item) => !isHidden(byId.get(item.id), today))
}

/**
 * Which items were notified on which day, on this computer: not workspace data (a backup or a
 * colleague's copy should not carry it, and recording it must not change the workspace).
 */
export interface NotificationLog {
  date: string
  ids: string[]
}

/**
 * Items to notify about now: shown (see `applyMarks`), due today or overdue, and not in today's
 * log, so each item notifies at most once a day.
 */
export function listDueNotifications(
  items: readonly AgendaItem[],
  marks: readonly AgendaMark[],
  log: NotificationLog | null,
  today: string,
): AgendaItem[] {
  const byId = indexMarks(marks)
  const notified = new Set(log?.date === today ? log.ids : [])
  return items.filter(
    (item) => item.date <= today && !isHidden(byId.get(item.id), today) && !notified.has(item.id),
  )
}

/** Today's log after notifying `ids`: a log of an earlier day starts afresh. */
export function recordNotified(
  log: NotificationLog | null,
  ids: readonly string[],
  today: string,
): NotificationLog {
  const kept = log?.date === today ? log.ids : []
  return { date: today, ids: [...new Set([...kept, ...ids])] }
}
