import type { Review } from '../../model'
import {
  mean,
  noticeableDifference,
  standardDeviation,
  type BiasFlag,
  type RatingScale,
} from './types'

/** Fewer ratings than this on either side and a comparison says nothing. */
export const minRatingsPerSide = 3

export interface RaterDistribution {
  rater: string
  count: number
  mean: number
  deviation: number
}

export function describeRaterDistribution(
  rater: string,
  reviews: readonly Review[],
): RaterDistribution {
  const ratings = listOverallRatings(reviews.filter((review) => review.raterName === rater))
  return {
    rater,
    count: ratings.length,
    mean: mean(ratings),
    deviation: standardDeviation(ratings),
  }
}

function listOverallRatings(reviews: readonly Review[]): number[] {
  return reviews.flatMap((review) => (review.overallRating === null ? [] : [review.overallRating]))
}

/**
 * Leniency, severity and central tendency: one rater's overall ratings in this cycle against the
 * other raters' (the workspace), or, when this rater is the only one, against the rater's own
 * ratings in earlier cycles.
 */
export function checkRaterDistribution(
  rater: string,
  cycleReviews: readonly Review[],
  earlierReviews: readonly Review[],
  scale: RatingScale,
): BiasFlag[] {
  const mine = cycleReviews.filter((review) => review.raterName === rater)
  const others = cycleReviews.filter((review) => review.raterName !== rater)
  const isOnlyRater = others.every((review) => review.overallRating === null)
  const reference = isOnlyRater
    ? earlierReviews.filter((review) => review.raterName === rater)
    : others
  const comparedWith = isOnlyRater
    ? `${rater}'s own ratings in earlier cycles`
    : 'the other raters in this cycle'
  const ratings = listOverallRatings(mine)
  const referenceRatings = listOverallRatings(reference)
  if (ratings.length < minRatingsPerSide || referenceRatings.length < minRatingsPerSide) return []

  const flags: BiasFlag[] = []
  const difference = mean(ratings) - mean(referenceRatings)
  const threshold = noticeableDifference(scale)
  const ids = mine.map((review) => review.id)
  const summary = `${rater} rates ${ratings.length} people at ${mean(ratings).toFixed(1)} on average; ${comparedWith} average ${mean(referenceRatings).toFixed(1)} over ${referenceRatings.length} ratings.`
  if (difference >= threshold) {
    flags.push({
      kind: 'leniency',
      title: 'Leniency: this rater rates higher than the rest',
      explanation: `${summary} A gap this size may be a generous rater rather than a stronger team; compare the evidence behind the top ratings.`,
      evidenceIds: ids,
    })
  } else if (difference <= -threshold) {
    flags.push({
      kind: 'severity',
      title: 'Severity: this rater rates lower than the rest',
      explanation: `${summary} A gap this size may be a strict rater rather than a weaker team; compare the evidence behind the low ratings.`,
      evidenceIds: ids,
    })
  }
  const spread = standardDeviation(ratings)
  const referenceSpread = standardDeviation(referenceRatings)
  if (referenceSpread > 0 && spread <= 0.5 * referenceSpread) {
    flags.push({
      kind: 'central-tendency',
      title: 'Central tendency: ratings bunched together',
      explanation: `${rater}'s ratings spread ${spread.toFixed(2)} around their average; ${comparedWith} spread ${referenceSpread.toFixed(2)}. Ratings that all sit in the same place may hide real differences between people.`,
      evidenceIds: ids,
    })
  }
  return flags
}
