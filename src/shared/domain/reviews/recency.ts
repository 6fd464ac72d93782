import type { Review, ReviewCycle } from '../../model'
import { addDays } from '../dates/iso-date'
import { daysBetween } from './dates'
import { describeShare, type BiasFlag } from './types'

/** Below this many dated pieces of cited evidence a share says nothing. */
export const minEvidenceForRecency = 5
/** Flag when the last fifth holds at least this share (an even spread gives 20%). */
export const recencyShareThreshold = 0.5

export function listCitedEvidenceIds(review: Review): string[] {
  const ids = [...review.skillRatings, ...review.goalRatings].flatMap(
    (rating) => rating.evidenceIds,
  )
  return [...new Set(ids)]
}

/**
 * Recency: the share of cited evidence dated in the last fifth of the period, against the 20%
 * an even spread would give. Evidence outside the period or without a date is not counted.
 */
export function checkRecency(
  review: Review,
  cycle: Pick<ReviewCycle, 'periodStart' | 'periodEnd'>,
  evidenceDates: ReadonlyMap<string, string>,
): BiasFlag | null {
  // A review written before the period is over covers the period up to that day.
  const end =
    review.updatedAt >= cycle.periodStart && review.updatedAt < cycle.periodEnd
      ? review.updatedAt
      : cycle.periodEnd
  const length = daysBetween(cycle.periodStart, end)
  if (length <= 0) return null
  const lastFifthFrom = cycle.periodStart
  const cited = listCitedEvidenceIds(review)
    .map((id) => ({ id, date: evidenceDates.get(id) }))
    .filter(
      (item): item is { id: string; date: string } =>
        item.date !== undefined && item.date >= cycle.periodStart && item.date <= end,
    )
  if (cited.length < minEvidenceForRecency) return null
  const late = cited.filter((item) => daysBetween(lastFifthFrom, item.date) >= 0.8 * length)
  const share = late.length / cited.length
  if (share < recencyShareThreshold) return null
  return {
    kind: 'recency',
    title: 'Evidence bunched at the end of the period',
    explanation:
      `${late.length} of the ${cited.length} pieces of evidence cited (${describeShare(share)}) come from the last fifth of the period (from ${addDays(cycle.periodStart, Math.ceil(0.8 * length))}); ` +
      `an even spread would put about 20% there. Look for evidence from earlier in the period before making this final.`,
    evidenceIds: late.map((item) => item.id),
  }
}
