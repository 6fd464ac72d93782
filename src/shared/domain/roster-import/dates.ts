import type { DateOrder, DetectedDateOrder } from './types'

const timePart = String.raw`(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`
const yearFirstPattern = new RegExp(
  String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${timePart}$`,
  'u',
)
const dayMonthPattern = new RegExp(
  String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${timePart}$`,
  'u',
)

/** Hire dates before 1900 or after 2100 are typing mistakes, not dates. */
const earliestYear = 1900
const latestYear = 2100

type DateParts =
  | { kind: 'year-first'; year: number; month: number; day: number }
  | { kind: 'day-month'; first: number; second: number; year: number }

/** Splits a date as written; an ISO time part is ignored (the date is taken as written). */
function readDateParts(value: string): DateParts | null {
  const text = value.trim()
  const yearFirst = yearFirstPattern.exec(text)
  if (yearFirst) {
    const [, year = '', , month = '', day = ''] = yearFirst
    return { kind: 'year-first', year: Number(year), month: Number(month), day: Number(day) }
  }
  const dayMonth = dayMonthPattern.exec(text)
  if (dayMonth) {
    const [, first = '', , second = '', year = ''] = dayMonth
    return {
      kind: 'day-month',
      first: Number(first),
      second: Number(second),
      year: year.length === 2 ? pivotTwoDigitYear(Number(year)) : Number(year),
    }
  }
  return null
}

/** 00-69 -> 2000s, 70-99 -> 1900s: hire dates are recent, and nobody on staff was hired before 1970. */
function pivotTwoDigitYear(year: number): number {
  return year < 70 ? 2000 + year : 1900 + year
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function countDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function formatDate(year: number, month: number, day: number): string | null {
  if (year < earliestYear || year > latestYear) return null
  if (month < 1 || month > 12 || day < 1 || day > countDaysInMonth(year, month)) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Which order the file writes day and month in, judged from all its date values: one 13/02/2020
 * proves day-first, one 02/13/2020 month-first. Values that fit either order prove nothing, so
 * a file of only those is 'ambiguous' (the app asks). Evidence both ways is 'ambiguous' too.
 */
export function detectDateOrder(values: string[]): DetectedDateOrder {
  let hasIso = false
  let hasDayMonth = false
  let isDayFirstSeen = false
  let isMonthFirstSeen = false
  for (const value of values) {
    const parts = readDateParts(value)
    if (parts === null) continue
    if (parts.kind === 'year-first') {
      hasIso = true
      continue
    }
    hasDayMonth = true
    if (parts.first > 12 && parts.second <= 12) isDayFirstSeen = true
    if (parts.second > 12 && parts.first <= 12) isMonthFirstSeen = true
  }
  if (isDayFirstSeen !== isMonthFirstSeen) return isDayFirstSeen ? 'day-first' : 'month-first'
  if (hasDayMonth) return 'ambiguous'
  return hasIso ? 'iso' : 'none'
}

/** A date as YYYY-MM-DD, or null when the value is not a date that exists (31/02/2020). */
export function parseRosterDate(value: string, order: DateOrder): string | null {
  const parts = readDateParts(value)
  if (parts === null) return null
  if (parts.kind === 'year-first') return formatDate(parts.year, parts.month, parts.day)
  return order === 'day-first'
    ? formatDate(parts.year, parts.second, parts.first)
    : formatDate(parts.year, parts.first, parts.second)
}

export type RosterDateReading =
  | { kind: 'date'; date: string }
  | { kind: 'invalid' }
  | { kind: 'ambiguous'; dayFirst: string; monthFirst: string }

/**
 * Reads a date when the file's order may be unknown (null): a value that fits only one order is
 * read that way, one that fits both differently is reported as ambiguous.
 */
export function readRosterDate(value: string, order: DateOrder | null): RosterDateReading {
  if (order !== null) {
    const date = parseRosterDate(value, order)
    return date === null ? { kind: 'invalid' } : { kind: 'date', date }
  }
  const dayFirst = parseRosterDate(value, 'day-first')
  const monthFirst = parseRosterDate(value, 'month-first')
  if (dayFirst !== null && monthFirst !== null && dayFirst !== monthFirst) {
    return { kind: 'ambiguous', dayFirst, monthFirst }
  }
  const date = dayFirst ?? monthFirst
  return date === null ? { kind: 'invalid' } : { kind: 'date', date }
}
