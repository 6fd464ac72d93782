import { toLocalIsoDate } from '../shared/domain/dates/iso-date'

const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** "Friday 18 December 2026": a YYYY-MM-DD date read as a calendar day, with no time-zone shift. */
export function formatLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  if (!year || !month || !day) return isoDate
  return longDate.format(new Date(year, month - 1, day, 12)).replace(',', '')
}

/** The employee's today, in their own time zone. */
export function findToday(now: Date = new Date()): string {
  return toLocalIsoDate(now)
}

/** The request can be answered up to and including its expiry day. */
export function isExpired(expiresOn: string, today: string): boolean {
  return today > expiresOn
}

export function isPastDue(dueDate: string, today: string): boolean {
  return today > dueDate
}

const clockTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })

/** "today at 14:05" or "Friday 18 December 2026 at 14:05", for when a draft was kept. */
export function describeMoment(instant: Date, today: string): string {
  const day = toLocalIsoDate(instant)
  const time = clockTime.format(instant)
  return day === today ? `today at ${time}` : `${formatLongDate(day)} at ${time}`
}
