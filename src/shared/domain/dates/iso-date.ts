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
