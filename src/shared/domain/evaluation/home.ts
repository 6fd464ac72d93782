import type { Checkin, Goal, GoalUpdate, Person } from '../../model'
import { type DueCheckin, isDueNow, listDueCheckins } from '../checkins/cadence'
import { addDays, listMonthKeysEndingAt, toMonthKey } from '../dates/iso-date'
import { daysBetween } from './dates'
import { createPlanMovementFinder, stalledPlanDays } from './signals'
import type { SignalData } from './types'

export interface CheckinDue extends DueCheckin {
  name: string
}

/**
 * Who is due for a check-in now or in the next `horizonDays` days, and who is overdue, under the
 * check-ins rule (`listDueCheckins`: the person's cadence, monthly = same day next month). Most
 * overdue first, then due, never held, and upcoming by date.
 */
export function listCheckinsDue(
  data: Pick<SignalData, 'people' | 'checkins' | 'settings'>,
  today: string,
  horizonDays = 7,
): CheckinDue[] {
  const horizon = addDays(today, horizonDays)
  const names = new Map(data.people.map((person) => [person.id, person.displayName]))
  return listDueCheckins({
    people: data.people,
    checkins: data.checkins,
    defaultCadence: data.settings.defaultCadence,
    today,
  })
    .filter((row) => isDueNow(row) || row.dueDate <= horizon)
    .map((row) => ({ ...row, name: names.get(row.personId) ?? 'Unknown' }))
}

export interface PlanAtRisk {
  planId: string
  personId: string
  name: string
  period: string
  reasons: string[]
}

/** Active plans with overdue items or nothing moving for 60 days. */
export function listPlansAtRisk(data: SignalData, today: string): PlanAtRisk[] {
  const people = new Map(data.people.map((person) => [person.id, person]))
  const rows: PlanAtRisk[] = []
  const findLast = createPlanMovementFinder(data, today)
  for (const plan of data.plans) {
    const person = people.get(plan.personId)
    if (plan.status !== 'active' || !person || person.status !== 'active') continue
    const reasons: string[] = []
    const overdue = data.planItems.filter(
      (item) =>
        item.planId === plan.id &&
        (item.status === 'planned' || item.status === 'in-progress') &&
        item.dueDate !== null &&
        item.dueDate < today,
    )
    if (overdue.length > 0) {
      reasons.push(
        `${overdue.length} ${overdue.length === 1 ? 'item' : 'items'} past due (${overdue
          .map((item) => item.title)
          .slice(0, 2)
          .join('; ')}${overdue.length > 2 ? '…' : ''})`,
      )
    }
    const last = findLast(plan)
    const idle = daysBetween(last, today)
    if (idle >= stalledPlanDays) reasons.push(`nothing moving for ${idle} days`)
    if (reasons.length > 0) {
      rows.push({
        planId: plan.id,
        personId: person.id,
        name: person.displayName,
        period: plan.period,
        reasons,
      })
    }
  }
  return rows.sort((a, b) => b.reasons.length - a.reasons.length || a.name.localeCompare(b.name))
}

export interface GoalOffTrack {
  goalId: string
  title: string
  ownerName: string | null
  confidence: 'at-risk' | 'off-track'
  date: string
  note: string
}

/** Active goals whose latest update says at risk or off track; off track first. */
export function listGoalsOffTrack(
  data: { goals: Goal[]; goalUpdates: GoalUpdate[]; people: Person[] },
  today: string,
): GoalOffTrack[] {
  const latest = new Map<string, GoalUpdate>()
  for (const update of data.goalUpdates) {
    if (update.date > today) continue
    const previous = latest.get(update.goalId)
    if (!previous || update.date >= previous.date) latest.set(update.goalId, update)
  }
  const names = new Map(data.people.map((person) => [person.id, person.displayName]))
  const rows: GoalOffTrack[] = []
  for (const goal of data.goals) {
    const update = latest.get(goal.id)
    if (goal.status !== 'active' || !update || update.confidence === 'on-track') continue
    rows.push({
      goalId: goal.id,
      title: goal.title,
      ownerName: goal.ownerPersonId === null ? null : (names.get(goal.ownerPersonId) ?? null),
      confidence: update.confidence,
      date: update.date,
      note: update.note,
    })
  }
  return rows.sort(
    (a, b) =>
      (a.confidence === 'off-track' ? 0 : 1) - (b.confidence === 'off-track' ? 0 : 1) ||
      b.date.localeCompare(a.date),
  )
}

export interface AdoptionMonth {
  month: string
  checkins: number
  feedback: number
  goalUpdates: number
  assessments: number
}

export interface RaterAdoption {
  raterId: string
  name: string
  months: { month: string; checkins: number; feedback: number; assessments: number }[]
}

export interface Adoption {
  months: AdoptionMonth[]
  /** Per manager (the rater), only when more than one manager did any of it. */
  raters: RaterAdoption[]
}

/**
 * Activity per month over the last `count` months: check-ins held, feedback entries, goal updates
 * and assessments. The rater of a check-in or a manager's feedback is the person's manager; of an
 * assessment, its assessor (else the manager when the source is the manager).
 */
export function summarizeAdoption(
  data: Pick<SignalData, 'people' | 'checkins' | 'feedback' | 'goalUpdates' | 'assessments'>,
  today: string,
  count = 6,
): Adoption {
  const keys = listMonthKeysEndingAt(today, count)
  const months = new Map(
    keys.map((month) => [
      month,
      { month, checkins: 0, feedback: 0, goalUpdates: 0, assessments: 0 },
    ]),
  )
  const managerOf = new Map(data.people.map((person) => [person.id, person.managerId]))
  const names = new Map(data.people.map((person) => [person.id, person.displayName]))
  const raters = new Map<
    string,
    Map<string, { checkins: number; feedback: number; assessments: number }>
  >()
  const countFor = (
    raterId: string | null | undefined,
    month: string,
    field: 'checkins' | 'feedback' | 'assessments',
  ) => {
    if (!raterId || !months.has(month)) return
    let byMonth = raters.get(raterId)
    if (!byMonth) raters.set(raterId, (byMonth = new Map()))
    const entry = byMonth.get(month) ?? { checkins: 0, feedback: 0, assessments: 0 }
    entry[field] += 1
    byMonth.set(month, entry)
  }
  const isHeld = (checkin: Checkin) => checkin.status === 'done' && checkin.date <= today
  for (const checkin of data.checkins) {
    const bucket = months.get(toMonthKey(checkin.date))
    if (!bucket || !isHeld(checkin)) continue
    bucket.checkins += 1
    countFor(managerOf.get(checkin.personId), bucket.month, 'checkins')
  }
  for (const entry of data.feedback) {
    const bucket = months.get(toMonthKey(entry.date))
    if (!bucket || entry.date > today) continue
    bucket.feedback += 1
    if (entry.source === 'manager')
      countFor(managerOf.get(entry.personId), bucket.month, 'feedback')
  }
  for (const update of data.goalUpdates) {
    const bucket = months.get(toMonthKey(update.date))
    if (bucket && update.date <= today) bucket.goalUpdates += 1
  }
  for (const assessment of data.assessments) {
    const bucket = months.get(toMonthKey(assessment.date))
    if (!bucket || assessment.date > today) continue
    bucket.assessments += 1
    const rater =
      assessment.assessorId ??
      (assessment.source === 'manager' ? managerOf.get(assessment.personId) : null)
    countFor(rater, bucket.month, 'assessments')
  }
  const raterRows: RaterAdoption[] =
    raters.size > 1
      ? [...raters.entries()]
          .map(([raterId, byMonth]) => ({
            raterId,
            name: names.get(raterId) ?? 'Unknown',
            months: keys.map((month) => ({
              month,
              ...(byMonth.get(month) ?? { checkins: 0, feedback: 0, assessments: 0 }),
            })),
          }))
          .sort((a, b) => a.name.localeCompare(b.name))
      : []
  return { months: keys.map((month) => months.get(month)!), raters: raterRows }
}
