import type { Cadence, Person } from '../../model'
import { computeNextDueDate, listDueCheckins } from '../checkins/cadence'
import { createItem, describeFromToday, formatDay, linkTo, type AgendaContext } from './context'
import type { AgendaInput, AgendaItem } from './types'

export const cadenceAdjectives: Record<Cadence, string> = {
  weekly: 'Weekly',
  biweekly: 'Fortnightly',
  monthly: 'Monthly',
}

export interface NextCheckin {
  person: Person
  cadence: Cadence
  /** The last finished check-in, or null when none was held. */
  lastDate: string | null
  dueDate: string
  draftId: string | null
}

/**
 * Each tracked person's next check-in, by the check-ins list's rule (`listDueCheckins`): their
 * cadence after the last finished one. Someone who never had one is due a cadence after their
 * hire date (or, without one, the day they were added), as the attention signals count it, so
 * the date, and the item's id, stay the same from one day to the next.
 */
export function listNextCheckins(
  input: Pick<AgendaInput, 'people' | 'checkins' | 'settings'>,
  context: AgendaContext,
): NextCheckin[] {
  const rows = listDueCheckins({
    people: input.people,
    checkins: input.checkins,
    defaultCadence: input.settings.defaultCadence,
    today: context.today,
  })
  const next: NextCheckin[] = []
  for (const row of rows) {
    const person = context.active.get(row.personId)
    if (!person) continue
    const dueDate =
      row.lastDate === null
        ? computeNextDueDate(person.hireDate ?? person.createdAt, row.cadence)
        : row.dueDate
    next.push({
      person,
      cadence: row.cadence,
      lastDate: row.lastDate,
      dueDate,
      draftId: row.draftId,
    })
  }
  return next
}

export function listCheckinItems(
  input: Pick<AgendaInput, 'people' | 'checkins' | 'settings'>,
  context: AgendaContext,
): AgendaItem[] {
  const { today } = context
  return listNextCheckins(input, context).map(({ person, cadence, lastDate, dueDate, draftId }) => {
    const every = `${cadenceAdjectives[cadence]} check-ins`
    const why =
      lastDate !== null
        ? `${every}; the last was on ${formatDay(lastDate)}, ${describeFromToday(lastDate, today)}.`
        : person.hireDate !== null
          ? `${every}; none yet since they started on ${formatDay(person.hireDate)}.`
          : `${every}; none yet since they were added on ${formatDay(person.createdAt)}.`
    return createItem(
      {
        id: `checkin:${person.id}:${dueDate}`,
        kind: 'checkin',
        date: dueDate,
        personId: person.id,
        title: `Check-in with ${person.displayName}`,
        why,
        // The Due list holds each person's Start check-in; a draft opens where it was left.
        action:
          draftId !== null
            ? { route: linkTo('checkins', draftId), label: 'Continue check-in' }
            : { route: '/checkins', label: 'Start check-in' },
      },
      today,
    )
  })
}
