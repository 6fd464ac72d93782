import { addDays, countDaysBetween } from '../dates'
import type { Rng } from '../random'
import { findTeamSpec } from './org-spec'
import { listFeederRoles } from './ladders'
import type { LargeJob, LargePerson } from './types'
import type { LeaveDetails, Workforce } from './workforce'

/** A seat to fill: opened when someone left, moved or the team grew; filled from `fillDate`. */
export type Vacancy = { team: string; role: string; openFrom: string; fillDate: string }

/** Supervisors come from their own floor; the other ladders may cross teams. */
const sameTeamOnly = new Set(['shift-supervisor', 'cafe-supervisor'])

export function fillVacancy(
  force: Workforce,
  rng: Rng,
  vacancy: Vacancy,
  vacancies: Vacancy[],
  allowInternal: boolean,
): void {
  const { team, role, fillDate: date } = vacancy
  if (role === 'team-lead') {
    promoteOrHireLead(force, rng, team, date, vacancies, allowInternal)
    return
  }
  const job: LargeJob = {
    role,
    team,
    managerId: force.managerFor(team, false),
    title: force.titleFor(role, team),
  }
  if (allowInternal && rng.roll(0.4)) {
    const candidate = pickBest(rng, listInternalCandidates(force, team, role, date))
    if (candidate) {
      const before = candidate.job
      const isPromotion = before.role !== role
      const note = isPromotion
        ? `Promoted from ${before.title} into an open ${job.title} role.`
        : `Moved to ${findTeamSpec(team).name} (same role).`
      force.change(
        candidate,
        date,
        isPromotion ? job : { ...job, title: before.title },
        isPromotion,
        note,
      )
      vacancies.push({
        team: before.team,
        role: before.role,
        openFrom: date,
        fillDate: addDays(date, rng.nextInt(14, 60)),
      })
      return
    }
  }
  const former = rng.roll(0.08) ? findRehire(force, rng, role, date) : null
  if (former) force.rehire(former, job, date)
  else force.hire(job, date)
}

/** A member steps up (when someone has the tenure), otherwise the lead is hired from outside. */
export function promoteOrHireLead(
  force: Workforce,
  rng: Rng,
  team: string,
  date: string,
  vacancies: Vacancy[],
  allowInternal = true,
): void {
  const spec = findTeamSpec(team)
  const job: LargeJob = {
    role: 'team-lead',
    team,
    managerId: force.managerFor(team, true),
    title: spec.leadTitle,
  }
  const ready = force
    .members(team)
    .filter((p) => force.tenureDays(p, date) >= 540 && force.lastChange(p) <= date)
  const successor = allowInternal && rng.roll(0.6) ? pickBest(rng, ready, true) : null
  let lead: LargePerson
  if (successor) {
    const oldRole = successor.job.role
    force.change(successor, date, job, true, `Stepped up to lead ${spec.name}.`)
    vacancies.push({
      team,
      role: oldRole,
      openFrom: date,
      fillDate: addDays(date, rng.nextInt(14, 60)),
    })
    lead = successor
  } else {
    lead = force.hire(job, date)
  }
  force.installLead(
    team,
    lead,
    date,
    `${lead.givenName} ${lead.familyName} took over ${spec.name}.`,
  )
}

function listInternalCandidates(
  force: Workforce,
  team: string,
  role: string,
  date: string,
): LargePerson[] {
  const feeders = listFeederRoles(role)
  const family = findTeamSpec(team).family
  return [...force.active].filter((p) => {
    if (p.isOwner || force.leadOf.get(p.job.team) === p) return false
    if (force.tenureDays(p, date) < 365 || countDaysBetween(force.lastChange(p), date) < 270)
      return false
    if (sameTeamOnly.has(role) && p.job.team !== team) return false
    if (feeders.includes(p.job.role)) return true
    // A move to the sister team doing the same work (the other café, region or warehouse).
    return p.job.role === role && p.job.team !== team && findTeamSpec(p.job.team).family === family
  })
}

function pickBest(rng: Rng, people: LargePerson[], preferSupervisors = false): LargePerson | null {
  let best: LargePerson | null = null
  let bestScore = -Infinity
  for (const person of people) {
    const bonus = preferSupervisors && person.job.role.endsWith('supervisor') ? 0.3 : 0
    const senior = person.job.title.startsWith('Senior') ? 0.15 : 0
    const score = person.talent + bonus + senior + rng.nextFloat() * 0.25
    if (score > bestScore) [best, bestScore] = [person, score]
  }
  return best
}

/** A regretted leaver from the last three years who did this job: the door stayed open. */
function findRehire(force: Workforce, rng: Rng, role: string, date: string): LargePerson | null {
  const candidates = force.people.filter((p) => {
    const last = p.leaves[p.leaves.length - 1]
    if (force.active.has(p) || p.stints.length > 1 || !last) return false
    const away = countDaysBetween(last.date, date)
    return (
      last.isVoluntary && last.isRegretted && last.job.role === role && away >= 150 && away <= 1100
    )
  })
  return candidates.length > 0 ? rng.pick(candidates) : null
}

const voluntaryReasons: [string, number][] = [
  ['Career move elsewhere', 34],
  ['Pay and benefits', 16],
  ['Relocation', 12],
  ['Study', 8],
  ['Family or health', 10],
  ['Workload or hours', 12],
  ['Relationship with manager', 5],
]

export function chooseLeaveDetails(rng: Rng, person: LargePerson, tenure: number): LeaveDetails {
  const isVoluntary = !rng.roll(person.talent < 0.35 ? 0.4 : 0.1)
  if (!isVoluntary) {
    const reason = person.talent < 0.4 && rng.roll(0.7) ? 'Performance' : 'Role ended'
    return { isVoluntary, isRegretted: false, reason }
  }
  const isCafe = findTeamSpec(person.job.team).family === 'cafe'
  const weights = voluntaryReasons.map(([reason, weight]): [string, number] => [
    reason,
    reason === 'Study' && isCafe ? weight * 3 : weight,
  ])
  const reason = tenure > 3000 && rng.roll(0.35) ? 'Retirement' : rng.pickWeighted(weights)
  const isRegretted = person.talent > 0.55 ? rng.roll(0.7) : rng.roll(0.15)
  return { isVoluntary, isRegretted, reason }
}
