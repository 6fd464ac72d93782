import { formatShortDate } from '../dates/iso-date'

/**
 * Goal periods are fiscal quarters named `YYYY-Qn`. The fiscal year starts on the first day of
 * `WorkspaceSettings.fiscalYearStartMonth` (1 = January) and is named by the calendar year in
 * which it starts: with a July start, `2026-Q1` runs from 1 July to 30 September 2026 and
 * `2026-Q4` from 1 April to 30 June 2027. With a January start the quarters are calendar quarters.
 */
export interface PeriodKey {
  year: number
  quarter: 1 | 2 | 3 | 4
}

export interface PeriodBounds {
  key: string
  /** First day, YYYY-MM-DD. */
  start: string
  /** Last day, YYYY-MM-DD. */
  end: string
}

const periodPattern = /^(\d{4})-Q([1-4])$/

export function parsePeriodKey(key: string): PeriodKey | null {
  const match = periodPattern.exec(key.trim())
  if (!match) return null
  return { year: Number(match[1]), quarter: Number(match[2]) as PeriodKey['quarter'] }
}

export function formatPeriodKey(period: PeriodKey): string {
  return `${period.year}-Q${period.quarter}`
}

function checkStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12)
    throw new RangeError(`The fiscal year starts in a month from 1 to 12, not ${startMonth}.`)
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** Months counted from January of year 0, so quarter arithmetic never has to wrap by hand. */
function toMonthIndex(year: number, month: number): number {
  return year * 12 + (month - 1)
}

function fromMonthIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The fiscal quarter a date (YYYY-MM-DD) falls in. */
export function toPeriodKey(isoDate: string, startMonth: number): string {
  checkStartMonth(startMonth)
  const year = Number(isoDate.slice(0, 4))
  const month = Number(isoDate.slice(5, 7))
  const monthsIntoFiscalYear = (month - startMonth + 12) % 12
  const fiscalYear = month >= startMonth ? year : year - 1
  const quarter = (Math.floor(monthsIntoFiscalYear / 3) + 1) as PeriodKey['quarter']
  return formatPeriodKey({ year: fiscalYear, quarter })
}

/** First and last day of a period, or null when the key is not a quarter key. */
export function getPeriodBounds(key: string, startMonth: number): PeriodBounds | null {
  checkStartMonth(startMonth)
  const period = parsePeriodKey(key)
  if (!period) return null
  const first = toMonthIndex(period.year, startMonth) + (period.quarter - 1) * 3
  const start = fromMonthIndex(first)
  const last = fromMonthIndex(first + 2)
  return {
    key: formatPeriodKey(period),
    start: `${start.year}-${pad(start.month)}-01`,
    end: `${last.year}-${pad(last.month)}-${pad(lastDayOfMonth(last.year, last.month))}`,
  }
}

/** The period `offset` quarters after `key` (negative: before); null for a key that is not a quarter. */
export function shiftPeriod(key: string, offset: number): string | null {
  const period = parsePeriodKey(key)
  if (!period) return null
  const index = period.year * 4 + (period.quarter - 1) + offset
  return formatPeriodKey({
    year: Math.floor(index / 4),
    quarter: ((index % 4) + 1) as PeriodKey['quarter'],
  })
}

export function getNextPeriod(key: string): string | null {
  return shiftPeriod(key, 1)
}

export function getPreviousPeriod(key: string): string | null {
  return shiftPeriod(key, -1)
}

/** Orders period keys; keys that are not quarters sort after quarters, by text. */
export function comparePeriods(a: string, b: string): number {
  const left = parsePeriodKey(a)
  const right = parsePeriodKey(b)
  if (left && right) return left.year * 4 + left.quarter - (right.year * 4 + right.quarter)
  if (left) return -1
  if (right) return 1
  return a.localeCompare(b)
}

/**
 * The periods a picker offers: every period that has goals, plus the quarter of `today` and
 * the one after it, newest first.
 */
export function listPickerPeriods(used: string[], today: string, startMonth: number): string[] {
  const current = toPeriodKey(today, startMonth)
  const all = new Set([...used, current, getNextPeriod(current)!])
  return [...all].sort((a, b) => comparePeriods(b, a))
}

/** A period as a person reads it: `2026-Q3 (1 Jul – 30 Sep 2026)`. */
export function describePeriod(key: string, startMonth: number): string {
  const bounds = getPeriodBounds(key, startMonth)
  if (!bounds) return key
  const sameYear = bounds.start.slice(0, 4) === bounds.end.slice(0, 4)
  return `${key} (${formatShortDate(bounds.start, !sameYear)} – ${formatShortDate(bounds.end, true)})`
}
