import {
  addDays,
  countDaysBetween,
  getEarlierDate,
  getEndOfMonth,
  getLaterDate,
  getStartOfMonth,
  moveToWorkday,
} from '../dates'
import type { Rng } from '../random'
import { findTeamSpec, scaleTeamSizes, teamSpecs, type TeamSpec } from './org-spec'
import { chooseLeaveDetails, fillVacancy, promoteOrHireLead, type Vacancy } from './staffing'
import { addMonths } from './time'
import type { LargePerson } from './types'
import { Workforce } from './workforce'

/** Months after the start when the Dublin café opened; it has no staff before. */
const openingMonths: Record<string, number> = { 'cafe-dublin': 14 }

export type SimulationOptions = { today: string; start: string; people: number }

/** Five years of hiring, leaving and moving, month by month, ending with exactly `people` on staff. */
export function simulateWorkforce(options: SimulationOptions, rng: Rng): LargePerson[] {
  const { today, start } = options
  const sizes = scaleTeamSizes(options.people)
  const force = new Workforce(rng.fork('workforce'))
  const roll = rng.fork('months')
  const vacancies: Vacancy[] = []
  createInitialStaff(force, sizes, start, rng.fork('initial'))

  const lastDay = addDays(today, -1)
  for (let month = getStartOfMonth(start); month <= lastDay; month = addMonths(month, 1)) {
    const from = getLaterDate(month, addDays(start, 1))
    const to = getEarlierDate(getEndOfMonth(month), lastDay)
    if (from > to) continue
    const leaving = [...force.active]
      .filter((p) => !p.isOwner && roll.roll(monthlyLeaveRate(force, p, from)))
      .map((person) => ({ person, date: randomDay(roll, from, to) }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.person.number - b.person.number)
    for (const team of teamSpecs) {
      const target = targetSize(team, sizes, start, today, to)
      let planned = force.headcount(team.key) + vacancies.filter((v) => v.team === team.key).length
      while (planned < target) {
        const role = chooseRole(force, team, vacancies)
        vacancies.push(openVacancy(roll, team.key, role, randomDay(roll, from, to)))
        planned += 1
      }
    }
    // Day by day, so every change sees the company as it was on its own date.
    let next = 0
    for (let day = from; day <= to; day = addDays(day, 1)) {
      for (; next < leaving.length && leaving[next]?.date === day; next += 1) {
        const person = leaving[next]?.person
        const date = day
        if (!person || !force.active.has(person)) continue
        if (date <= force.lastChange(person) || force.tenureDays(person, date) < 45) continue
        const isLead = force.leadOf.get(person.job.team) === person
        force.leave(person, date, chooseLeaveDetails(roll, person, force.tenureDays(person, date)))
        if (isLead) promoteOrHireLead(force, roll, person.job.team, date, vacancies)
        else vacancies.push(openVacancy(roll, person.job.team, person.job.role, date))
      }
      fillDue(force, roll, vacancies, day, false)
    }
    giveSeniorTitles(force, roll, from, to)
  }
  fillDue(force, roll, vacancies, today, true)
  for (const team of teamSpecs) {
    const missing = (sizes.get(team.key) ?? 0) - force.headcount(team.key)
    for (let i = 0; i < missing; i += 1) {
      const vacancy = openVacancy(roll, team.key, chooseRole(force, team, []), addDays(today, -20))
      fillVacancy(
        force,
        roll,
        { ...vacancy, fillDate: addDays(today, -roll.nextInt(1, 19)) },
        [],
        false,
      )
    }
  }
  if (force.active.size !== options.people) {
    throw new Error(`Large sample ended with ${force.active.size} people, not ${options.people}`)
  }
  return force.people
}

function createInitialStaff(
  force: Workforce,
  sizes: Map<string, number>,
  start: string,
  rng: Rng,
): void {
  const founded = addMonths(start, -12 * 12)
  force.hire(
    {
      role: 'managing-director',
      team: 'leadership',
      managerId: null,
      title: force.titleFor('managing-director', 'leadership'),
    },
    founded,
    true,
  )
  const ordered = [...teamSpecs].sort(
    (a, b) => Number(a.parent !== null) - Number(b.parent !== null),
  )
  for (const team of ordered) {
    if (openingMonths[team.key] !== undefined) continue
    const size = Math.max(1, Math.round((sizes.get(team.key) ?? 1) * 0.8))
    if (team.key !== 'leadership') {
      const hired = moveToWorkday(addDays(start, -rng.nextInt(400, 3800)))
      force.hire(
        {
          role: 'team-lead',
          team: team.key,
          managerId: force.managerFor(team.key, true),
          title: team.leadTitle,
        },
        hired,
      )
    }
    for (let i = 1; i < size; i += 1) {
      const role = chooseRole(force, team, [])
      const tenure = Math.min(4000, 20 + Math.round(-Math.log(1 - rng.nextFloat() * 0.97) * 1100))
      const isSenior = tenure > 1460 && rng.roll(0.45)
      const job = {
        role,
        team: team.key,
        managerId: force.managerFor(team.key, false),
        title: force.titleFor(role, team.key, isSenior),
      }
      force.hire(job, moveToWorkday(addDays(start, -tenure)))
    }
  }
}

/** Monthly chance of leaving: newcomers and café staff more, leads and long-servers less. */
function monthlyLeaveRate(force: Workforce, person: LargePerson, date: string): number {
  const tenure = force.tenureDays(person, date)
  let rate = 0.0125
  if (tenure < 365) rate *= 1.7
  else if (tenure > 2190) rate *= 0.6
  if (findTeamSpec(person.job.team).family === 'cafe') rate *= 1.5
  if (force.leadOf.get(person.job.team) === person) rate *= 0.45
  if (person.talent > 0.75) rate *= 0.8
  return rate
}

function targetSize(
  team: TeamSpec,
  sizes: Map<string, number>,
  start: string,
  today: string,
  date: string,
): number {
  const final = sizes.get(team.key) ?? 1
  const opening = openingMonths[team.key]
  const opensOn = opening === undefined ? start : addMonths(start, opening)
  if (date < opensOn) return 0
  const initial =
    opening === undefined ? Math.max(1, Math.round(final * 0.8)) : Math.ceil(final * 0.6)
  const span = Math.max(1, countDaysBetween(opensOn, addDays(today, -60)))
  const share = Math.min(1, countDaysBetween(opensOn, date) / span)
  return Math.min(final, Math.round(initial + (final - initial) * share))
}

/** The member role a team is shortest of against its mix (the lead's seat when it has none). */
function chooseRole(force: Workforce, team: TeamSpec, vacancies: Vacancy[]): string {
  if (
    team.key !== 'leadership' &&
    !force.leadOf.has(team.key) &&
    !vacancies.some((v) => v.team === team.key && v.role === 'team-lead')
  ) {
    return 'team-lead'
  }
  const members = force.members(team.key)
  const open = vacancies.filter((v) => v.team === team.key)
  const total = members.length + open.length + 1
  let best = team.roles[0]?.[0] ?? 'barista'
  let bestGap = -Infinity
  for (const [role, share] of team.roles) {
    const have =
      members.filter((p) => p.job.role === role).length + open.filter((v) => v.role === role).length
    const gap = share * total - have
    if (gap > bestGap) [best, bestGap] = [role, gap]
  }
  return best
}

function openVacancy(rng: Rng, team: string, role: string, date: string): Vacancy {
  return {
    team,
    role,
    openFrom: date,
    fillDate: addDays(date, role === 'team-lead' ? 0 : rng.nextInt(14, 70)),
  }
}

function fillDue(
  force: Workforce,
  rng: Rng,
  vacancies: Vacancy[],
  until: string,
  isFinal: boolean,
): void {
  for (;;) {
    vacancies.sort((a, b) => a.fillDate.localeCompare(b.fillDate) || a.team.localeCompare(b.team))
    const next = vacancies[0]
    if (!next || (!isFinal && next.fillDate > until)) return
    vacancies.shift()
    const fillDate = isFinal
      ? getLaterDate(next.openFrom, getEarlierDate(next.fillDate, addDays(until, -1)))
      : next.fillDate
    fillVacancy(force, rng, { ...next, fillDate }, vacancies, !isFinal)
  }
}

/** Two years in a role and doing well: a senior title now and then (not a promotion: same role). */
function giveSeniorTitles(force: Workforce, rng: Rng, from: string, to: string): void {
  for (const person of force.active) {
    const role = person.job.role
    if (person.isOwner || role === 'team-lead' || person.job.title.startsWith('Senior')) continue
    if (person.talent < 0.5 || !rng.roll(0.006)) continue
    const date = moveToWorkday(randomDay(rng, from, to))
    if (
      date <= force.lastChange(person) ||
      date > to ||
      countDaysBetween(force.lastChange(person), date) < 730
    )
      continue
    force.change(
      person,
      date,
      { title: force.titleFor(role, person.job.team, true) },
      false,
      'Senior title after two strong years in the role.',
    )
  }
}

export function randomDay(rng: Rng, from: string, to: string): string {
  return addDays(from, rng.nextInt(0, Math.max(0, countDaysBetween(from, to))))
}
