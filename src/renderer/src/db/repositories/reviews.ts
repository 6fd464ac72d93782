import { Review, ReviewCycle } from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'

/** Creates a cycle and a draft review for each of its people, in one transaction. */
export async function createReviewCycle(
  db: WorkspaceDb,
  input: Omit<ReviewCycle, 'id'> & { raterName: string; today: string },
): Promise<ReviewCycle> {
  if (input.periodEnd < input.periodStart) throw new Error('The period ends before it starts.')
  const cycle = ReviewCycle.parse({ ...input, id: crypto.randomUUID() })
  await db.transaction('rw', db.reviewCycles, db.reviews, async () => {
    await db.reviewCycles.add(cycle)
    await db.reviews.bulkAdd(
      cycle.personIds.map((personId) =>
        Review.parse({
          id: crypto.randomUUID(),
          cycleId: cycle.id,
          personId,
          raterName: input.raterName,
          updatedAt: input.today,
        }),
      ),
    )
  })
  return cycle
}

/** Saves a review as a whole; the record is validated against the model first. */
export async function saveReview(db: WorkspaceDb, review: Review): Promise<Review> {
  const record = Review.parse(review)
  await db.reviews.put(record)
  return record
}

/** Moves a person in the 9-box: a calibrated performance row, a potential and the reason. */
export async function moveInNineBox(
  db: WorkspaceDb,
  input: {
    reviewId: string
    performance: 'low' | 'medium' | 'high'
    potential: 'low' | 'medium' | 'high'
    note: string
    today: string
  },
): Promise<void> {
  if (input.note.trim() === '') throw new Error('Say why the person moves.')
  await db.transaction('rw', db.reviews, async () => {
    const review = await db.reviews.get(input.reviewId)
    if (!review) throw new Error('This review no longer exists.')
    await db.reviews.put(
      Review.parse({
        ...review,
        calibratedPerformance: input.performance,
        potential: input.potential,
        calibrationNote: input.note.trim(),
        updatedAt: input.today,
      }),
    )
  })
}
