import type { Person } from '../../model'
import { formatDayMonthYear, daysBetween } from '../dates/iso-date'
import type { AgendaItem } from './types'

/** What every source of items shares: today and the active people, indexed once. */
export interface AgendaContext {
  today: string
  /** Only active people get items. */
  active: ReadonlyMap<string, Person>
}

export function createAgendaContext(people: readonly Person[], today: string): AgendaContext {
  const active = new Map<string, Person>()
  for (const person of people) if (person.status === 'active') active.set(person.id, person)
  return { today, active }
}

/** An item whose `isOverdue` follows its date: past it, not on it. */
export function createItem(fields: Omit<AgendaItem, 'isOverdue'>, today: string): AgendaItem {
  const { id, kind, date, personId, title, why, action } = fields
  return { id, kind, date, personId, title, why, isOverdue: date < today, action }
}

export function formatDay(isoDate: string): string {
  return formatDayMonthYear(isoDate)
}

export function countDays(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`
}

/** "today", "34 days ago", "in 5 days". */
export function describeFromToday(isoDate: string, today: string): string {
  const days = daysBetween(isoDate, today)
  if (days === 0) return 'today'
  return days > 0 ? `${countDays(days)} ago` : `in ${countDays(-days)}`
}

export function linkTo(...parts: string[]): string {
  return `/${parts.map((part, index) => (index === 0 ? part : encodeURIComponent(part))).join('/')}`
}

/** A title from free text: one line, at most `max` characters. */
export function shortenText(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`
}
