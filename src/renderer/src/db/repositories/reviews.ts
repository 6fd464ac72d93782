import {
  CycleDraft,
  NineBoxMove,
  findAddProblem,
  judgeRemoval,
} from '../../../../shared/domain/reviews'
import { Review, ReviewCycle, type Person } from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'
import { parseOrThrow } from './parse-or-throw'

async function readPeople(db: WorkspaceDb, ids: readonly string[]): Promise<Person[]> {
  return (await db.people.bulkGet([...ids])).filter((person): person is Person => !!person)
}

function newDraftReview(cycleId: string, personId: string, raterName: string, today: string) {
  return Review.parse({ id: crypto.randomUUID(), cycleId, personId, raterName, updatedAt: today })
}

/** Creates a cycle and a draft review for each of its people, in one transaction. */
export async function createReviewCycle(
  db: WorkspaceDb,
  input: Omit<ReviewCycle, 'id'> & { raterName: string; today: string },
): Promise<ReviewCycle> {
  const draft = parseOrThrow(CycleDraft.safeParse(input))
  draft.personIds = [...new Set(draft.personIds)]
  const cycle = ReviewCycle.parse({ ...draft, id: crypto.randomUUID() })
  await db.transaction('rw', db.reviewCycles, db.reviews, db.people, async () => {
    const problem = findAddProblem(
      { personIds: [] },
      await readPeople(db, cycle.personIds),
      cycle.personIds,
    )
    if (problem) throw new Error(problem)
    await db.reviewCycles.add(cycle)
    await db.reviews.bulkAdd(
      cycle.personIds.map((personId) =>
        newDraftReview(cycle.id, personId, draft.raterName, input.today),
      ),
    )
  })
  return cycle
}

/**
 * Adds people to an existing cycle, each with a draft review, in one transaction. Returns how many
 * joined.
 */
export async function addPeopleToCycle(
  db: WorkspaceDb,
  input: { cycleId: string; personIds: string[]; raterName: string; today: string },
): Promise<number> {
  const raterName = input.raterName.trim()
  const personIds = [...new Set(input.personIds)]
  if (raterName.length > 200) throw new Error('Keep the rater’s name to 200 characters or fewer.')
  return db.transaction('rw', db.reviewCycles, db.reviews, db.people, async () => {
    const cycle = await db.reviewCycles.get(input.cycleId)
    if (!cycle) throw new Error('This review cycle no longer exists.')
    const problem = findAddProblem(cycle, await readPeople(db, personIds), personIds)
    if (problem) throw new Error(problem)
    // A review left behind for someone no longer listed is taken up again, not doubled.
    const kept = new Set(
      (await db.reviews.where('cycleId').equals(cycle.id).toArray()).map((r) => r.personId),
    )
    await db.reviews.bulkAdd(
      personIds
        .filter((personId) => !kept.has(personId))
        .map((personId) => newDraftReview(cycle.id, personId, raterName, input.today)),
    )
    await db.reviewCycles.put(
      ReviewCycle.parse({ ...cycle, personIds: [...cycle.personIds, ...personIds] }),
    )
    return personIds.length
  })
}

/**
 * Takes someone out of a cycle and deletes their draft review, in one transaction. A review that
 * is ready, shared or final keeps them in: the error says why.
 */
export async function removePersonFromCycle(
  db: WorkspaceDb,
  input: { cycleId: string; personId: string },
): Promise<void> {
  await db.transaction('rw', db.reviewCycles, db.reviews, db.people, async () => {
    const cycle = await db.reviewCycles.get(input.cycleId)
    if (!cycle) throw new Error('This review cycle no longer exists.')
    const person = await db.people.get(input.personId)
    const reviews = await db.reviews.where('cycleId').equals(cycle.id).toArray()
    const verdict = judgeRemoval(cycle, reviews, {
      id: input.personId,
      name: person?.displayName ?? 'This person',
    })
    if (!verdict.isAllowed) throw new Error(verdict.reason)
    if (verdict.review) await db.reviews.delete(verdict.review.id)
    await db.reviewCycles.put({
      ...cycle,
      personIds: cycle.personIds.filter((id) => id !== input.personId),
    })
  })
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
  input: NineBoxMove & { reviewId: string; today: string },
): Promise<void> {
  const move = parseOrThrow(NineBoxMove.safeParse(input))
  await db.transaction('rw', db.reviews, async () => {
    const review = await db.reviews.get(input.reviewId)
    if (!review) throw new Error('This review no longer exists.')
    await db.reviews.put(
      Review.parse({
        ...review,
        calibratedPerformance: move.performance,
        potential: move.potential,
        calibrationNote: move.note,
        updatedAt: input.today,
      }),
    )
  })
}
