import type { DevelopmentPlan, PlanItem } from '../../model'
import { aspirationSpecs } from './aspirations'
import { findSkillName, toSkillId } from './catalogue'
import type { SampleContext } from './context'
import { addDays, getHalfYearStart, getLaterDate, toHalfYearKey } from './dates'
import type { Evaluation } from '../../model'
import type { LevelModel } from './levels'
import { activityTitles, genericActivities, roleActivityTitles } from './plan-activities'
import type { Rng } from './random'
import { findRequiredLevel } from './roles'
import { fillTemplate, toSentenceName, compareText } from './text'
import type { SampleEnrolment } from './training'
import type { SamplePerson } from './types'

export type PlanData = {
  plans: DevelopmentPlan[]
  planItems: PlanItem[]
  focusByPerson: Map<string, string[]>
}

/** People the story needs a plan for; the rest are drawn by the seed. */
const mustHavePlan = [
  'priya',
  'ciaran',
  'andrei',
  'chloe',
  'eoin',
  'conor',
  'ailbhe',
  'mei',
  'roisin',
  'darragh',
  'dawit',
  'nikhil',
]

export function createPlans(
  context: SampleContext,
  levels: LevelModel,
  enrolments: SampleEnrolment[],
  evaluations: Evaluation[],
  goalIdsByPerson: Map<string, string[]>,
): PlanData {
  const rng = context.rng.fork('plans')
  const data: PlanData = { plans: [], planItems: [], focusByPerson: new Map() }
  const candidates = context.people.filter((p) => p.leftDate === null && p.managerId !== null)
  const chosen = [
    ...candidates.filter((p) => mustHavePlan.includes(p.handle)),
    ...rng.shuffle(candidates.filter((p) => !mustHavePlan.includes(p.handle))).slice(0, 13),
  ].sort((a, b) => compareText(a.id, b.id))
  const periodStart = getHalfYearStart(context.today)
  const previousStart = getHalfYearStart(addDays(periodStart, -1))
  for (const person of chosen) {
    const focus = chooseFocusSkills(context, levels, person)
    data.focusByPerson.set(person.id, focus)
    if (rng.roll(0.3) && person.hireDate < previousStart) {
      addPlan(data, {
        context,
        rng,
        levels,
        person,
        enrolments,
        evaluations,
        focus,
        goalIds: [],
        start: previousStart,
        end: addDays(periodStart, -1),
        isClosed: true,
      })
    }
    const goalIds = goalIdsByPerson.get(person.id) ?? []
    addPlan(data, {
      context,
      rng,
      levels,
      person,
      enrolments,
      evaluations,
      focus,
      goalIds,
      start: periodStart,
      end: addDays(getHalfYearStart(addDays(periodStart, 200)), -1),
      isClosed: false,
    })
  }
  return data
}

type PlanInput = {
  context: SampleContext
  rng: Rng
  levels: LevelModel
  person: SamplePerson
  enrolments: SampleEnrolment[]
  evaluations: Evaluation[]
  focus: string[]
  goalIds: string[]
  start: string
  end: string
  isClosed: boolean
}

function addPlan(data: PlanData, input: PlanInput): void {
  const { context, rng, person, start, end, isClosed } = input
  const planId = `plan-${person.handle}-${toHalfYearKey(start).toLowerCase()}`
  const created = getLaterDate(addDays(start, rng.nextInt(2, 20)), addDays(person.hireDate, 10))
  const createdAt = created > context.today ? context.today : created
  data.plans.push({
    id: planId,
    personId: person.id,
    period: toHalfYearKey(start),
    focusSkillIds: input.focus.map(toSkillId),
    goalIds: input.goalIds,
    status: isClosed ? 'closed' : 'active',
    createdAt,
  })
  const items: Omit<PlanItem, 'id'>[] = []
  for (const enrolment of input.enrolments) {
    const { record, spec } = enrolment
    if (record.personId !== person.id || record.status === 'withdrawn') continue
    const inPeriod = record.startDate >= addDays(start, -30) && record.startDate <= end
    if (!inPeriod) continue
    const behaviour = input.evaluations.find(
      (e) => e.enrolmentId === record.id && e.kind === 'behaviour',
    )
    const isApplied = behaviour?.kind === 'behaviour' && behaviour.observationRating >= 4
    items.push({
      planId,
      personId: person.id,
      kind: 'enrolment',
      enrolmentId: record.id,
      title: spec.title,
      status:
        record.status === 'enrolled'
          ? 'planned'
          : record.status === 'in-progress'
            ? 'in-progress'
            : isApplied
              ? 'applied'
              : 'completed',
      startDate: record.startDate,
      dueDate: enrolment.plannedEnd,
      hours: spec.hours,
      cost: spec.cost,
      skillIds: spec.skillTargets.map(([skill]) => toSkillId(skill)),
      evidence: [],
    })
  }
  const activityCount = isClosed ? 1 : rng.nextInt(1, 3)
  input.focus.slice(0, activityCount).forEach((skill, index) => {
    const expert = findExpert(context, input.levels, person, skill)
    const titles =
      roleActivityTitles[`${person.role}:${skill}`] ?? activityTitles[skill] ?? genericActivities
    const title = fillTemplate(titles[index % titles.length] ?? rng.pick(genericActivities), {
      expert: expert?.givenName ?? 'an experienced colleague',
      skill: toSentenceName(findSkillName(toSkillId(skill))),
    })
    const itemStart = addDays(createdAt, rng.nextInt(5, 60))
    const due = addDays(itemStart, rng.nextInt(21, 75))
    items.push({
      planId,
      personId: person.id,
      kind: 'activity',
      enrolmentId: null,
      title,
      status: chooseActivityStatus(rng, context.today, itemStart, due, isClosed),
      startDate: itemStart,
      dueDate: due,
      hours: rng.pick([2, 4, 4, 6, 8, 12]),
      cost: 0,
      skillIds: [toSkillId(skill)],
      evidence: [],
    })
  })
  items
    .sort((a, b) => compareText(a.startDate ?? '', b.startDate ?? ''))
    .forEach((item, index) => {
      data.planItems.push({ id: `${planId.replace('plan-', 'item-')}-${index + 1}`, ...item })
    })
}

function chooseActivityStatus(
  rng: Rng,
  today: string,
  start: string,
  due: string,
  isClosed: boolean,
): PlanItem['status'] {
  if (isClosed) return rng.roll(0.6) ? 'applied' : 'completed'
  if (start > today) return 'planned'
  if (due >= today) return rng.roll(0.75) ? 'in-progress' : 'planned'
  // Past due: most are done, some were never started and now show as overdue.
  return rng.pickWeighted([
    ['completed', 4],
    ['applied', 3],
    ['planned', 2],
    ['in-progress', 1],
  ] as const)
}

function chooseFocusSkills(
  context: SampleContext,
  levels: LevelModel,
  person: SamplePerson,
): string[] {
  const gaps = levels
    .listSkills(person)
    .map((skill) => {
      const required = findRequiredLevel(person.handle, person.role, skill)
      const gap = required === null ? 0 : required - levels.findLevel(person, skill, context.today)
      return { skill, gap }
    })
    .filter((entry) => entry.gap > 0)
    .sort((a, b) => b.gap - a.gap || compareText(a.skill, b.skill))
    .map((entry) => entry.skill)
  const wishes = aspirationSpecs
    .filter(([handle, , interest]) => handle === person.handle && interest >= 2)
    .map(([, skill]) => skill)
  const focus = [...new Set([...gaps.slice(0, 2), ...wishes.slice(0, 1), ...gaps.slice(2)])].slice(
    0,
    3,
  )
  return focus.length > 0 ? focus : levels.listSkills(person).slice(0, 2)
}

/** The colleague with the highest level in a skill, preferring the same team. */
export function findExpert(
  context: SampleContext,
  levels: LevelModel,
  person: SamplePerson,
  skill: string,
): SamplePerson | null {
  let best: { person: SamplePerson; score: number } | null = null
  for (const other of context.people) {
    if (
      other.id === person.id ||
      other.leftDate !== null ||
      !levels.listSkills(other).includes(skill)
    )
      continue
    const score =
      levels.findLevel(other, skill, context.today) * 2 + (other.team === person.team ? 1 : 0)
    if (best === null || score > best.score) best = { person: other, score }
  }
  return best !== null && best.score >= 5 ? best.person : null
}
