import type { AgendaItem } from './types'

/** At most this many titles in one notification; the rest are counted. */
export const maxTitlesInNotification = 3

/**
 * One desktop notification for everything newly due, so a Monday with six things due is one
 * message: the first titles, and how many more.
 */
export function composeAgendaNotification(
  items: readonly AgendaItem[],
): { title: string; body: string } | null {
  if (items.length === 0) return null
  const overdue = items.filter((item) => item.isOverdue).length
  const title =
    items.length === 1
      ? items[0]!.isOverdue
        ? 'Overdue on your agenda'
        : 'Due today on your agenda'
      : `${items.length} things on your agenda${overdue > 0 ? `, ${overdue} overdue` : ''}`
  if (items.length === 1) return { title, body: `${items[0]!.title}. ${items[0]!.why}` }
  const shown = items.slice(0, maxTitlesInNotification).map((item) => item.title)
  const rest = items.length - shown.length
  return {
    title,
    body: rest > 0 ? `${shown.join('; ')}; and ${rest} more.` : `${shown.join('; ')}.`,
  }
}
