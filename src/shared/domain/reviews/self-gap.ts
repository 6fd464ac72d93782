import type { Review } from '../../model'
import type { BiasFlag } from './types'

/** A difference of this many levels between self and manager on one skill deserves a talk. */
export const selfGapThreshold = 2

export function checkSelfManagerGap(
  review: Review,
  skillNames: ReadonlyMap<string, string>,
): BiasFlag | null {
  const manager = new Map(review.skillRatings.map((rating) => [rating.skillId, rating]))
  const gaps = review.selfRatings.flatMap((self) => {
    const rating = manager.get(self.skillId)
    if (!rating || Math.abs(rating.rating - self.rating) < selfGapThreshold) return []
    return [
      {
        skillId: self.skillId,
        self: self.rating,
        manager: rating.rating,
        evidenceIds: rating.evidenceIds,
      },
    ]
  })
  if (gaps.length === 0) return null
  const list = gaps
    .map(
      (gap) =>
        `${skillNames.get(gap.skillId) ?? gap.skillId} (self ${gap.self}, manager ${gap.manager})`,
    )
    .join('; ')
  return {
    kind: 'self-manager-gap',
    title: 'Self and manager ratings far apart',
    explanation: `On ${gaps.length === 1 ? 'one skill' : `${gaps.length} skills`} the self-review and the manager differ by ${selfGapThreshold} levels or more: ${list}. Talk it through with the evidence before the review is final.`,
    evidenceIds: [...new Set(gaps.flatMap((gap) => gap.evidenceIds))],
  }
}
