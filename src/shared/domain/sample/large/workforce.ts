import type { Cadence } from '../../../model'
import { countDaysBetween } from '../dates'
import type { Rng } from '../random'
import { NameBook } from './names'
import { findTeamSpec, teamSpecs } from './org-spec'
import { findLargeRole } from './role-specs'
import type { LargeJob, LargePerson, LeaveInfo } from './types'

/**
 * The company's people as the simulation moves them: hires, leavers, moves and new leads. Every
 * change goes through here, so the history, the events and today's job always agree.
 */
export class Workforce {
  readonly people: LargePerson[] = []
  readonly active = new Set<LargePerson>()
  readonly leadOf = new Map<string, LargePerson>()
  private readonly names: NameBook

  constructor(private readonly rng: Rng) {
    this.names = new NameBook(rng.fork('names'))
  }

  /** Who a team's members report to; for a lead, the parent team's lead (or the owner). */
  managerFor(team: string, isLead: boolean): string | null {
    if (!isLead) return this.leadOf.get(team)?.id ?? null
    if (team === 'leadership') return null
    const parent = findTeamSpec(team).parent ?? 'leadership'
    return this.leadOf.get(parent)?.id ?? null
  }

  titleFor(role: string, team: string, isSenior = false): string {
    if (role === 'team-lead' || role === 'managing-director') return findTeamSpec(team).leadTitle
    const name = findLargeRole(role).name
    return isSenior ? `Senior ${name}` : name
  }

  members(team: string): LargePerson[] {
    return [...this.active].filter((p) => p.job.team === team && this.leadOf.get(team) !== p)
  }

  headcount(team: string): number {
    let count = 0
    for (const person of this.active) if (person.job.team === team) count += 1
    return count
  }

  lastChange(person: LargePerson): string {
    return person.history[person.history.length - 1]?.date ?? ''
  }

  currentHire(person: LargePerson): string {
    return person.stints[person.stints.length - 1]?.hireDate ?? ''
  }

  /** A new person on staff from `hireDate` in `job`. */
  hire(job: LargeJob, hireDate: string, isOwner = false): LargePerson {
    const { givenName, familyName } = this.names.next()
    const number = this.people.length + 1
    const spec = findTeamSpec(job.team)
    const person: LargePerson = {
      id: `person-${String(number).padStart(4, '0')}`,
      number,
      givenName,
      familyName,
      site: spec.site,
      arrangement: this.chooseArrangement(spec.workplace, spec.family),
      cadence: this.chooseCadence(job.role),
      talent: Math.min(1, Math.max(0, 0.55 + this.rng.nextGaussian() * 0.2)),
      spirit: Math.min(1, Math.max(0, 0.6 + this.rng.nextGaussian() * 0.18)),
      isOwner,
      stints: [{ hireDate, leftDate: null }],
      history: [{ date: hireDate, job }],
      events: [],
      leaves: [],
      job,
    }
    this.people.push(person)
    this.active.add(person)
    if (job.role === 'team-lead' || isOwner) this.leadOf.set(job.team, person)
    return person
  }

  /** A former colleague back on staff; an event records what differs from the job they left. */
  rehire(person: LargePerson, job: LargeJob, date: string): void {
    person.stints.push({ hireDate: date, leftDate: null })
    this.active.add(person)
    this.change(person, date, job, false, 'Re-hired after time away.')
  }

  /** Changes a person's job from `date`; changes on one day merge into one event. */
  change(
    person: LargePerson,
    date: string,
    patch: Partial<LargeJob>,
    isPromotion: boolean,
    note: string,
  ): void {
    const last = person.history[person.history.length - 1]
    if (!last || date < last.date) {
      throw new Error(`Career change for ${person.id} on ${date} is before ${last?.date ?? 'hire'}`)
    }
    const before = person.job
    const after: LargeJob = { ...before, ...patch }
    if (sameJob(before, after)) return
    const previous = person.events[person.events.length - 1]
    if (previous && previous.date === date) {
      previous.after = after
      previous.isPromotion = previous.isPromotion || isPromotion
      if (sameJob(previous.before, after)) person.events.pop()
    } else {
      person.events.push({ date, before, after, isPromotion, note })
    }
    if (last.date === date) last.job = after
    else person.history.push({ date, job: after })
    person.job = after
  }

  /** Ends the current stint on `date` (the first day off staff). */
  leave(person: LargePerson, date: string, details: LeaveDetails): void {
    const stint = person.stints[person.stints.length - 1]
    if (!stint || stint.leftDate !== null) throw new Error(`${person.id} is not on staff`)
    stint.leftDate = date
    person.leaves.push({ date, hireDate: stint.hireDate, job: person.job, ...details })
    this.active.delete(person)
    if (this.leadOf.get(person.job.team) === person) this.leadOf.delete(person.job.team)
  }

  /** Makes `lead` the lead of `team` from `date` and points the team (and sub-team leads) at them. */
  installLead(team: string, lead: LargePerson, date: string, note: string): void {
    this.leadOf.set(team, lead)
    for (const member of this.members(team)) {
      if (member !== lead) this.change(member, date, { managerId: lead.id }, false, note)
    }
    for (const sub of teamSpecs) {
      const subLead = this.leadOf.get(sub.key)
      if (sub.parent === team && subLead && this.active.has(subLead)) {
        this.change(subLead, date, { managerId: lead.id }, false, note)
      }
    }
  }

  tenureDays(person: LargePerson, date: string): number {
    return countDaysBetween(this.currentHire(person), date)
  }

  private chooseArrangement(workplace: string, family: string): LargePerson['arrangement'] {
    if (workplace !== 'office')
      return family === 'sales' && this.rng.roll(0.3) ? 'hybrid' : 'onsite'
    return this.rng.pickWeighted([
      ['hybrid', 0.65],
      ['onsite', 0.25],
      ['remote', 0.1],
    ] as const)
  }

  private chooseCadence(role: string): Cadence {
    if (role === 'team-lead') return this.rng.roll(0.3) ? 'monthly' : 'biweekly'
    return this.rng.pickWeighted([
      ['biweekly', 0.9],
      ['weekly', 0.04],
      ['monthly', 0.06],
    ] as const)
  }
}

export type LeaveDetails = Pick<LeaveInfo, 'isVoluntary' | 'isRegretted' | 'reason'>

export function sameJob(a: LargeJob, b: LargeJob): boolean {
  return (
    a.role === b.role && a.team === b.team && a.managerId === b.managerId && a.title === b.title
  )
}
