import type { Confidence, Goal, GoalUpdate, PlanItem } from '../../../model'
import { addDays, countDaysBetween, getWeekday, toHalfYearKey, toQuarterKey } from '../dates'
import type { Rng } from '../random'
import { coffees, customers, toSentenceName } from '../text'
import type { LargeMoment } from './checkin-writer'
import type { LevelBook } from './levels'
import { findTeamSpec } from './org-spec'
import { listAssessedSkills, listRequiredLevels } from './roles'
import { skillIdAt, skillKeyAt, skillNameOf } from './skills'
import { jobAt, type TeamIndex } from './timeline'
import type { LargeEnrolment } from './training'
import type { LargeContext, LargePerson } from './types'

/** Reused for every check-in's skill weights (at most one per skill). */
const scratch = new Float64Array(64)

const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** One person's trainings, goals and plan items: what their check-ins draw on. */
export type PersonSources = {
  enrolments: LargeEnrolment[]
  goals: Goal[]
  updatesByGoal: Map<string, GoalUpdate[]>
  planItems: PlanItem[]
  /** The day a voluntary leaver's notice period starts to show, or null. */
  unsettledFrom: string[]
}

export function describeMoment(
  context: LargeContext,
  levels: LevelBook,
  teams: TeamIndex,
  sources: PersonSources,
  person: LargePerson,
  date: string,
  previousSkill: number,
  rng: Rng,
): LargeMoment & { skillIndex: number } {
  const job = jobAt(person, date)
  const round = levels.roundAt(person.id, date)
  const recent = sources.enrolments.filter(
    (e) =>
      e.record.status !== 'withdrawn' &&
      e.record.startDate <= date &&
      countDaysBetween(e.plannedEnd, date) < 75,
  )
  const half = toHalfYearKey(date)
  const items = sources.planItems.filter(
    (i) => i.planId.endsWith(half) && (i.startDate ?? '') <= addDays(date, 30),
  )
  const skills = listAssessedSkills(job.role, job.team)
  const requiredLevels = listRequiredLevels(job.role, job.team)
  const trainingSkills = new Set(recent.flatMap((e) => e.skills))
  const focusSkills = new Set(items.flatMap((i) => i.skillIds))
  // Weighted by what the conversation is likely about: recent training, the plan, then gaps.
  let total = 0
  for (let i = 0; i < skills.length; i += 1) {
    const s = skills[i] ?? 0
    const need = requiredLevels[s] ?? -1
    const level = round?.levels[s] ?? -1
    const weight = trainingSkills.has(s)
      ? 4
      : focusSkills.has(skillIdAt(s))
        ? 2.5
        : need >= 0 && level < need
          ? 1
          : need >= 0
            ? 0.3
            : 0.02
    scratch[i] = s === previousSkill ? weight * 0.2 : weight
    total += scratch[i] ?? 0
  }
  let threshold = rng.nextFloat() * total
  let skillIndex = skills[skills.length - 1] ?? 0
  for (let i = 0; i < skills.length; i += 1) {
    threshold -= scratch[i] ?? 0
    if (threshold < 0) {
      skillIndex = skills[i] ?? skillIndex
      break
    }
  }
  const skill = skillKeyAt(skillIndex)
  const training = recent.filter((e) => e.skills.includes(skillIndex)).pop() ?? null
  const planItem =
    items.find((i) => i.skillIds.includes(skillIdAt(skillIndex))) ??
    (items.length > 0 && rng.roll(0.5) ? rng.pick(items) : null)
  const quarter = toQuarterKey(date)
  const goals = sources.goals.filter((g) => g.period === quarter)
  const goal = goals.length > 0 ? rng.pick(goals) : null
  const updates =
    goal === null ? [] : (sources.updatesByGoal.get(goal.id) ?? []).filter((u) => u.date <= date)
  const confidence: Confidence = updates[updates.length - 1]?.confidence ?? 'on-track'
  const colleagues = teams.colleagues(person, date)
  const expert = findExpert(levels, colleagues, skillIndex, date)
  const manager = context.personById.get(job.managerId ?? '')
  const upcoming = sources.enrolments.find(
    (e) => e.record.startDate > date && e.record.status !== 'withdrawn',
  )
  const need = requiredLevels[skillIndex] ?? -1
  const required = need < 0 ? null : need
  const level = round?.levels[skillIndex] ?? -1
  const spec = findTeamSpec(job.team)
  return {
    person,
    date,
    skill,
    skillIndex,
    level: level < 0 ? null : level,
    required,
    training,
    isTrainingRunning:
      training !== null && training.record.startDate < date && training.plannedEnd > date,
    hasUpcoming: upcoming !== undefined,
    isNewcomer:
      countDaysBetween(
        person.stints.find((s) => s.hireDate <= date && (s.leftDate ?? '9') > date)?.hireDate ??
          date,
        date,
      ) <= 120,
    isLead: job.role === 'team-lead',
    isUnsettled: sources.unsettledFrom.some((from) => date >= from && date < addDays(from, 110)),
    workplace: spec.workplace,
    planItem,
    goal,
    confidence,
    values: {
      name: person.givenName,
      skill: toSentenceName(skillNameOf(skill)),
      training: training?.spec.spokenName ?? 'the last course',
      nextTraining: upcoming?.spec.spokenName ?? 'the next course',
      expert: expert?.givenName ?? manager?.givenName ?? 'someone experienced',
      colleague:
        colleagues.length > 0 ? rng.pick(colleagues).givenName : (manager?.givenName ?? 'the team'),
      customer: rng.pick(customers),
      coffee: rng.pick(coffees),
      day: dayNames[getWeekday(date)] ?? 'Monday',
      lead: manager?.givenName ?? 'my manager',
      team: spec.name,
      goal: goal?.title ?? 'our goal',
      level: level < 0 ? '-' : String(level),
      required: required === null ? '-' : String(required),
    },
  }
}

function findExpert(
  levels: LevelBook,
  colleagues: LargePerson[],
  skill: number,
  date: string,
): LargePerson | null {
  let expert: LargePerson | null = null
  let best = 1
  for (const colleague of colleagues) {
    const level = levels.levelAt(colleague.id, skill, date) ?? -1
    if (level > best) [expert, best] = [colleague, level]
  }
  return expert
}
