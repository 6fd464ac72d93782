import type { Checkin, DevelopmentPlan, Person } from '../../model'
import { listOpenActions } from '../checkins/actions'
import {
  cadenceLabels,
  computeNextDueDate,
  describeDue,
  isCheckinTracked,
  resolveCadence,
} from '../checkins/cadence'
import { formatDaysOverdue } from '../checkins/overdue'
import { daysBetween } from './dates'
import type { SignalData } from './types'

export type SignalKind =
  'mood-down' | 'kpi-declining' | 'overdue-actions' | 'no-checkin' | 'plan-stalled'

/** Decision support, never a verdict: each signal says what it saw. */
export interface AttentionSignal {
  id: string
  kind: SignalKind
  /** The person it is about; null for a team or company KPI. */
  personId: string | null
  title: string
  explanation: string
}

/** How a signal's sentence writes a date: the app passes the user's own (ui/format formatDate). */
export type FormatDate = (isoDate: string) => string
const asIso: FormatDate = (isoDate) => isoDate

export const overdueActionThreshold = 3
export const stalledPlanDays = 60
/** A KPI's latest measurement must be this recent for a decline to count. */
export const kpiRecentDays = 90

function groupBy<T>(records: readonly T[], key: (record: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const record of records) {
    const value = key(record)
    if (value === null) continue
    const list = map.get(value)
    if (list) list.push(record)
    else map.set(value, [record])
  }
  return map
}

function activePeople(people: readonly Person[], today: string): Person[] {
  return people.filter(
    (person) => person.status === 'active' && (person.leftDate === null || person.leftDate > today),
  )
}

function doneCheckinsByPerson(checkins: readonly Checkin[], today: string): Map<string, Checkin[]> {
  const byPerson = new Map<string, Checkin[]>()
  for (const checkin of checkins) {
    if (checkin.status !== 'done' || checkin.date > today) continue
    const list = byPerson.get(checkin.personId)
    if (list) list.push(checkin)
    else byPerson.set(checkin.personId, [checkin])
  }
  for (const list of byPerson.values()) list.sort((a, b) => a.date.localeCompare(b.date))
  return byPerson
}

/** Mood fell over the last three check-ins that recorded one: never up, and lower at the end. */
export function findMoodDown(data: SignalData, today: string, formatDate = asIso) {
  const signals: AttentionSignal[] = []
  const byPerson = doneCheckinsByPerson(data.checkins, today)
  for (const person of activePeople(data.people, today)) {
    const withMood = (byPerson.get(person.id) ?? []).filter((checkin) => checkin.mood !== null)
    const last = withMood.slice(-3)
    if (last.length < 3) continue
    const moods = last.map((checkin) => checkin.mood!)
    const isFalling = moods[1]! <= moods[0]! && moods[2]! <= moods[1]! && moods[2]! < moods[0]!
    if (!isFalling) continue
    signals.push({
      id: `mood-down:${person.id}`,
      kind: 'mood-down',
      personId: person.id,
      title: `${person.displayName}: mood trending down`,
      explanation: `Mood ${moods.join(' → ')} (of 5) over the check-ins of ${last.map((c) => formatDate(c.date)).join(', ')}.`,
    })
  }
  return signals
}

/** The last three measurements of a KPI, for one subject, each worse than the one before. */
export function findKpiDeclining(data: SignalData, today: string, formatDate = asIso) {
  const signals: AttentionSignal[] = []
  const names = new Map<string | null, string>([[null, 'company']])
  for (const team of data.teams) names.set(team.id, team.name)
  for (const person of data.people) names.set(person.id, person.displayName)
  const people = new Set(data.people.map((person) => person.id))
  const activeIds = new Set(activePeople(data.people, today).map((person) => person.id))
  for (const kpi of data.kpis) {
    const bySubject = new Map<string | null, { date: string; value: number }[]>()
    for (const m of data.kpiMeasurements) {
      if (m.kpiId !== kpi.id || m.date > today) continue
      const list = bySubject.get(m.subjectId)
      if (list) list.push(m)
      else bySubject.set(m.subjectId, [m])
    }
    for (const [subjectId, series] of bySubject) {
      const last = series.sort((a, b) => a.date.localeCompare(b.date)).slice(-3)
      // A series that stopped (a person who left, a KPI no longer measured) is not news.
      if (last.length < 3 || daysBetween(last[2]!.date, today) > kpiRecentDays) continue
      if (subjectId !== null && people.has(subjectId) && !activeIds.has(subjectId)) continue
      const worse = (a: number, b: number) => (kpi.direction === 'higher-is-better' ? b < a : b > a)
      if (!(worse(last[0]!.value, last[1]!.value) && worse(last[1]!.value, last[2]!.value))) {
        continue
      }
      const subject = names.get(subjectId) ?? subjectId ?? 'company'
      const unit = kpi.unit === '%' ? '%' : kpi.unit ? ` ${kpi.unit}` : ''
      signals.push({
        id: `kpi-declining:${kpi.id}:${subjectId ?? 'company'}`,
        kind: 'kpi-declining',
        personId: subjectId !== null && people.has(subjectId) ? subjectId : null,
        title: `${kpi.name} (${subject}) declining`,
        explanation: `${last.map((m) => `${m.value}${unit}`).join(' → ')} over the measurements of ${last.map((m) => formatDate(m.date)).join(', ')} (${kpi.direction === 'higher-is-better' ? 'higher' : 'lower'} is better).`,
      })
    }
  }
  return signals
}

/**
 * Open actions past their due date piling up for one person (three or more). Open as the
 * check-ins domain says: not done and not carried forward (a carried item is closed by its copy).
 */
export function findOverdueActions(data: SignalData, today: string, formatDate = asIso) {
  const signals: AttentionSignal[] = []
  const openByPerson = groupBy(
    listOpenActions(data.actionItems).filter(
      (item) => item.dueDate !== null && item.dueDate < today,
    ),
    (item) => item.personId,
  )
  for (const person of activePeople(data.people, today)) {
    const overdue = openByPerson.get(person.id) ?? []
    if (overdue.length < overdueActionThreshold) continue
    const oldest = overdue.reduce((a, b) => (b.dueDate! < a.dueDate! ? b : a))
    signals.push({
      id: `overdue-actions:${person.id}`,
      kind: 'overdue-actions',
      personId: person.id,
      title: `${person.displayName}: ${overdue.length} overdue actions`,
      explanation: `${overdue.length} open actions are past their due date; the oldest, “${oldest.text}”, was due ${formatDate(oldest.dueDate!)} (${daysBetween(oldest.dueDate!, today)} days ago).`,
    })
  }
  return signals
}

/**
 * No check-in for more than twice the person's cadence (or never, once they have been here that
 * long): today is past the second due date after the last check-in, under the check-ins rule
 * (`computeNextDueDate`: monthly = same day next month). Only people whose check-ins are
 * tracked (`isCheckinTracked`): someone with no manager and no check-ins has no one to hold them.
 * The title gives the days overdue (`describeDue`, `countDaysOverdue`), the same number as the
 * check-ins list and the dashboard's due card, never the days since the last check-in.
 */
export function findMissingCheckins(data: SignalData, today: string, formatDate = asIso) {
  const signals: AttentionSignal[] = []
  const byPerson = doneCheckinsByPerson(data.checkins, today)
  const hasAny = new Set(data.checkins.map((checkin) => checkin.personId))
  for (const person of activePeople(data.people, today)) {
    if (!isCheckinTracked(person, hasAny.has(person.id))) continue
    const cadence = resolveCadence(person, data.settings.defaultCadence)
    const last = byPerson.get(person.id)?.at(-1)
    const since = last?.date ?? person.hireDate ?? person.createdAt
    const expected = computeNextDueDate(since, cadence)
    if (today <= computeNextDueDate(expected, cadence)) continue
    const every = cadenceLabels[cadence].toLowerCase()
    const due = last ? describeDue(last.date, cadence, today) : null
    signals.push({
      id: `no-checkin:${person.id}`,
      kind: 'no-checkin',
      personId: person.id,
      title: due
        ? `${person.displayName}: check-in ${formatDaysOverdue(due.daysOverdue)}`
        : `${person.displayName}: no check-in yet`,
      explanation: last
        ? `Last check-in on ${formatDate(last.date)}; their cadence is ${every}, so the next was due on ${formatDate(expected)}.`
        : `No check-in recorded since they started on ${formatDate(since.slice(0, 10))}; their cadence is ${every}.`,
    })
  }
  return signals
}

/**
 * Returns a function giving the last day something happened on a plan: created, an item started
 * or finished, its training's dates or evaluations, a check-in on its items or focus skills, an
 * update of its goals, an assessment of its focus skills. Records are indexed once, so a
 * workspace with many plans stays fast.
 */
export function createPlanMovementFinder(
  data: SignalData,
  today: string,
): (plan: DevelopmentPlan) => string {
  const itemsByPlan = groupBy(data.planItems, (item) => item.planId)
  const enrolments = new Map(data.enrolments.map((enrolment) => [enrolment.id, enrolment]))
  const evaluationsByEnrolment = groupBy(data.evaluations, (e) => e.enrolmentId)
  const checkinsByPerson = groupBy(data.checkins, (checkin) => checkin.personId)
  const updatesByGoal = groupBy(data.goalUpdates, (update) => update.goalId)
  const assessmentsByPerson = groupBy(data.assessments, (assessment) => assessment.personId)
  return (plan) => {
    let last = plan.createdAt
    const bump = (date: string | null | undefined) => {
      if (date && date <= today && date > last) last = date
    }
    const items = itemsByPlan.get(plan.id) ?? []
    const itemIds = new Set(items.map((item) => item.id))
    for (const item of items) {
      if (item.status !== 'planned') bump(item.startDate)
      if (item.status === 'completed' || item.status === 'applied') bump(item.dueDate)
      if (item.enrolmentId === null) continue
      const enrolment = enrolments.get(item.enrolmentId)
      bump(enrolment?.startDate)
      bump(enrolment?.endDate)
      for (const evaluation of evaluationsByEnrolment.get(item.enrolmentId) ?? []) {
        bump(evaluation.date)
      }
    }
    const focus = new Set(plan.focusSkillIds)
    for (const checkin of checkinsByPerson.get(plan.personId) ?? []) {
      if (checkin.status !== 'done') continue
      if (
        checkin.planItemIds.some((id) => itemIds.has(id)) ||
        checkin.skillIds.some((id) => focus.has(id))
      ) {
        bump(checkin.date)
      }
    }
    for (const goalId of plan.goalIds) {
      for (const update of updatesByGoal.get(goalId) ?? []) bump(update.date)
    }
    for (const assessment of assessmentsByPerson.get(plan.personId) ?? []) {
      if (focus.has(assessment.skillId)) bump(assessment.date)
    }
    return last
  }
}

/** The last day something happened on one plan (see createPlanMovementFinder). */
export function findLastPlanMovement(
  plan: DevelopmentPlan,
  data: SignalData,
  today: string,
): string {
  return createPlanMovementFinder(data, today)(plan)
}

/** An active plan on which nothing has moved for 60 days. */
export function findStalledPlans(data: SignalData, today: string, formatDate = asIso) {
  const signals: AttentionSignal[] = []
  const active = new Map(activePeople(data.people, today).map((person) => [person.id, person]))
  const findLast = createPlanMovementFinder(data, today)
  for (const plan of data.plans) {
    const person = active.get(plan.personId)
    if (plan.status !== 'active' || !person) continue
    const last = findLast(plan)
    const days = daysBetween(last, today)
    if (days < stalledPlanDays) continue
    signals.push({
      id: `plan-stalled:${plan.id}`,
      kind: 'plan-stalled',
      personId: person.id,
      title: `${person.displayName}: plan ${plan.period} not moving`,
      explanation: `Nothing has moved on this plan for ${days} days (last movement ${formatDate(last.slice(0, 10))}): no item started or finished, no linked check-in, goal update or assessment.`,
    })
  }
  return signals
}

const signalOrder: SignalKind[] = [
  'mood-down',
  'overdue-actions',
  'no-checkin',
  'plan-stalled',
  'kpi-declining',
]

/** Every attention signal, grouped by kind. */
export function listAttentionSignals(data: SignalData, today: string, formatDate = asIso) {
  const all = [
    ...findMoodDown(data, today, formatDate),
    ...findKpiDeclining(data, today, formatDate),
    ...findOverdueActions(data, today, formatDate),
    ...findMissingCheckins(data, today, formatDate),
    ...findStalledPlans(data, today, formatDate),
  ]
  return all.sort(
    (a, b) =>
      signalOrder.indexOf(a.kind) - signalOrder.indexOf(b.kind) || a.title.localeCompare(b.title),
  )
}
