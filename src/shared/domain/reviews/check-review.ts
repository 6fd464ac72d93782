import type { GoalUpdate, KeyResult, Review, ReviewCycle } from '../../model'
import { checkGoalContradiction } from './goal-contradiction'
import { checkHalo } from './halo'
import { checkRaterDistribution } from './rater-distribution'
import { checkRecency } from './recency'
import { checkSelfManagerGap } from './self-gap'
import type { BiasFlag, RatingScale } from './types'

export interface ReviewCheckContext {
  cycle: ReviewCycle
  /** Every review of the cycle, this one included. */
  cycleReviews: readonly Review[]
  /** Reviews of earlier cycles (the rater's own history when there is one rater). */
  earlierReviews: readonly Review[]
  scale: RatingScale
  evidenceDates: ReadonlyMap<string, string>
  categoryBySkill: ReadonlyMap<string, string>
  skillNames: ReadonlyMap<string, string>
  goals: ReadonlyMap<string, { title: string; keyResults: KeyResult[]; updates: GoalUpdate[] }>
}

/** Every per-review bias check, in the order the panel shows them. */
export function checkReview(review: Review, context: ReviewCheckContext): BiasFlag[] {
  const flags = [
    checkRecency(review, context.cycle, context.evidenceDates),
    checkHalo(review, context.categoryBySkill, context.scale),
    ...(review.raterName
      ? checkRaterDistribution(
          review.raterName,
          context.cycleReviews,
          context.earlierReviews,
          context.scale,
        )
      : []),
    checkSelfManagerGap(review, context.skillNames),
    checkGoalContradiction(review, context.goals, context.scale),
  ]
  return flags.filter((flag): flag is BiasFlag => flag !== null)
}
