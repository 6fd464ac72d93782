/** The local calendar date of an instant, as YYYY-MM-DD. */
export function toLocalIsoDate(instant: Date): string {
  const year = instant.getFullYear()
  const month = String(instant.getMonth() + 1).padStart(2, '0')
  const day = String(instant.getDate()).padStart(2, '0')
  return `${year}-${month}-${day}`
}

/** Year and month of a YYYY-MM-DD date, as YYYY-MM. */
export function toMonthKey(isoDate: string): string {
  return isoDate.slice(0, 7)
}

/** The `count` month keys ending with the month of `isoDate`, oldest first. */
export function listMonthKeysEndingAt(isoDate: string, count: number): string[] {
  const year = Number(isoDate.slice(0, 4))
  const month = Number(isoDate.slice(5, 7)) - 1
  const keys: string[] = []
  for (let offset = count - 1; offset >= 0; offset -= 1) {
    const date = new Date(Date.UTC(year, month - offset, 1))
    keys.push(`${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`)
  }
  return keys
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

const shortMonths = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

/** A YYYY-MM-DD date as messages write it: `7 Dec`, or with `withYear`, `7 Dec 2026`. */
export function formatShortDate(isoDate: string, withYear = false): string {
  const day = Number(isoDate.slice(8, 10))
  const month = shortMonths[Number(isoDate.slice(5, 7)) - 1] ?? ''
  return withYear ? `${day} ${month} ${isoDate.slice(0, 4)}` : `${day} ${month}`
}

/** A YYYY-MM-DD date as messages write it: `7 Dec 2026`. */
export function formatDayMonthYear(isoDate: string): string {
  return formatShortDate(isoDate, true)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
}
