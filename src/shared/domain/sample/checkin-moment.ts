import type { Goal, GoalUpdate } from '../../model'
import { findSkillName, toSkillId } from './catalogue'
import type { Moment } from './checkin-text'
import type { SampleContext } from './context'
import { addDays, countDaysBetween, getWeekday, toQuarterKey } from './dates'
import type { LevelModel } from './levels'
import { teamSpecs } from './names'
import { findExpert, type PlanData } from './plans'
import type { Rng } from './random'
import { findRequiredLevel } from './roles'
import { coffees, compareText, customers, toSentenceName } from './text'
import type { SampleEnrolment } from './training'
import type { SamplePerson } from './types'

export type CheckinSources = {
  levels: LevelModel
  enrolments: SampleEnrolment[]
  plans: PlanData
  goals: Goal[]
  goalUpdates: GoalUpdate[]
}

const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** The slice of the sources that concerns one person, so each check-in filters little. */
export function narrowCheckinSources(
  sources: CheckinSources,
  person: SamplePerson,
): CheckinSources {
  const goals = sources.goals.filter((g) => g.ownerPersonId === person.id)
  const goalIds = new Set(goals.map((g) => g.id))
  return {
    levels: sources.levels,
    enrolments: sources.enrolments.filter((e) => e.record.personId === person.id),
    plans: {
      ...sources.plans,
      planItems: sources.plans.planItems.filter((item) => item.personId === person.id),
    },
    goals,
    goalUpdates: sources.goalUpdates.filter((u) => goalIds.has(u.goalId)),
  }
}

export function describeMoment(
  context: SampleContext,
  sources: CheckinSources,
  person: SamplePerson,
  date: string,
  previousSkill: string | null,
  rng: Rng,
): Moment {
  const { levels } = sources
  const own = sources.enrolments.filter(
    (e) =>
      e.record.personId === person.id &&
      e.record.status !== 'withdrawn' &&
      e.record.startDate <= date,
  )
  const recent =
    own
      .filter((e) => countDaysBetween(e.plannedEnd, date) < 75)
      .sort((a, b) => compareText(b.record.startDate, a.record.startDate))[0] ?? null
  const focus = sources.plans.focusByPerson.get(person.id) ?? []
  const known = levels.listSkills(person).filter((skill) => levels.isIntroduced(skill, date))
  const trainingSkill = recent?.spec.skillTargets
    .map(([skill]) => skill)
    .find((skill) => known.includes(skill))
  const skill = chooseSkill(
    person,
    date,
    known,
    focus,
    trainingSkill ?? null,
    previousSkill,
    levels,
    rng,
  )
  // Only training that builds the skill under discussion is worth mentioning in the answers.
  const training =
    recent !== null && recent.spec.skillTargets.some(([target]) => target === skill) ? recent : null
  const horizon = addDays(date, 30)
  const half = toHalfKey(date)
  const items = sources.plans.planItems.filter(
    (item) => (item.startDate ?? '') <= horizon && item.planId.endsWith(half),
  )
  const planItem =
    items.find((item) => item.skillIds.includes(toSkillId(skill))) ??
    (items.length > 0 ? rng.pick(items) : null)
  const quarter = toQuarterKey(date)
  const goals = sources.goals.filter((g) => g.period === quarter)
  const goal = goals.length > 0 ? rng.pick(goals) : null
  const updates =
    goal === null ? [] : sources.goalUpdates.filter((u) => u.goalId === goal.id && u.date <= date)
  const teammates = context.people.filter(
    (p) =>
      p.team === person.team &&
      p.id !== person.id &&
      !p.isLead &&
      p.hireDate <= date &&
      p.activeUntil >= date,
  )
  const expert = findExpertOnce(context, levels, person, skill)
  const upcoming = sources.enrolments.find((e) => e.record.startDate > date)
  const lead = context.people.find((p) => p.id === person.managerId)
  return {
    person,
    date,
    skill,
    training,
    isTrainingRunning:
      training !== null && training.record.startDate < date && training.plannedEnd > date,
    hasUpcomingTraining: upcoming !== undefined,
    isNewcomer: countDaysBetween(person.hireDate, date) <= 120,
    workplace: findWorkplace(person),
    level: levels.findLevel(person, skill, date),
    required: findRequiredLevel(person.handle, person.role, skill),
    planItem,
    goal,
    goalConfidence: updates[updates.length - 1]?.confidence ?? 'on-track',
    values: {
      name: person.givenName,
      skill: skillLabel(skill),
      training: training?.spec.spokenName ?? 'the last course',
      nextTraining: upcoming?.spec.spokenName ?? 'the next course',
      expert: expert?.givenName ?? lead?.givenName ?? 'someone experienced',
      colleague:
        teammates.length > 0 ? rng.pick(teammates).givenName : (lead?.givenName ?? 'the team'),
      customer: rng.pick(customers),
      coffee: rng.pick(coffees),
      day: dayNames[getWeekday(date)] ?? 'Monday',
      lead: lead?.givenName ?? 'my manager',
      team: teamSpecs.find((t) => t.key === person.team)?.name ?? 'the team',
      goal: goal?.title ?? 'our goal',
      level: String(levels.findLevel(person, skill, date)),
      required: String(findRequiredLevel(person.handle, person.role, skill) ?? '-'),
    },
  }
}

/** What the conversation is about: recent training first, then plan focus and gaps, rarely the same twice running. */
function chooseSkill(
  person: SamplePerson,
  date: string,
  known: string[],
  focus: string[],
  trainingSkill: string | null,
  previous: string | null,
  levels: LevelModel,
  rng: Rng,
): string {
  const weights = known.map((skill): [string, number] => {
    const required = findRequiredLevel(person.handle, person.role, skill)
    const hasGap = required !== null && levels.findLevel(person, skill, date) < required
    const weight = skill === trainingSkill ? 4 : focus.includes(skill) ? 2.5 : hasGap ? 1 : 0.25
    return [skill, skill === previous ? weight * 0.2 : weight]
  })
  return rng.pickWeighted(weights)
}

function findWorkplace(person: SamplePerson): Moment['workplace'] {
  if (['roaster', 'production-operative', 'warehouse-operative'].includes(person.role))
    return 'floor'
  if (['delivery-driver', 'service-technician', 'account-manager'].includes(person.role))
    return 'road'
  return person.role === 'barista-trainer' ? 'lab' : 'office'
}

function skillLabel(skill: string): string {
  if (skill === 'wms-scanning') return 'Stockwise'
  if (skill === 'crm') return 'the CRM'
  if (skill === 'cupping') return 'cupping'
  return toSentenceName(findSkillName(toSkillId(skill)))
}

function toHalfKey(date: string): string {
  return `${date.slice(0, 4)}-h${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`
}

const experts = new WeakMap<LevelModel, Map<string, SamplePerson | null>>()

function findExpertOnce(
  context: SampleContext,
  levels: LevelModel,
  person: SamplePerson,
  skill: string,
): SamplePerson | null {
  const cache = experts.get(levels) ?? new Map<string, SamplePerson | null>()
  experts.set(levels, cache)
  const key = `${person.id}:${skill}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const expert = findExpert(context, levels, person, skill)
  cache.set(key, expert)
  return expert
}
