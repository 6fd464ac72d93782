import { toLocalIsoDate } from '../../../shared/domain/dates/iso-date'
const dateFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})

/** A YYYY-MM-DD date in the user's locale, read as a calendar date (no time-zone shift). */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T12:00:00`))
}

/** Today as a calendar date in local time; call it per use, so a session that spans midnight moves on. */
export function todayIso(): string {
  return toLocalIsoDate(new Date())
}

/** An error's message for the person reading it. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A share as a whole percentage ("29%"), or a dash when there is none to show. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`
}

const listFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })

/** "42, 57 and 172": items joined as a sentence would. */
export function formatList(items: readonly string[]): string {
  return listFormat.format(items)
}
