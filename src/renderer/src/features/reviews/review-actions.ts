import type { ReviewCycle } from '../../../../shared/model'
import { writeWithUndo } from '../../app/undo'
import { removePersonFromCycle } from '../../db/repositories/reviews'
import type { WorkspaceDb } from '../../db/workspace-db'

/**
 * Takes someone out of a cycle with their draft review, confirmed in a toast whose Undo puts the
 * cycle and exactly that draft back. A refusal (their review moved on meanwhile) is thrown.
 */
export async function removeFromCycle(
  db: WorkspaceDb,
  cycle: Pick<ReviewCycle, 'id' | 'name'>,
  person: { id: string; name: string },
  hasReview: boolean,
): Promise<void> {
  await writeWithUndo(
    db,
    () => removePersonFromCycle(db, { cycleId: cycle.id, personId: person.id }),
    hasReview
      ? `Removed ${person.name} from ${cycle.name} and deleted their draft review.`
      : `Removed ${person.name} from ${cycle.name}.`,
    hasReview
      ? `Undone: ${person.name} is back in ${cycle.name} with their draft review as it was.`
      : `Undone: ${person.name} is back in ${cycle.name}.`,
  )
}
