import type { Assessment, CareerEvent, Person, Review, ReviewCycle } from '../../model'
import { jobOn } from '../careers/history'
import { findSkillName, toSkillId } from './catalogue'
import { formatDisplayName, type SampleContext } from './context'
import { addDays, getHalfYearStart, toHalfYearKey } from './dates'
import { findRequiredLevel, listRoleSkills } from './roles'
import { compareText, toSentenceName } from './text'
import type { RoleKey, SamplePerson } from './types'

const leadSkills = [
  'coaching',
  'delegation',
  'workload-planning',
  'budgeting',
  'account-planning',
  'consultative-selling',
]

/** The top performer of the half, who has left since (see leavers.ts). */
const topPerformer = 'emma'

type Sources = {
  people: Person[]
  events: CareerEvent[]
  assessments: Assessment[]
  currentCycle: ReviewCycle
}

/**
 * The half-year before the current cycle, finished: every review of Wholesale & Customer Care
 * is final, rated on the manager assessments of the time. It is the last finished review of the
 * people who left since, so the top-performer turnover has something to read.
 */
export function createPastReviews(
  context: SampleContext,
  sources: Sources,
): { cycle: ReviewCycle; reviews: Review[] } {
  const rng = context.rng.fork('past-reviews')
  const end = addDays(sources.currentCycle.periodStart, -1)
  const start = getHalfYearStart(end)
  const key = toHalfYearKey(end)
  const records = new Map(sources.people.map((p) => [p.id, p]))
  const latest = indexLatestBy(sources.assessments, end)
  const members = context.people.flatMap((person) => {
    const record = records.get(person.id)
    if (!record || person.hireDate >= addDays(start, 30)) return []
    if (person.leftDate !== null && person.leftDate <= end) return []
    const job = jobOn(record, sources.events, end)
    return job.teamId === 'team-sales' ? [{ person, job }] : []
  })
  // The id sorts after the current cycle's, so lists in stored order keep the current one first.
  const cycleId = `cycle-wholesale-${key.toLowerCase()}`
  const cycle: ReviewCycle = {
    id: cycleId,
    name: `${key.replace('-H', ' H')} review: Wholesale & Customer Care`,
    periodStart: start,
    periodEnd: end,
    personIds: members.map(({ person }) => person.id),
  }
  const reviews = members.map(({ person, job }): Review => {
    const role = (job.roleId ?? '').replace('role-', '') as RoleKey
    const skills = role === 'team-lead' ? leadSkills : listRoleSkills(role)
    const rated = skills.flatMap((skill) => {
      const assessment = latest.get(`${person.id}:${toSkillId(skill)}`)
      if (!assessment) return []
      const required = findRequiredLevel(person.handle, role, skill) ?? 0
      return [{ skill, required, assessment }]
    })
    const average =
      rated.reduce((sum, r) => sum + r.assessment.level, 0) / Math.max(1, rated.length)
    const isTop = person.handle === topPerformer
    const rater = context.people.find((p) => p.id === job.managerId)
    const review: Review = {
      id: `review-${person.handle}-${key.toLowerCase()}`,
      cycleId,
      personId: person.id,
      raterName: rater === undefined ? '' : formatDisplayName(rater),
      state: 'final',
      skillRatings: rated.map(({ skill, assessment }) => ({
        skillId: toSkillId(skill),
        rating: assessment.level,
        evidenceIds: [assessment.id],
      })),
      goalRatings: [],
      selfRatings: [],
      overallRating: isTop ? Math.max(3, Math.round(average)) : Math.round(average),
      potential: isTop || average >= 3 ? 'high' : average >= 2.3 ? 'medium' : 'low',
      strengths: isTop ? emmaStrengths : writeStrengths(person, rated),
      growthAreas: isTop ? emmaGrowth : writeGrowth(rated),
      nextGoals: isTop
        ? 'Shadow Arjun on two account reviews; run the complaint role-plays for the desk.'
        : writeNextGoals(rated),
      updatedAt: addDays(end, rng.nextInt(9, 24)),
    }
    return isTop
      ? {
          ...review,
          calibratedPerformance: 'high',
          calibrationNote:
            'Moved up at calibration: she took most escalated complaints this half and trained both new advisors.',
        }
      : review
  })
  return { cycle, reviews }
}

const emmaStrengths =
  'Complaint handling: the desk sends her the hardest calls, and she kept two unhappy cafés from cancelling. Clear written communication: her replies need no follow-up.'

const emmaGrowth =
  'Account planning and selling, if she is to move into accounts as she has asked. The ERP order screens still slow her down on busy mornings.'

type Rated = { skill: string; required: number; assessment: Assessment }

function writeStrengths(person: SamplePerson, rated: Rated[]): string {
  const strong = [...rated]
    .filter((r) => r.assessment.level >= 3 && r.assessment.level >= r.required)
    .sort(
      (a, b) =>
        b.assessment.level - b.required - (a.assessment.level - a.required) ||
        compareText(a.skill, b.skill),
    )
    .slice(0, 2)
    .map((r) => toSentenceName(findSkillName(toSkillId(r.skill))))
  if (strong.length === 0) {
    return `${person.givenName} is reliable day to day; no skill stands out above the role yet.`
  }
  return `${person.givenName} is strongest in ${strong.join(' and ')}, at or above what the role needs.`
}

function findLargestGap(rated: Rated[]): Rated | undefined {
  return [...rated]
    .filter((r) => r.assessment.level < r.required)
    .sort(
      (a, b) =>
        b.required - b.assessment.level - (a.required - a.assessment.level) ||
        compareText(a.skill, b.skill),
    )[0]
}

function writeGrowth(rated: Rated[]): string {
  const gap = findLargestGap(rated)
  if (!gap) return 'No gap against the role; the next step is to teach what they know.'
  const name = toSentenceName(findSkillName(toSkillId(gap.skill)))
  return `Work on ${name}: at ${gap.assessment.level}, the role needs ${gap.required}.`
}

function writeNextGoals(rated: Rated[]): string {
  const gap = findLargestGap(rated)
  if (!gap) return 'Pass on what works: pair with a newer colleague for a month.'
  const name = toSentenceName(findSkillName(toSkillId(gap.skill)))
  return `Put ${name} in the next half-year plan, with a check-in on it every month.`
}

/** The latest manager assessment per person and skill, on or before `date`. */
function indexLatestBy(assessments: Assessment[], date: string): Map<string, Assessment> {
  const index = new Map<string, Assessment>()
  for (const a of assessments) {
    if (a.source !== 'manager' || a.date > date) continue
    const key = `${a.personId}:${a.skillId}`
    const current = index.get(key)
    if (current === undefined || a.date >= current.date) index.set(key, a)
  }
  return index
}
