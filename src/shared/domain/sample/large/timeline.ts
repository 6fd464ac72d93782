import { addDays, getEarlierDate, getLaterDate } from '../dates'
import type { LargeContext, LargeJob, LargePerson } from './types'

/** A stretch of days on staff inside the workspace's history: `from` to `to`, both inclusive. */
export type Window = { from: string; to: string; hireDate: string; leftDate: string | null }

/** The job held at the end of `date` (the last change on or before it). */
export function jobAt(person: LargePerson, date: string): LargeJob {
  let job = person.history[0]?.job ?? person.job
  for (const entry of person.history) {
    if (entry.date > date) break
    job = entry.job
  }
  return job
}

/** On staff on `date`: hired by then and not yet gone (the leaving day is the first day away). */
export function isOnStaff(person: LargePerson, date: string): boolean {
  return person.stints.some((s) => s.hireDate <= date && (s.leftDate === null || s.leftDate > date))
}

export function isActiveToday(person: LargePerson): boolean {
  return person.stints[person.stints.length - 1]?.leftDate === null
}

/** The stints clipped to the workspace's history (up to today). */
export function listWindows(context: LargeContext, person: LargePerson): Window[] {
  const windows: Window[] = []
  for (const stint of person.stints) {
    const from = getLaterDate(stint.hireDate, context.start)
    const to = getEarlierDate(
      context.today,
      stint.leftDate === null ? context.today : addDays(stint.leftDate, -1),
    )
    if (from <= to) windows.push({ from, to, hireDate: stint.hireDate, leftDate: stint.leftDate })
  }
  return windows
}

/** Colleagues on staff in the same team on a date (not the person). Cached per team and month. */
export class TeamIndex {
  private readonly cache = new Map<string, LargePerson[]>()

  constructor(private readonly context: LargeContext) {}

  on(team: string, date: string): LargePerson[] {
    const key = `${team}:${date.slice(0, 7)}`
    const cached = this.cache.get(key)
    if (cached) return cached
    const probe = `${date.slice(0, 7)}-15`
    const found = this.context.people.filter(
      (p) => isOnStaff(p, probe) && jobAt(p, probe).team === team,
    )
    this.cache.set(key, found)
    return found
  }

  colleagues(person: LargePerson, date: string): LargePerson[] {
    const team = jobAt(person, date).team
    return this.on(team, date).filter((p) => p !== person && isOnStaff(p, date))
  }
}
