import type { Review } from '../../model'
import { listCitedEvidenceIds } from './recency'
import { standardDeviation, type BiasFlag, type RatingScale } from './types'

export const minSkillsForHalo = 4
/** Ratings this close together count as "almost no variation". */
export const haloMaxDeviation = 0.3

/**
 * Halo (or horns): skills from different categories rated almost the same, together with an
 * overall rating at the top (or bottom) of the scale: one impression coloured every rating.
 */
export function checkHalo(
  review: Review,
  categoryBySkill: ReadonlyMap<string, string>,
  scale: RatingScale,
): BiasFlag | null {
  if (review.overallRating === null) return null
  const isTop = review.overallRating >= scale.max
  const isBottom = review.overallRating <= scale.min
  if (!isTop && !isBottom) return null
  const ratings = review.skillRatings
  if (ratings.length < minSkillsForHalo) return null
  const categories = new Set(ratings.map((rating) => categoryBySkill.get(rating.skillId) ?? ''))
  // Skills of one category may well move together; the pattern needs unrelated skills.
  if (categories.size < 2) return null
  const deviation = standardDeviation(ratings.map((rating) => rating.rating))
  if (deviation > haloMaxDeviation) return null
  const kind = isTop ? 'halo' : 'horns'
  return {
    kind,
    title: isTop
      ? 'Halo: one strong impression may colour every rating'
      : 'Horns: one weak impression may colour every rating',
    explanation:
      `${ratings.length} skills from ${categories.size} unrelated categories are rated almost the same ` +
      `(spread ${deviation.toFixed(2)}), and the overall rating is at the ${isTop ? 'top' : 'bottom'} of the scale. ` +
      `Rate each skill on its own evidence; people are rarely equally strong or weak at everything.`,
    evidenceIds: listCitedEvidenceIds(review),
  }
}
