import type { Enrolment, LeaverRecord, Person, Review, ReviewCycle } from '../../model'
import { addDays, daysBetween } from '../dates/iso-date'
import { readPerformanceLevel } from '../reviews/evidence'
import type { RatingScale } from '../reviews/types'
import { isEmployedOn, jobOn, listStints, type Stint } from './history'
import type { CareerEvent } from '../../model'

/** A stretch of time a figure is counted over, both days included. */
export interface Period {
  key: string
  label: string
  start: string
  end: string
}

export interface StaffHistory {
  people: readonly Person[]
  leavers: readonly LeaverRecord[]
  events: readonly CareerEvent[]
}

/** The stints of every person, computed once for the many dates a report asks about. */
export function indexStints(history: StaffHistory): Map<string, Stint[]> {
  const byPerson = new Map<string, LeaverRecord[]>()
  for (const leaver of history.leavers) {
    const list = byPerson.get(leaver.personId) ?? []
    list.push(leaver)
    byPerson.set(leaver.personId, list)
  }
  return new Map(
    history.people.map((person) => [person.id, listStints(person, byPerson.get(person.id) ?? [])]),
  )
}

/** Each person's career events, grouped once for the many dates a report asks about. */
const eventsByPerson = new WeakMap<readonly CareerEvent[], Map<string, CareerEvent[]>>()

function groupEvents(events: readonly CareerEvent[]): Map<string, CareerEvent[]> {
  let grouped = eventsByPerson.get(events)
  if (!grouped) {
    grouped = new Map()
    for (const event of events) {
      const list = grouped.get(event.personId) ?? []
      list.push(event)
      grouped.set(event.personId, list)
    }
    eventsByPerson.set(events, grouped)
  }
  return grouped
}

/** The people on staff at the end of `date`, in `teamId` then when a team is given. */
export function listHeadcount(
  history: StaffHistory,
  stints: Map<string, Stint[]>,
  date: string,
  teamId: string | null = null,
): Person[] {
  const events = teamId === null ? null : groupEvents(history.events)
  return history.people.filter(
    (person) =>
      isEmployedOn(stints.get(person.id) ?? [], date) &&
      (events === null || jobOn(person, events.get(person.id) ?? [], date).teamId === teamId),
  )
}

export interface TurnoverFigure {
  period: Period
  teamId: string | null
  /** Mean of the headcount the day before the period and on its last day. */
  averageHeadcount: number
  leavers: LeaverRecord[]
  regretted: LeaverRecord[]
  voluntary: LeaverRecord[]
  /** Leavers over the average headcount; null when nobody was on staff. */
  turnover: number | null
  regrettedTurnover: number | null
}

export function leaversIn(
  leavers: readonly LeaverRecord[],
  period: Period,
  teamId: string | null = null,
): LeaverRecord[] {
  return leavers.filter(
    (leaver) =>
      leaver.date >= period.start &&
      leaver.date <= period.end &&
      (teamId === null || leaver.teamId === teamId),
  )
}

/** Turnover and regretted turnover over a period, for the business or one team. */
export function computeTurnover(
  history: StaffHistory,
  period: Period,
  teamId: string | null = null,
  stints = indexStints(history),
): TurnoverFigure {
  const before = listHeadcount(history, stints, addDays(period.start, -1), teamId).length
  const after = listHeadcount(history, stints, period.end, teamId).length
  const averageHeadcount = (before + after) / 2
  const leavers = leaversIn(history.leavers, period, teamId)
  const regretted = leavers.filter((leaver) => leaver.isRegretted)
  const share = (count: number) => (averageHeadcount > 0 ? count / averageHeadcount : null)
  return {
    period,
    teamId,
    averageHeadcount,
    leavers,
    regretted,
    voluntary: leavers.filter((leaver) => leaver.isVoluntary),
    turnover: share(leavers.length),
    regrettedTurnover: share(regretted.length),
  }
}

/** Years from hire to leaving, for the leavers whose hire date is known. */
export function tenureAtExitYears(leaver: LeaverRecord): number | null {
  return leaver.hireDate === null ? null : daysBetween(leaver.hireDate, leaver.date) / 365.25
}

export interface TenureSummary {
  /** Leavers with a known hire date. */
  counted: number
  averageYears: number | null
  medianYears: number | null
}

export function summarizeTenureAtExit(leavers: readonly LeaverRecord[]): TenureSummary {
  const years = leavers
    .map(tenureAtExitYears)
    .filter((value): value is number => value !== null)
    .sort((a, b) => a - b)
  if (years.length === 0) return { counted: 0, averageYears: null, medianYears: null }
  const middle = Math.floor(years.length / 2)
  const median = years.length % 2 === 1 ? years[middle]! : (years[middle - 1]! + years[middle]!) / 2
  return {
    counted: years.length,
    averageYears: years.reduce((sum, value) => sum + value, 0) / years.length,
    medianYears: median,
  }
}

export interface ReasonCount {
  reason: string
  voluntary: number
  involuntary: number
  leaverIds: string[]
}

export const unstatedReason = 'Not stated'

/** Leavers by reason, most common first (free text only counts as "Not stated"). */
export function countLeavingReasons(leavers: readonly LeaverRecord[]): ReasonCount[] {
  const counts = new Map<string, ReasonCount>()
  for (const leaver of leavers) {
    const reason = leaver.reason || unstatedReason
    const count = counts.get(reason) ?? { reason, voluntary: 0, involuntary: 0, leaverIds: [] }
    if (leaver.isVoluntary) count.voluntary += 1
    else count.involuntary += 1
    count.leaverIds.push(leaver.id)
    counts.set(reason, count)
  }
  return [...counts.values()].sort(
    (a, b) => b.leaverIds.length - a.leaverIds.length || a.reason.localeCompare(b.reason),
  )
}

export interface ReviewHistory {
  reviews: readonly Review[]
  cycles: readonly ReviewCycle[]
  scale: RatingScale
}

/**
 * Whether the person's last review finished by `date` put them in the top band: the 9-box's high
 * performance row (calibrated, or the top third of the scale). Drafts do not count.
 */
export function isTopPerformerOn(personId: string, date: string, history: ReviewHistory): boolean {
  const cycleEnd = new Map(history.cycles.map((cycle) => [cycle.id, cycle.periodEnd]))
  let latest: { end: string; review: Review } | null = null
  for (const review of history.reviews) {
    if (review.personId !== personId || review.state === 'draft') continue
    const end = cycleEnd.get(review.cycleId)
    if (end === undefined || end > date) continue
    if (latest === null || end > latest.end) latest = { end, review }
  }
  return latest !== null && readPerformanceLevel(latest.review, history.scale) === 'high'
}

export interface TopPerformerTurnover {
  /** Top performers on staff when the period began. */
  topAtStart: Person[]
  /** Leavers in the period who were top performers when they left. */
  topLeavers: LeaverRecord[]
  rate: number | null
}

export function computeTopPerformerTurnover(
  history: StaffHistory,
  reviews: ReviewHistory,
  period: Period,
  stints = indexStints(history),
): TopPerformerTurnover {
  const start = addDays(period.start, -1)
  const topAtStart = listHeadcount(history, stints, start).filter((person) =>
    isTopPerformerOn(person.id, start, reviews),
  )
  const topLeavers = leaversIn(history.leavers, period).filter((leaver) =>
    isTopPerformerOn(leaver.personId, leaver.date, reviews),
  )
  const base = Math.max(topAtStart.length, topLeavers.length)
  return { topAtStart, topLeavers, rate: base > 0 ? topLeavers.length / base : null }
}

export interface DevelopmentRetention {
  /** On staff `months` before `today`, with a completed training by then. */
  developed: { people: Person[]; retained: Person[]; share: number | null }
  others: { people: Person[]; retained: Person[]; share: number | null }
  /** Either group under 5 people: the comparison says little. */
  isSmall: boolean
}

export const smallGroupSize = 5

/**
 * Of the people on staff 12 months ago, the share still here today: those who had completed a
 * training by then against those who had not.
 */
export function computeDevelopmentRetention(
  history: StaffHistory,
  enrolments: readonly Enrolment[],
  today: string,
  stints = indexStints(history),
): DevelopmentRetention {
  const start = addDays(today, -365)
  const completedBy = new Set(
    enrolments
      .filter((e) => e.status === 'completed' && (e.endDate ?? e.startDate) <= start)
      .map((e) => e.personId),
  )
  const staff = listHeadcount(history, stints, start)
  const group = (people: Person[]) => {
    const retained = people.filter((person) => isEmployedOn(stints.get(person.id) ?? [], today))
    return { people, retained, share: people.length > 0 ? retained.length / people.length : null }
  }
  const developed = group(staff.filter((person) => completedBy.has(person.id)))
  const others = group(staff.filter((person) => !completedBy.has(person.id)))
  return {
    developed,
    others,
    isSmall: developed.people.length < smallGroupSize || others.people.length < smallGroupSize,
  }
}
