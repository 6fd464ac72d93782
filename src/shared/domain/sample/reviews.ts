import type { Assessment, FeedbackEntry, Goal, GoalUpdate, Review, ReviewCycle } from '../../model'
import { findSkillName, toSkillId } from './catalogue'
import { formatDisplayName, type SampleContext } from './context'
import { addDays, getHalfYearEnd, getHalfYearStart, toHalfYearKey } from './dates'
import { findRequiredLevel, listRoleSkills } from './roles'
import { compareText, fillTemplate, toSentenceName } from './text'
import type { SamplePerson } from './types'

type Sources = {
  assessments: Assessment[]
  feedback: FeedbackEntry[]
  goals: Goal[]
  goalUpdates: GoalUpdate[]
  focusByPerson: Map<string, string[]>
}

const states: Record<string, Review['state']> = {
  sinead: 'shared',
  arjun: 'final',
  fatima: 'final',
  lucia: 'ready',
  tolu: 'ready',
  conor: 'draft',
  mei: 'draft',
  ailbhe: 'draft',
}

export function createReviews(
  context: SampleContext,
  sources: Sources,
): { reviewCycles: ReviewCycle[]; reviews: Review[] } {
  const rng = context.rng.fork('reviews')
  const month = Number(context.today.slice(5, 7))
  // Reviews are written in the last two months of a half-year, otherwise about the one before.
  const anchor = [5, 6, 11, 12].includes(month)
    ? context.today
    : addDays(getHalfYearStart(context.today), -1)
  const start = getHalfYearStart(anchor)
  const end = getHalfYearEnd(anchor)
  const key = toHalfYearKey(anchor)
  const people = context.people.filter(
    (p) => p.team === 'sales' && p.leftDate === null && p.hireDate < addDays(start, 30),
  )
  const cycleId = `cycle-${key.toLowerCase()}`
  const cycle: ReviewCycle = {
    id: cycleId,
    name: `${key.replace('-H', ' H')} review: Wholesale & Customer Care`,
    periodStart: start,
    periodEnd: end,
    personIds: people.map((p) => p.id),
  }
  const reviews = people.map((person): Review => {
    const state = states[person.handle] ?? 'draft'
    const isDraft = state === 'draft'
    const rater = context.people.find((p) => p.id === person.managerId)
    const skills = person.isLead
      ? [
          'coaching',
          'delegation',
          'workload-planning',
          'budgeting',
          'account-planning',
          'consultative-selling',
        ]
      : listRoleSkills(person.role)
    const rated = isDraft ? skills.slice(0, rng.nextInt(2, skills.length - 1)) : skills
    const skillRatings = rated.map((skill) => {
      const latest = findLatest(sources.assessments, person.id, skill, 'manager')
      const evidence = sources.feedback
        .filter(
          (f) =>
            f.personId === person.id && f.date >= start && f.skillIds.includes(toSkillId(skill)),
        )
        .map((f) => f.id)
      return {
        skillId: toSkillId(skill),
        rating: latest?.level ?? 2,
        evidenceIds: [...(latest ? [latest.id] : []), ...evidence],
      }
    })
    const goals = sources.goals.filter((g) => g.ownerPersonId === person.id && g.level === 'person')
    const goalRatings = isDraft
      ? []
      : goals.map((goal) => {
          const updates = sources.goalUpdates.filter(
            (u) => u.goalId === goal.id && u.date <= context.today,
          )
          const last = updates[updates.length - 1]
          const rating =
            goal.status === 'done'
              ? 4
              : last?.confidence === 'off-track'
                ? 1
                : last?.confidence === 'at-risk'
                  ? 2
                  : 3
          return { goalId: goal.id, rating, evidenceIds: updates.slice(-2).map((u) => u.id) }
        })
    const selfRatings =
      isDraft && rng.roll(0.5)
        ? []
        : rated.map((skill) => ({
            skillId: toSkillId(skill),
            rating:
              findLatest(sources.assessments, person.id, skill, 'self')?.level ??
              findLatest(sources.assessments, person.id, skill, 'manager')?.level ??
              2,
          }))
    const average =
      skillRatings.reduce((sum, r) => sum + r.rating, 0) / Math.max(1, skillRatings.length)
    return {
      id: `review-${person.handle}-${key.toLowerCase()}`,
      cycleId,
      personId: person.id,
      raterName: rater === undefined ? '' : formatDisplayName(rater),
      state,
      skillRatings,
      goalRatings,
      selfRatings,
      overallRating:
        isDraft && rng.roll(0.6) ? null : Math.round(average + (rng.roll(0.3) ? 0.4 : 0)),
      potential: isDraft ? null : average >= 3 ? 'high' : average >= 2.3 ? 'medium' : 'low',
      strengths: writeStrengths(person, skillRatings, sources.feedback, start),
      growthAreas:
        isDraft && rng.roll(0.5)
          ? ''
          : writeGrowthAreas(person, skillRatings, sources.feedback, start),
      nextGoals: isDraft ? '' : writeNextGoals(sources.focusByPerson.get(person.id) ?? []),
      updatedAt: addDays(
        context.today,
        -(state === 'final' ? rng.nextInt(8, 20) : rng.nextInt(0, 7)),
      ),
    }
  })
  return { reviewCycles: [cycle], reviews }
}

function findLatest(
  assessments: Assessment[],
  personId: string,
  skill: string,
  source: Assessment['source'],
): Assessment | null {
  return indexLatest(assessments).get(`${personId}:${toSkillId(skill)}:${source}`) ?? null
}

const latestIndexes = new WeakMap<Assessment[], Map<string, Assessment>>()

function indexLatest(assessments: Assessment[]): Map<string, Assessment> {
  const known = latestIndexes.get(assessments)
  if (known) return known
  const index = new Map<string, Assessment>()
  for (const a of assessments) {
    const key = `${a.personId}:${a.skillId}:${a.source}`
    const current = index.get(key)
    if (current === undefined || a.date >= current.date) index.set(key, a)
  }
  latestIndexes.set(assessments, index)
  return index
}

type Rating = { skillId: string; rating: number }

const strengthLines = [
  '{skill}: the person the team asks; at {level}, above the {required} the role needs.',
  '{skill}: steady at {level} all half-year, including the busy weeks.',
  '{skill}: at {level}; sets the standard for newer colleagues.',
]

function writeStrengths(
  person: SamplePerson,
  ratings: Rating[],
  feedback: FeedbackEntry[],
  start: string,
): string {
  const strong = ratings
    .map((r) => ({
      ...r,
      required: findRequiredLevel(person.handle, person.role, r.skillId.replace('skill-', '')) ?? 0,
    }))
    .filter((r) => r.rating >= 3 && r.rating >= r.required)
    .sort(
      (a, b) =>
        b.rating - b.required - (a.rating - a.required) || compareText(a.skillId, b.skillId),
    )
    .slice(0, 2)
  if (strong.length === 0) return 'Reliable day to day; no skill stands out above the role yet.'
  return strong
    .map((r, index) => {
      const praise = feedback.find(
        (f) =>
          f.personId === person.id &&
          f.kind === 'praise' &&
          f.date >= addDays(start, -90) &&
          f.skillIds.includes(r.skillId),
      )
      const name = findSkillName(r.skillId)
      if (praise) return `${name}: ${praise.behaviour} ${praise.impact}`
      const lines =
        r.rating > r.required && r.required > 0 ? strengthLines.slice(0, 1) : strengthLines.slice(1)
      const line = lines[(index + person.handle.length) % lines.length] ?? ''
      return fillTemplate(line, {
        skill: name,
        level: String(r.rating),
        required: String(r.required),
      })
    })
    .join('\n')
}

function writeGrowthAreas(
  person: SamplePerson,
  ratings: Rating[],
  feedback: FeedbackEntry[],
  start: string,
): string {
  const gaps = ratings
    .map((r) => ({
      ...r,
      required: findRequiredLevel(person.handle, person.role, r.skillId.replace('skill-', '')) ?? 0,
    }))
    .filter((r) => r.rating < r.required)
    .slice(0, 2)
  if (gaps.length === 0)
    return 'No gaps against the role. Growth is about depth: passing skills on to newer colleagues.'
  return gaps
    .map((gap) => {
      const note = feedback.find(
        (f) =>
          f.personId === person.id &&
          f.kind === 'constructive' &&
          f.date >= start &&
          f.skillIds.includes(gap.skillId),
      )
      const base = `${findSkillName(gap.skillId)}: at ${gap.rating}, the role needs ${gap.required}.`
      return note ? `${base} Example: ${note.behaviour}` : base
    })
    .join('\n')
}

function writeNextGoals(focus: string[]): string {
  if (focus.length === 0)
    return 'Keep the current level; take on one stretch assignment next half-year.'
  return `Focus next half-year: ${focus.map((skill) => toSentenceName(findSkillName(toSkillId(skill)))).join(', ')}. Plan items agreed in the check-in.`
}
