const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Throws unless `date` is a real calendar date written as `YYYY-MM-DD`. */
export function assertIsoDate(date: string): void {
  const match = ISO_DATE.exec(date)
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new Error(`Expected a date as YYYY-MM-DD, got "${date}"`)
  }
}

// Generation converts the same few thousand dates over and over; parsing dominated the run time.
const dayNumbers = new Map<string, number>()
const dayStrings = new Map<number, string>()

/** Days since 1970-01-01 (UTC) for a `YYYY-MM-DD` string. */
export function toDayNumber(date: string): number {
  const cached = dayNumbers.get(date)
  if (cached !== undefined) return cached
  const ms = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  )
  const day = Math.round(ms / MS_PER_DAY)
  dayNumbers.set(date, day)
  return day
}

export function fromDayNumber(day: number): string {
  const cached = dayStrings.get(day)
  if (cached !== undefined) return cached
  const date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
  dayStrings.set(day, date)
  return date
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + Math.round(days))
}

/** Days from `from` to `to`; positive when `to` is later. */
export function countDaysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from)
}

export function addMonths(date: string, months: number): string {
  const [year, month, day] = splitDate(date)
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return target.toISOString().slice(0, 10)
}

export function getStartOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`
}

export function getEndOfMonth(date: string): string {
  return addDays(addMonths(getStartOfMonth(date), 1), -1)
}

/** 0 = Sunday ... 6 = Saturday. */
export function getWeekday(date: string): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7
}

export function getMondayOnOrBefore(date: string): string {
  const weekday = getWeekday(date)
  return addDays(date, -((weekday + 6) % 7))
}

/** Moves weekend dates to the nearest working day (Saturday back to Friday, Sunday on to Monday). */
export function moveToWorkday(date: string): string {
  const weekday = getWeekday(date)
  if (weekday === 6) return addDays(date, -1)
  if (weekday === 0) return addDays(date, 1)
  return date
}

export function toQuarterKey(date: string): string {
  const [year, month] = splitDate(date)
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`
}

export function getQuarterStart(date: string): string {
  const [year, month] = splitDate(date)
  const startMonth = Math.floor((month - 1) / 3) * 3 + 1
  return `${year}-${String(startMonth).padStart(2, '0')}-01`
}

export function getQuarterEnd(date: string): string {
  return addDays(addMonths(getQuarterStart(date), 3), -1)
}

export function toHalfYearKey(date: string): string {
  const [year, month] = splitDate(date)
  return `${year}-H${month <= 6 ? 1 : 2}`
}

export function getHalfYearStart(date: string): string {
  const [year, month] = splitDate(date)
  return `${year}-${month <= 6 ? '01' : '07'}-01`
}

export function getHalfYearEnd(date: string): string {
  return addDays(addMonths(getHalfYearStart(date), 6), -1)
}

export function getEarlierDate(a: string, b: string): string {
  return a <= b ? a : b
}

export function getLaterDate(a: string, b: string): string {
  return a >= b ? a : b
}

function splitDate(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))]
}
