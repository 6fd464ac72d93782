import type { CareerEvent, CareerField, LeaverRecord, Person } from '../../model'

/** The parts of a job that career events change. */
export type Job = Pick<Person, 'roleId' | 'title' | 'teamId' | 'managerId'>

export const careerFields: readonly CareerField[] = ['roleId', 'title', 'teamId', 'managerId']

export function jobOf(person: Person): Job {
  return {
    roleId: person.roleId,
    title: person.title,
    teamId: person.teamId,
    managerId: person.managerId,
  }
}

function readField(job: Job, field: CareerField): string | null {
  return field === 'title' ? job.title || null : job[field]
}

function writeField(job: Job, field: CareerField, value: string | null): Job {
  return field === 'title' ? { ...job, title: value ?? '' } : { ...job, [field]: value }
}

/** Events by date, oldest first; on one day, by when they were recorded. */
export function sortEvents<T extends CareerEvent>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  )
}

/**
 * The job a person held at the end of `date`: today's record with every later event undone.
 * Past periods read this, so a change recorded today never rewrites what was true then.
 */
export function jobOn(person: Person, events: readonly CareerEvent[], date: string): Job {
  let job = jobOf(person)
  const later = sortEvents(events.filter((e) => e.personId === person.id && e.date > date))
  for (const event of later.reverse()) {
    for (const change of event.changes) job = writeField(job, change.field, change.from)
  }
  return job
}

/** The changes between two jobs, field by field; empty when nothing differs. */
export function diffJobs(before: Job, after: Job): CareerEvent['changes'] {
  return careerFields.flatMap((field) => {
    const from = readField(before, field)
    const to = readField(after, field)
    return from === to ? [] : [{ field, from, to }]
  })
}

/** One stretch of employment: from hire (null when unknown) to leaving (null while still here). */
export interface Stint {
  start: string | null
  end: string | null
}

/**
 * Every stint of a person: one per leaver record, then the current one when they are still here
 * (a re-hire keeps the earlier stints in their leaver records).
 */
export function listStints(person: Person, leavers: readonly LeaverRecord[]): Stint[] {
  const own = leavers
    .filter((leaver) => leaver.personId === person.id)
    .sort((a, b) => a.date.localeCompare(b.date))
  const stints: Stint[] = own.map((leaver) => ({ start: leaver.hireDate, end: leaver.date }))
  if (person.status === 'active') {
    stints.push({ start: person.hireDate, end: null })
  } else if (own.length === 0) {
    // Left before leaver records existed: the person record says when.
    stints.push({ start: person.hireDate, end: person.leftDate })
  }
  return stints
}

/** On staff at the end of `date`: within a stint that started by then and had not ended. */
export function isEmployedOn(stints: readonly Stint[], date: string): boolean {
  return stints.some(
    (stint) =>
      (stint.start === null || stint.start <= date) && (stint.end === null || stint.end > date),
  )
}
