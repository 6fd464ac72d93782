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
 * Items to notify about now: shown (see `applyMarks`), due today or overdue, and not notified
 * yet today, so each item notifies at most once a day.
 */
export function listDueNotifications(
  items: readonly AgendaItem[],
  marks: readonly AgendaMark[],
  today: string,
): AgendaItem[] {
  const byId = indexMarks(marks)
  return items.filter((item) => {
    const mark = byId.get(item.id)
    return item.date <= today && !isHidden(mark, today) && mark?.notifiedOn !== today
  })
}

/**
 * The marks after notifying `ids` today: each one's mark gets `notifiedOn`, and an item with no
 * mark yet gets one. The list keeps its order; new marks come last.
 */
export function markNotified(
  marks: readonly AgendaMark[],
  ids: readonly string[],
  today: string,
): AgendaMark[] {
  const pending = new Set(ids)
  const updated = marks.map((mark) => {
    if (!pending.has(mark.id)) return mark
    pending.delete(mark.id)
    return { ...mark, notifiedOn: today }
  })
  for (const id of pending)
    updated.push({ id, doneOn: null, snoozedUntil: null, notifiedOn: today })
  return updated
}
