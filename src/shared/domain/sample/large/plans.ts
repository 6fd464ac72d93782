import type { DevelopmentPlan, Goal, PlanItem } from '../../../model'
import { toSkillId } from '../catalogue'
import {
  addDays,
  getEarlierDate,
  getHalfYearEnd,
  getHalfYearStart,
  getLaterDate,
  toHalfYearKey,
} from '../dates'
import { activityTitles, genericActivities, roleActivityTitles } from '../plan-activities'
import type { Rng } from '../random'
import { toSentenceName } from '../text'
import type { LevelBook } from './levels'
import { listRequirements } from './roles'
import { skillKeyAt, skillNameOf, toSkillIndex } from './skills'
import { withoutNames } from './stories'
import { addMonths, fill } from './time'
import { jobAt, listWindows, type TeamIndex } from './timeline'
import type { LargeEnrolment } from './training'
import type { LargeContext, LargePerson } from './types'

export type PlanData = {
  plans: DevelopmentPlan[]
  planItems: PlanItem[]
  itemsByPerson: Map<string, PlanItem[]>
}

/** Half-year development plans for most people: focus skills, their trainings and a few activities. */
export function createPlans(
  context: LargeContext,
  levels: LevelBook,
  enrolments: LargeEnrolment[],
  goalsByPerson: Map<string, Goal[]>,
  teams: TeamIndex,
): PlanData {
  const rng = context.rng.fork('plans')
  const data: PlanData = { plans: [], planItems: [], itemsByPerson: new Map() }
  const enrolmentsByPerson = new Map<string, LargeEnrolment[]>()
  for (const e of enrolments)
    enrolmentsByPerson.set(e.person.id, [...(enrolmentsByPerson.get(e.person.id) ?? []), e])
  for (const person of context.people) {
    if (person.isOwner) continue
    for (const window of listWindows(context, person)) {
      const first = getHalfYearStart(window.from)
      for (let hs = first; hs <= window.to; hs = addMonths(hs, 6)) {
        const he = getHalfYearEnd(hs)
        if (hs < context.start) continue
        const createdAt = addDays(getLaterDate(hs, window.from), rng.nextInt(0, 20))
        if (createdAt > window.to || createdAt > context.today) continue
        const isLead = jobAt(person, createdAt).role === 'team-lead'
        if (!rng.roll(isLead ? 0.8 : 0.55)) continue
        const period = toHalfYearKey(hs)
        const planId = `plan-${person.number}-${period}`
        const focus = chooseFocus(rng, levels, person, createdAt)
        const goals = (goalsByPerson.get(person.id) ?? []).filter(
          (g) =>
            g.period >= `${hs.slice(0, 4)}-Q${hs.slice(5, 7) === '01' ? 1 : 3}` &&
            g.period <= `${hs.slice(0, 4)}-Q${hs.slice(5, 7) === '01' ? 2 : 4}`,
        )
        data.plans.push({
          id: planId,
          personId: person.id,
          period,
          focusSkillIds: focus.map((s) => toSkillId(skillKeyAt(s))),
          goalIds: goals.map((g) => g.id),
          status: he < context.today || window.to < he ? 'closed' : 'active',
          createdAt,
        })
        const items: PlanItem[] = []
        const nextId = (): string =>
          `pi-${String(data.planItems.length + items.length + 1).padStart(5, '0')}`
        for (const e of enrolmentsByPerson.get(person.id) ?? []) {
          if (e.record.startDate < hs || e.record.startDate > he || e.record.status === 'withdrawn')
            continue
          const status =
            e.record.status === 'completed'
              ? rng.roll(0.45)
                ? 'applied'
                : 'completed'
              : e.record.status === 'in-progress'
                ? 'in-progress'
                : 'planned'
          items.push(
            item(
              nextId(),
              planId,
              person,
              'enrolment',
              e.spec.title,
              status,
              e.record.startDate,
              e.plannedEnd,
              e.spec.hours,
              e.spec.cost,
              e.skills,
              e.record.id,
            ),
          )
        }
        for (const skill of focus.slice(0, rng.nextInt(1, 2))) {
          const start = addDays(createdAt, rng.nextInt(0, 30))
          const due = getEarlierDate(addDays(start, rng.nextInt(30, 110)), he)
          const status = activityStatus(rng, start, due, getEarlierDate(context.today, window.to))
          const title = writeActivity(rng, levels, teams, person, skill, createdAt)
          items.push(
            item(
              nextId(),
              planId,
              person,
              'activity',
              title,
              status,
              start,
              due,
              rng.nextInt(2, 10),
              0,
              [skill],
              null,
            ),
          )
        }
        data.planItems.push(...items)
        data.itemsByPerson.set(person.id, [...(data.itemsByPerson.get(person.id) ?? []), ...items])
      }
    }
  }
  return data
}

function item(
  id: string,
  planId: string,
  person: LargePerson,
  kind: PlanItem['kind'],
  title: string,
  status: PlanItem['status'],
  startDate: string,
  dueDate: string,
  hours: number,
  cost: number,
  skills: number[],
  enrolmentId: string | null,
): PlanItem {
  return {
    id,
    planId,
    personId: person.id,
    kind,
    enrolmentId,
    title,
    status,
    startDate,
    dueDate,
    hours,
    cost,
    skillIds: skills.map((s) => toSkillId(skillKeyAt(s))),
    evidence: [],
  }
}

function activityStatus(rng: Rng, start: string, due: string, until: string): PlanItem['status'] {
  if (start > until) return 'planned'
  if (due > until) return rng.roll(0.7) ? 'in-progress' : 'planned'
  return rng.pickWeighted([
    ['completed', 0.45],
    ['applied', 0.3],
    ['in-progress', 0.1],
    ['planned', 0.15],
  ] as const)
}

/** Up to three skills below what the role needs (biggest gaps first), else the role's core skills. */
function chooseFocus(rng: Rng, levels: LevelBook, person: LargePerson, date: string): number[] {
  const job = jobAt(person, date)
  const gaps: [number, number][] = []
  for (const [skill, required] of listRequirements(job.role)) {
    const index = toSkillIndex(skill)
    const level = levels.levelAt(person.id, index, date) ?? 0
    if (level < required) gaps.push([index, required - level + rng.nextFloat() * 0.5])
  }
  gaps.sort((a, b) => b[1] - a[1])
  if (gaps.length > 0) return gaps.slice(0, rng.nextInt(1, 3)).map(([index]) => index)
  const core = [...listRequirements(job.role)].filter(([, level]) => level >= 3)
  return rng
    .sample(core.length > 0 ? core : [...listRequirements(job.role)], 1)
    .map(([skill]) => toSkillIndex(skill))
}

function writeActivity(
  rng: Rng,
  levels: LevelBook,
  teams: TeamIndex,
  person: LargePerson,
  skill: number,
  date: string,
): string {
  const key = skillKeyAt(skill)
  const role = jobAt(person, date).role
  const pool = withoutNames(roleActivityTitles[`${role}:${key}`] ?? activityTitles[key] ?? [])
  const colleagues = teams.colleagues(person, date)
  let expert: LargePerson | null = null
  let best = -1
  for (const colleague of colleagues) {
    const level = levels.levelAt(colleague.id, skill, date) ?? -1
    if (level > best) [expert, best] = [colleague, level]
  }
  return fill(rng.pick(pool.length > 0 ? pool : genericActivities), {
    expert: expert?.givenName ?? 'a colleague',
    skill: toSentenceName(skillNameOf(key)),
  })
}
