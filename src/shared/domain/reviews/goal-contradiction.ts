import type { GoalUpdate, KeyResult, Review } from '../../model'
import { describeShare, type BiasFlag, type RatingScale } from './types'

/** Rating and result this far apart (both as shares of their range) contradict each other. */
export const contradictionThreshold = 0.5

/** Progress of a goal from its key results (weighted), 0 to 1; null when it has none. */
export function computeGoalProgress(keyResults: readonly KeyResult[]): number | null {
  const measured = keyResults.filter((kr) => kr.target !== kr.baseline)
  const totalWeight = measured.reduce((sum, kr) => sum + kr.weight, 0)
  if (measured.length === 0 || totalWeight === 0) return null
  const weighted = measured.reduce((sum, kr) => {
    const share = (kr.current - kr.baseline) / (kr.target - kr.baseline)
    return sum + Math.max(0, Math.min(1, share)) * kr.weight
  }, 0)
  return weighted / totalWeight
}

export function checkGoalContradiction(
  review: Review,
  goals: ReadonlyMap<string, { title: string; keyResults: KeyResult[]; updates: GoalUpdate[] }>,
  scale: RatingScale,
): BiasFlag | null {
  const span = scale.max - scale.min
  if (span <= 0) return null
  const contradictions = review.goalRatings.flatMap((rating) => {
    const goal = goals.get(rating.goalId)
    const progress = goal ? computeGoalProgress(goal.keyResults) : null
    if (!goal || progress === null) return []
    const ratingShare = (rating.rating - scale.min) / span
    if (Math.abs(ratingShare - progress) < contradictionThreshold) return []
    return [
      {
        goal,
        rating: rating.rating,
        progress,
        evidenceIds: [...rating.evidenceIds, ...goal.updates.map((u) => u.id)],
      },
    ]
  })
  if (contradictions.length === 0) return null
  const list = contradictions
    .map(
      (item) =>
        `"${item.goal.title}" rated ${item.rating} of ${scale.max} with ${describeShare(item.progress)} of its key results reached`,
    )
    .join('; ')
  return {
    kind: 'goal-contradiction',
    title: 'Rating at odds with the goal results',
    explanation: `${list}. Either the rating or the key results need a second look (a result may have been out of the person's hands: say so in the comments).`,
    evidenceIds: [...new Set(contradictions.flatMap((item) => item.evidenceIds))],
  }
}
