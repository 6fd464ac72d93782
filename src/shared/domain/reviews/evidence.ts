import type { ReviewCycle } from '../../model'
import type { PacketSources } from './build-packet'
import type { ReviewCheckContext } from './check-review'
import type { RatingScale } from './types'

export type EvidenceKind =
  'feedback' | 'check-in' | 'goal update' | 'training result' | 'assessment'

export interface EvidenceItem {
  id: string
  date: string
  kind: EvidenceKind
  title: string
  text: string
}

/** The period's evidence for one person, newest first: what the rater reads while rating. */
export function listPeriodEvidence(
  data: PacketSources,
  personId: string,
  period: { start: string; end: string },
): EvidenceItem[] {
  const inPeriod = (date: string) => date >= period.start && date <= period.end
  const items: EvidenceItem[] = []
  for (const f of data.feedback) {
    if (f.personId !== personId || !inPeriod(f.date)) continue
    items.push({
      id: f.id,
      date: f.date,
      kind: 'feedback',
      title: `${f.kind === 'praise' ? 'Praise' : 'Constructive'} from ${f.authorName || f.source}`,
      text: [f.situation, f.behaviour, f.impact].filter(Boolean).join(' — '),
    })
  }
  for (const c of data.checkins) {
    if (c.personId !== personId || !inPeriod(c.date) || c.sharedNotes.trim() === '') continue
    items.push({
      id: c.id,
      date: c.date,
      kind: 'check-in',
      title: 'Check-in highlights',
      text: c.sharedNotes,
    })
  }
  const goals = new Map(
    data.goals.filter((g) => g.ownerPersonId === personId).map((g) => [g.id, g]),
  )
  for (const u of data.goalUpdates) {
    const goal = goals.get(u.goalId)
    if (!goal || !inPeriod(u.date)) continue
    items.push({
      id: u.id,
      date: u.date,
      kind: 'goal update',
      title: `${goal.title} (${u.confidence})`,
      text: u.note || (u.value === null ? '' : `Value ${u.value}`),
    })
  }
  const enrolments = new Map(
    data.enrolments.filter((e) => e.personId === personId).map((e) => [e.id, e]),
  )
  for (const e of data.evaluations) {
    const enrolment = enrolments.get(e.enrolmentId)
    if (!enrolment || !inPeriod(e.date)) continue
    const title = data.initiatives.find((i) => i.id === enrolment.initiativeId)?.title ?? 'Training'
    items.push({
      id: e.id,
      date: e.date,
      kind: 'training result',
      title: `${title}: ${e.kind}`,
      text: e.note,
    })
  }
  for (const a of data.assessments) {
    if (a.personId !== personId || !inPeriod(a.date)) continue
    const skill = data.skills.find((s) => s.id === a.skillId)?.name ?? 'Skill'
    items.push({
      id: a.id,
      date: a.date,
      kind: 'assessment',
      title: `${skill}: level ${a.level} (${a.source})`,
      text: a.note,
    })
  }
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
}

export function readRatingScale(data: Pick<PacketSources, 'scaleLevels'>): RatingScale {
  const levels = data.scaleLevels.map((step) => step.level)
  return levels.length === 0
    ? { min: 0, max: 4 }
    : { min: Math.min(...levels), max: Math.max(...levels) }
}

/** The context every per-review check needs, built once per cycle. */
export function buildCheckContext(
  data: PacketSources & { reviewCycles: ReviewCycle[] },
  cycle: ReviewCycle,
): ReviewCheckContext {
  // Observations only: an assessment recorded while writing the review is its conclusion, not evidence.
  const evidenceDates = new Map<string, string>()
  for (const record of [
    ...data.feedback,
    ...data.checkins,
    ...data.goalUpdates,
    ...data.evaluations,
  ]) {
    evidenceDates.set(record.id, record.date)
  }
  const earlierCycles = new Set(
    data.reviewCycles.filter((c) => c.periodEnd < cycle.periodStart).map((c) => c.id),
  )
  return {
    cycle,
    cycleReviews: data.reviews.filter((r) => r.cycleId === cycle.id),
    earlierReviews: data.reviews.filter((r) => earlierCycles.has(r.cycleId)),
    scale: readRatingScale(data),
    evidenceDates,
    categoryBySkill: new Map(data.skills.map((s) => [s.id, s.categoryId])),
    skillNames: new Map(data.skills.map((s) => [s.id, s.name])),
    goals: new Map(
      data.goals.map((g) => [
        g.id,
        {
          title: g.title,
          keyResults: data.keyResults.filter((kr) => kr.goalId === g.id),
          updates: data.goalUpdates.filter((u) => u.goalId === g.id),
        },
      ]),
    ),
  }
}

export type NineBoxLevel = 'low' | 'medium' | 'high'

/** The 9-box performance row: the calibrated one when moved, else thirds of the scale. */
export function readPerformanceLevel(
  review: { overallRating: number | null; calibratedPerformance?: NineBoxLevel | null },
  scale: RatingScale,
): NineBoxLevel | null {
  if (review.calibratedPerformance) return review.calibratedPerformance
  if (review.overallRating === null) return null
  const share = (review.overallRating - scale.min) / Math.max(1, scale.max - scale.min)
  return share < 1 / 3 ? 'low' : share <= 2 / 3 ? 'medium' : 'high'
}
