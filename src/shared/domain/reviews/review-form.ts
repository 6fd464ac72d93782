import { z } from 'zod'
import type { Review } from '../../model'

export interface ReviewSaveProblem {
  field: 'overallRating' | 'isChecked'
  text: string
}

/**
 * What stops a review from being saved as it stands: a final review needs an overall rating, and
 * the rater ticks that they read the bias checks when a review first becomes final with flags.
 */
export function findReviewSaveProblem(
  draft: Pick<Review, 'state' | 'overallRating'>,
  context: { previousState: Review['state']; flagCount: number; isChecked: boolean },
): ReviewSaveProblem | null {
  if (draft.state !== 'final') return null
  if (draft.overallRating === null) {
    return { field: 'overallRating', text: 'Give an overall rating before the review is final.' }
  }
  if (context.previousState !== 'final' && context.flagCount > 0 && !context.isChecked) {
    return {
      field: 'isChecked',
      text: 'Read the bias checks and tick that you have before making the review final.',
    }
  }
  return null
}

const NineBoxLevel = z.enum(['low', 'medium', 'high'])

/** A 9-box move: where the person goes and, always, why. */
export const NineBoxMove = z.object({
  performance: NineBoxLevel,
  potential: NineBoxLevel,
  note: z
    .string()
    .trim()
    .min(1, 'Write a note saying why the person moves.')
    .max(4000, 'Keep the note to 4,000 characters or fewer.'),
})
export type NineBoxMove = z.infer<typeof NineBoxMove>
