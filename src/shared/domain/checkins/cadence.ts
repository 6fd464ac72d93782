import type { Cadence, Checkin, Person } from '../../model'
import { addDays, addOneMonth, countDaysBetween } from './dates'
import { countDaysOverdue } from './overdue'

export const cadenceLabels: Record<Cadence, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
}

/** A check-in counts as due this many days before its date, so it can be planned. */
export const dueSoonDays = 2

export type DueStatus = 'overdue' | 'due' | 'never' | 'upcoming'

export interface DueCheckin {
  personId: string
  cadence: Cadence
  /** The person's own cadence is not set and the workspace default applies. */
  isDefaultCadence: boolean
  lastDate: string | null
  /** When the next check-in is due; today for someone who never had one. */
  dueDate: string
  status: DueStatus
  /** Days past the due date (0 unless overdue): `countDaysOverdue`. */
  daysOverdue: number
  /** An unfinished check-in, if one was started. */
  draftId: string | null
}

/** The date the next check-in is due after one held on `lastDate`. */
export function computeNextDueDate(lastDate: string, cadence: Cadence): string {
  if (cadence === 'weekly') return addDays(lastDate, 7)
  if (cadence === 'biweekly') return addDays(lastDate, 14)
  return addOneMonth(lastDate)
}

export function resolveCadence(
  person: Pick<Person, 'checkinCadence'>,
  defaultCadence: Cadence,
): Cadence {
  return person.checkinCadence ?? defaultCadence
}

export function describeDue(lastDate: string | null, cadence: Cadence, today: string) {
  if (lastDate === null) return { dueDate: today, status: 'never' as const, daysOverdue: 0 }
  const dueDate = computeNextDueDate(lastDate, cadence)
  const daysLeft = countDaysBetween(today, dueDate)
  const status: DueStatus = daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due' : 'upcoming'
  return { dueDate, status, daysOverdue: countDaysOverdue(dueDate, today) }
}

/** Whether anyone holds check-ins with this person: active, and with a manager or a check-in history. */
export function isCheckinTracked(person: Person, hasCheckins: boolean): boolean {
  return person.status === 'active' && (person.managerId !== null || hasCheckins)
}

const statusOrder: Record<DueStatus, number> = { overdue: 0, due: 1, never: 2, upcoming: 3 }

/**
 * Everyone whose check-ins are tracked, with the next due date under their cadence: overdue
 * first (longest first), then due, never held, and upcoming by date. Only finished check-ins
 * dated today or earlier count as held.
 */
export function listDueCheckins(input: {
  people: readonly Person[]
  checkins: readonly Checkin[]
  defaultCadence: Cadence
  today: string
}): DueCheckin[] {
  const { people, checkins, defaultCadence, today } = input
  const last = new Map<string, string>()
  const drafts = new Map<string, string>()
  const hasAny = new Set<string>()
  for (const checkin of checkins) {
    hasAny.add(checkin.personId)
    if (checkin.status === 'draft') {
      drafts.set(checkin.personId, checkin.id)
      continue
    }
    if (checkin.date > today) continue
    const shown = last.get(checkin.personId)
    if (shown === undefined || checkin.date > shown) last.set(checkin.personId, checkin.date)
  }
  const rows: DueCheckin[] = []
  for (const person of people) {
    if (!isCheckinTracked(person, hasAny.has(person.id))) continue
    const cadence = resolveCadence(person, defaultCadence)
    const lastDate = last.get(person.id) ?? null
    rows.push({
      personId: person.id,
      cadence,
      isDefaultCadence: person.checkinCadence === null,
      lastDate,
      ...describeDue(lastDate, cadence, today),
      draftId: drafts.get(person.id) ?? null,
    })
  }
  return rows.sort(
    (a, b) =>
      statusOrder[a.status] - statusOrder[b.status] ||
      b.daysOverdue - a.daysOverdue ||
      a.dueDate.localeCompare(b.dueDate) ||
      a.personId.localeCompare(b.personId),
  )
}

export function isDueNow(row: DueCheckin): boolean {
  return row.status === 'overdue' || row.status === 'due' || row.status === 'never'
}
