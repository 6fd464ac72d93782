import { BusinessGoal, Goal, GoalUpdate, KeyResult } from '../../../../shared/model'
import { listDescendantIds } from '../../../../shared/domain/goals/tree'
import type { ReviewOutcome } from '../../../../shared/domain/goals/review'
import type { WorkspaceDb } from '../workspace-db'
import { parseRecord } from './record-checks'

/**
 * Saves a goal with its key results: key results no longer listed are deleted with their
 * updates. Refuses to align a goal under itself or one of its own descendants.
 */
export async function saveGoal(
  db: WorkspaceDb,
  goal: Goal,
  keyResults: readonly KeyResult[],
): Promise<Goal> {
  const valid = parseRecord(Goal, goal, 'goal')
  const results = keyResults.map((kr) =>
    parseRecord(KeyResult, { ...kr, goalId: valid.id }, 'key result'),
  )
  await db.transaction('rw', db.goals, db.keyResults, db.goalUpdates, async () => {
    if (valid.parentId !== null) {
      const goals = await db.goals.toArray()
      if (!goals.some((other) => other.id === valid.parentId)) {
        throw new Error('The goal it was aligned to no longer exists: choose another.')
      }
      if (listDescendantIds(valid.id, goals).has(valid.parentId)) {
        throw new Error('A goal cannot be aligned to itself or to a goal aligned below it.')
      }
    }
    const kept = new Set(results.map((kr) => kr.id))
    const removed = (await db.keyResults.where('goalId').equals(valid.id).primaryKeys()).filter(
      (id) => !kept.has(String(id)),
    )
    if (removed.length > 0) {
      await db.keyResults.bulkDelete(removed)
      await db.goalUpdates.where('keyResultId').anyOf(removed).delete()
    }
    await db.goals.put(valid)
    await db.keyResults.bulkPut(results)
  })
  return valid
}

export interface DeletedGoal {
  goal: Goal
  keyResults: KeyResult[]
  updates: GoalUpdate[]
  /** Goals that were aligned to it (now aligned to its parent). */
  children: Goal[]
}

/** Deletes a goal, its key results and updates; goals aligned to it move up to its parent. */
export async function deleteGoal(db: WorkspaceDb, goalId: string): Promise<DeletedGoal | null> {
  return db.transaction('rw', db.goals, db.keyResults, db.goalUpdates, async () => {
    const goal = await db.goals.get(goalId)
    if (!goal) return null
    const keyResults = await db.keyResults.where('goalId').equals(goalId).toArray()
    const updates = await db.goalUpdates.where('goalId').equals(goalId).toArray()
    const children = await db.goals.where('parentId').equals(goalId).toArray()
    await db.goals.bulkPut(children.map((child) => ({ ...child, parentId: goal.parentId })))
    await db.goalUpdates.bulkDelete(updates.map((update) => update.id))
    await db.keyResults.bulkDelete(keyResults.map((kr) => kr.id))
    await db.goals.delete(goalId)
    return { goal, keyResults, updates, children }
  })
}

/** Puts back what `deleteGoal` removed. */
export async function restoreGoal(db: WorkspaceDb, deleted: DeletedGoal): Promise<void> {
  await db.transaction('rw', db.goals, db.keyResults, db.goalUpdates, async () => {
    await db.goals.put(deleted.goal)
    await db.keyResults.bulkPut(deleted.keyResults)
    await db.goalUpdates.bulkPut(deleted.updates)
    await db.goals.bulkPut(deleted.children)
  })
}

/**
 * Records a progress update. An update of a key result with a value moves the key result's
 * current value, unless a later update already set it.
 */
export async function addGoalUpdate(db: WorkspaceDb, update: GoalUpdate): Promise<GoalUpdate> {
  const valid = parseRecord(GoalUpdate, update, 'update')
  await db.transaction('rw', db.goals, db.keyResults, db.goalUpdates, async () => {
    if (!(await db.goals.get(valid.goalId))) throw new Error('That goal no longer exists.')
    if (valid.keyResultId !== null) {
      const kr = await db.keyResults.get(valid.keyResultId)
      if (!kr || kr.goalId !== valid.goalId) throw new Error('That key result no longer exists.')
      const later = await db.goalUpdates
        .where('keyResultId')
        .equals(valid.keyResultId)
        .filter((other) => other.value !== null && other.date > valid.date)
        .count()
      if (valid.value !== null && later === 0) {
        await db.keyResults.put({ ...kr, current: valid.value })
      }
    }
    await db.goalUpdates.put(valid)
  })
  return valid
}

export async function deleteGoalUpdate(db: WorkspaceDb, updateId: string): Promise<void> {
  await db.goalUpdates.delete(updateId)
}

/** Stores a quarterly review decision: the reviewed goal and, when carried over, its copy. */
export async function applyReviewOutcome(db: WorkspaceDb, outcome: ReviewOutcome): Promise<void> {
  const goal = parseRecord(Goal, outcome.goal, 'goal')
  const carried = outcome.carried
  await db.transaction('rw', db.goals, db.keyResults, async () => {
    await db.goals.put(goal)
    if (carried) {
      await db.goals.put(parseRecord(Goal, carried.goal, 'goal'))
      await db.keyResults.bulkPut(
        carried.keyResults.map((kr) => parseRecord(KeyResult, kr, 'key result')),
      )
    }
  })
}

export async function saveBusinessGoal(
  db: WorkspaceDb,
  record: BusinessGoal,
): Promise<BusinessGoal> {
  const valid = parseRecord(BusinessGoal, record, 'business goal')
  const skills = new Set(valid.skillNeeds.map((need) => need.skillId))
  if (skills.size !== valid.skillNeeds.length) {
    throw new Error('A skill is named twice: keep one line per skill.')
  }
  await db.transaction('rw', db.businessGoals, db.skills, db.goals, async () => {
    const known = new Set((await db.skills.toCollection().primaryKeys()).map(String))
    const unknown = valid.skillNeeds.find((need) => !known.has(need.skillId))
    if (unknown) throw new Error('One of the skills no longer exists: choose another.')
    if (valid.goalId !== null && !(await db.goals.get(valid.goalId))) {
      throw new Error('The linked goal no longer exists: choose another.')
    }
    await db.businessGoals.put(valid)
  })
  return valid
}

/**
 * Deletes a business goal. One that role requirements (or personal ones) give as their reason is
 * refused: the matrix would lose the reason behind those levels.
 */
export async function deleteBusinessGoal(
  db: WorkspaceDb,
  id: string,
): Promise<BusinessGoal | null> {
  return db.transaction(
    'rw',
    db.businessGoals,
    db.roleRequirements,
    db.requirementOverrides,
    async () => {
      const linked =
        (await db.roleRequirements.filter((r) => r.businessGoalId === id).count()) +
        (await db.requirementOverrides.filter((r) => r.businessGoalId === id).count())
      if (linked > 0) {
        throw new Error(
          `${linked} required ${linked === 1 ? 'level names' : 'levels name'} this business goal as ${linked === 1 ? 'its' : 'their'} reason: change ${linked === 1 ? 'it' : 'them'} in Skills & roles first.`,
        )
      }
      const record = (await db.businessGoals.get(id)) ?? null
      await db.businessGoals.delete(id)
      return record
    },
  )
}
