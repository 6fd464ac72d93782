import type { CareerEvent, LeaverRecord, Person } from '../../model'
import { daysBetween } from '../dates/iso-date'
import { isEmployedOn, listStints, sortEvents } from './history'
import type { Period } from './retention'

const changesRole = (event: CareerEvent) => event.changes.some((c) => c.field === 'roleId')

export interface RoleFill {
  personId: string
  date: string
  roleId: string | null
  kind: 'internal' | 'hire'
  eventId: string | null
}

/**
 * The roles filled in a period: by someone already here (a role change, or a first hire the
 * recruitment source calls internal) or by a hire (a stint that started in the period, including
 * a re-hire).
 */
export function listRoleFills(
  people: readonly Person[],
  leavers: readonly LeaverRecord[],
  events: readonly CareerEvent[],
  period: Period,
): RoleFill[] {
  const inPeriod = (date: string | null) =>
    date !== null && date >= period.start && date <= period.end
  const fills: RoleFill[] = []
  for (const event of events) {
    if (!inPeriod(event.date) || !changesRole(event)) continue
    const to = event.changes.find((c) => c.field === 'roleId')?.to ?? null
    fills.push({
      personId: event.personId,
      date: event.date,
      roleId: to,
      kind: 'internal',
      eventId: event.id,
    })
  }
  for (const person of people) {
    listStints(person, leavers).forEach((stint, index) => {
      if (!inPeriod(stint.start)) return
      const first = sortEvents(
        events.filter((e) => e.personId === person.id && e.date >= stint.start! && changesRole(e)),
      )[0]
      const roleId = first?.changes.find((c) => c.field === 'roleId')?.from ?? person.roleId
      // An import's recruitment source can say the first hire came from inside the business.
      const kind = index === 0 && person.hireSource === 'internal' ? 'internal' : 'hire'
      fills.push({ personId: person.id, date: stint.start!, roleId, kind, eventId: null })
    })
  }
  return fills.sort((a, b) => a.date.localeCompare(b.date))
}

export interface PromotionFigures {
  fills: RoleFill[]
  internal: RoleFill[]
  hires: RoleFill[]
  /** Internal fills over all fills; null when no role was filled. */
  internalRate: number | null
  promotions: CareerEvent[]
}

export function computePromotionFigures(
  people: readonly Person[],
  leavers: readonly LeaverRecord[],
  events: readonly CareerEvent[],
  period: Period,
): PromotionFigures {
  const fills = listRoleFills(people, leavers, events, period)
  const internal = fills.filter((fill) => fill.kind === 'internal')
  return {
    fills,
    internal,
    hires: fills.filter((fill) => fill.kind === 'hire'),
    internalRate: fills.length > 0 ? internal.length / fills.length : null,
    promotions: events.filter(
      (event) => event.isPromotion && event.date >= period.start && event.date <= period.end,
    ),
  }
}

export interface TimeInRole {
  personId: string
  since: string | null
  days: number | null
}

/** How long each person on staff today has held their role: since the last role change, or hire. */
export function listTimeInRole(
  people: readonly Person[],
  leavers: readonly LeaverRecord[],
  events: readonly CareerEvent[],
  today: string,
): TimeInRole[] {
  return people
    .filter((person) => isEmployedOn(listStints(person, leavers), today))
    .map((person) => {
      const last = sortEvents(
        events.filter((e) => e.personId === person.id && e.date <= today && changesRole(e)),
      ).at(-1)
      const since = last?.date ?? person.hireDate
      return { personId: person.id, since, days: since === null ? null : daysBetween(since, today) }
    })
}

export function averageMonthsInRole(entries: readonly TimeInRole[]): number | null {
  const days = entries.map((entry) => entry.days).filter((value): value is number => value !== null)
  if (days.length === 0) return null
  return days.reduce((sum, value) => sum + value, 0) / days.length / (365.25 / 12)
}
