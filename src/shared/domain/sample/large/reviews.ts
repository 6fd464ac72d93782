import type {
  Assessment,
  FeedbackEntry,
  Goal,
  GoalUpdate,
  Review,
  ReviewCycle,
} from '../../../model'
import { toSkillId } from '../catalogue'
import { addDays, countDaysBetween, getEarlierDate } from '../dates'
import type { Rng } from '../random'
import type { LevelBook } from './levels'
import { displayNameOf } from './people-records'
import { findRequired, listRequirements } from './roles'
import { skillNameOf, toSkillIndex } from './skills'
import { writeGrowthAreas, writeNextGoals, writeStrengths, type RatedSkill } from './review-text'
import { isOnStaff, jobAt, listWindows } from './timeline'
import type { LargeContext, LargePerson } from './types'

export type ReviewSources = {
  levels: LevelBook
  assessments: Assessment[]
  feedback: FeedbackEntry[]
  goalsByPerson: Map<string, Goal[]>
  updatesByGoal: Map<string, GoalUpdate[]>
}

/** One annual review per year, written from mid-November; this year's may still be open. */
export function createReviews(
  context: LargeContext,
  sources: ReviewSources,
): { reviewCycles: ReviewCycle[]; reviews: Review[] } {
  const rng = context.rng.fork('reviews')
  const selfLevels = indexSelf(sources.assessments)
  const feedbackByPerson = new Map<string, FeedbackEntry[]>()
  for (const f of sources.feedback)
    feedbackByPerson.set(f.personId, [...(feedbackByPerson.get(f.personId) ?? []), f])
  const reviewCycles: ReviewCycle[] = []
  const reviews: Review[] = []
  for (
    let year = Number(context.start.slice(0, 4));
    year <= Number(context.today.slice(0, 4));
    year += 1
  ) {
    const snapshot = `${year}-11-15`
    if (snapshot < context.start || snapshot > context.today) continue
    const isOpen = `${year + 1}-01-31` > context.today
    const people = context.people.filter((p) => {
      const window = listWindows(context, p).find((w) => w.from <= snapshot && w.to >= snapshot)
      return (
        !p.isOwner &&
        window !== undefined &&
        window.hireDate <= `${year}-09-30` &&
        jobAt(p, snapshot).managerId !== null
      )
    })
    const cycle: ReviewCycle = {
      id: `cycle-${year}`,
      name: `${year} annual review`,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      personIds: people.map((p) => p.id),
    }
    reviewCycles.push(cycle)
    for (const person of people) {
      const state: Review['state'] = isOpen
        ? rng.pickWeighted([
            ['draft', 0.4],
            ['ready', 0.25],
            ['shared', 0.2],
            ['final', 0.15],
          ] as const)
        : 'final'
      reviews.push(
        writeReview(
          context,
          rng,
          sources,
          person,
          cycle,
          snapshot,
          state,
          selfLevels,
          feedbackByPerson.get(person.id) ?? [],
        ),
      )
    }
  }
  return { reviewCycles, reviews }
}

function writeReview(
  context: LargeContext,
  rng: Rng,
  sources: ReviewSources,
  person: LargePerson,
  cycle: ReviewCycle,
  snapshot: string,
  state: Review['state'],
  selfLevels: Map<string, Assessment[]>,
  feedback: FeedbackEntry[],
): Review {
  const job = jobAt(person, snapshot)
  const isDraft = state === 'draft'
  const year = cycle.periodStart.slice(0, 4)
  const yearFeedback = feedback.filter((f) => f.date >= cycle.periodStart && f.date <= snapshot)
  const core = [...listRequirements(job.role)]
    .filter(([, level]) => level >= 2)
    .map(([skill]) => skill)
  const rated = isDraft ? core.slice(0, rng.nextInt(2, Math.max(2, core.length - 1))) : core
  const round = sources.levels.roundAt(person.id, snapshot)
  const skills: RatedSkill[] = rated.map((skill) => {
    const index = toSkillIndex(skill)
    const assessmentId = round?.ids[index]
    const evidence = yearFeedback
      .filter((f) => f.skillIds.includes(toSkillId(skill)))
      .slice(-2)
      .map((f) => f.id)
    return {
      skill,
      name: skillNameOf(skill),
      rating: (round?.levels[index] ?? -1) >= 0 ? (round?.levels[index] ?? 2) : 2,
      required: findRequired(job.role, job.team, skill) ?? 0,
      evidenceIds: [...(assessmentId === undefined ? [] : [assessmentId]), ...evidence],
    }
  })
  const goals = (sources.goalsByPerson.get(person.id) ?? []).filter(
    (g) => g.period.startsWith(`${year}-`) && g.level === 'person',
  )
  const goalRatings = isDraft
    ? []
    : goals.map((goal) => {
        const updates = (sources.updatesByGoal.get(goal.id) ?? []).filter((u) => u.date <= snapshot)
        const last = updates[updates.length - 1]
        const byStatus = { done: 4, 'carried-over': 2, dropped: 1, active: 3 }[goal.status]
        const rating =
          goal.status === 'active' && last
            ? { 'on-track': 3, 'at-risk': 2, 'off-track': 1 }[last.confidence]
            : byStatus
        return { goalId: goal.id, rating, evidenceIds: updates.slice(-2).map((u) => u.id) }
      })
  const selfRatings =
    isDraft && rng.roll(0.5)
      ? []
      : skills.flatMap((s) => {
          const own = (selfLevels.get(`${person.id}:${toSkillId(s.skill)}`) ?? []).filter(
            (a) => a.date <= snapshot,
          )
          const last = own[own.length - 1]
          return last ? [{ skillId: toSkillId(s.skill), rating: last.level }] : []
        })
  const average = skills.reduce((sum, s) => sum + s.rating, 0) / Math.max(1, skills.length)
  const leftOn =
    listWindows(context, person).find((w) => w.from <= snapshot && w.to >= snapshot)?.to ??
    context.today
  const written = addDays(
    snapshot,
    rng.nextInt(
      0,
      Math.max(0, countDaysBetween(snapshot, getEarlierDate(context.today, addDays(snapshot, 70)))),
    ),
  )
  const manager = context.personById.get(job.managerId ?? '')
  const review: Review = {
    id: `review-${year}-${person.number}`,
    cycleId: cycle.id,
    personId: person.id,
    raterName: manager ? displayNameOf(manager) : '',
    state,
    skillRatings: skills.map((s) => ({
      skillId: toSkillId(s.skill),
      rating: s.rating,
      evidenceIds: s.evidenceIds,
    })),
    goalRatings,
    selfRatings,
    overallRating:
      isDraft && rng.roll(0.6)
        ? null
        : Math.min(4, Math.round(average + (rng.roll(0.3) ? 0.4 : 0))),
    potential: isDraft
      ? null
      : average + (person.talent - 0.5) >= 2.9
        ? 'high'
        : average >= 2.2
          ? 'medium'
          : 'low',
    strengths: writeStrengths(skills, yearFeedback),
    growthAreas: isDraft && rng.roll(0.5) ? '' : writeGrowthAreas(skills, yearFeedback),
    nextGoals: isDraft ? '' : writeNextGoals(skills),
    updatedAt: getEarlierDate(written, leftOn),
  }
  if (state === 'final' && rng.roll(0.06) && isOnStaff(person, snapshot)) {
    review.calibratedPerformance = average >= 2.5 ? 'medium' : 'high'
    review.calibrationNote =
      'Moved at the calibration meeting: the year was stronger or weaker than the skill ratings show.'
  }
  return review
}

function indexSelf(assessments: Assessment[]): Map<string, Assessment[]> {
  const index = new Map<string, Assessment[]>()
  for (const a of assessments) {
    if (a.source !== 'self') continue
    const key = `${a.personId}:${a.skillId}`
    const own = index.get(key)
    if (own) own.push(a)
    else index.set(key, [a])
  }
  return index
}
