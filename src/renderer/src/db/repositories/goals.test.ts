import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { computeRollup } from '../../../../shared/domain/goals/progress'
import { decideReview } from '../../../../shared/domain/goals/review'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import type { Goal, KeyResult } from '../../../../shared/model'
import { openWorkspaceDb, type WorkspaceDb } from '../workspace-db'
import {
  addGoalUpdate,
  applyReviewOutcome,
  deleteBusinessGoal,
  deleteGoal,
  restoreGoal,
  saveBusinessGoal,
  saveGoal,
} from './goals'
import { replaceWorkspaceData } from './snapshot'

let counter = 0
async function openEmpty(): Promise<WorkspaceDb> {
  const db = openWorkspaceDb(`goals-test-${counter++}`)
  await db.open()
  return db
}

function goal(id: string, changes: Partial<Goal> = {}): Goal {
  return {
    id,
    title: `Goal ${id}`,
    description: '',
    level: 'company',
    style: 'okr',
    period: '2026-Q4',
    parentId: null,
    teamId: null,
    ownerPersonId: null,
    dueDate: null,
    status: 'active',
    weight: 1,
    smart: null,
    skillIds: [],
    carriedFromId: null,
    ...changes,
  }
}

function kr(id: string, goalId: string, changes: Partial<KeyResult> = {}): KeyResult {
  return {
    id,
    goalId,
    title: `KR ${id}`,
    unit: '',
    direction: 'increase',
    baseline: 0,
    target: 10,
    current: 0,
    weight: 1,
    kpiId: null,
    ...changes,
  }
}

describe('goals repository', () => {
  it('builds a cascade, moves a key result by an update and rolls progress up', async () => {
    const db = await openEmpty()
    await saveGoal(db, goal('c'), [])
    await saveGoal(db, goal('t', { level: 'team', parentId: 'c' }), [kr('t1', 't')])
    await saveGoal(db, goal('p', { level: 'person', parentId: 't', weight: 1 }), [
      kr('p1', 'p', { direction: 'decrease', baseline: 20, target: 10, current: 20 }),
    ])
    await addGoalUpdate(db, {
      id: 'u1',
      goalId: 'p',
      keyResultId: 'p1',
      date: '2026-11-01',
      value: 16,
      confidence: 'on-track',
      note: '',
    })
    // An older update does not move the current value back.
    await addGoalUpdate(db, {
      id: 'u0',
      goalId: 'p',
      keyResultId: 'p1',
      date: '2026-10-15',
      value: 19,
      confidence: 'at-risk',
      note: '',
    })
    expect((await db.keyResults.get('p1'))?.current).toBe(16)
    const rollup = computeRollup(
      await db.goals.toArray(),
      await db.keyResults.toArray(),
      await db.goalUpdates.toArray(),
    )
    // p: 4 of 10 = 0.4; t has its own key result at 0
    expect(rollup.get('p')?.progress).toBe(0.4)
    expect(rollup.get('t')?.progress).toBe(0)
    db.close()
  })

  it('refuses to align a goal under its own descendant', async () => {
    const db = await openEmpty()
    await saveGoal(db, goal('c'), [])
    await saveGoal(db, goal('t', { parentId: 'c' }), [])
    await expect(saveGoal(db, goal('c', { parentId: 't' }), [])).rejects.toThrow(/aligned below/)
    await expect(saveGoal(db, goal('x', { parentId: 'gone' }), [])).rejects.toThrow(
      /no longer exists/,
    )
    expect(await db.goals.count()).toBe(2)
    db.close()
  })

  it('drops removed key results with their updates, in one save', async () => {
    const db = await openEmpty()
    await saveGoal(db, goal('g'), [kr('a', 'g'), kr('b', 'g')])
    await addGoalUpdate(db, {
      id: 'u',
      goalId: 'g',
      keyResultId: 'b',
      date: '2026-11-01',
      value: 3,
      confidence: 'on-track',
      note: '',
    })
    await saveGoal(db, goal('g'), [kr('a', 'g')])
    expect(await db.keyResults.toArray()).toHaveLength(1)
    expect(await db.goalUpdates.count()).toBe(0)
    db.close()
  })

  it('deletes a goal with its records, re-aligns its children, and restores it all', async () => {
    const db = await openEmpty()
    await saveGoal(db, goal('c'), [])
    await saveGoal(db, goal('t', { parentId: 'c' }), [kr('k', 't')])
    await saveGoal(db, goal('p', { parentId: 't' }), [])
    await addGoalUpdate(db, {
      id: 'u',
      goalId: 't',
      keyResultId: 'k',
      date: '2026-11-01',
      value: 5,
      confidence: 'on-track',
      note: '',
    })
    const deleted = await deleteGoal(db, 't')
    expect((await db.goals.get('p'))?.parentId).toBe('c')
    expect(await db.keyResults.count()).toBe(0)
    expect(await db.goalUpdates.count()).toBe(0)
    await restoreGoal(db, deleted!)
    expect((await db.goals.get('p'))?.parentId).toBe('t')
    expect((await db.keyResults.get('k'))?.current).toBe(5)
    expect(await db.goalUpdates.count()).toBe(1)
    db.close()
  })

  it('carries a goal over to the next period in one write', async () => {
    const db = await openEmpty()
    await saveGoal(db, goal('g'), [kr('k', 'g', { current: 4 })])
    let next = 0
    const outcome = decideReview({
      goal: (await db.goals.get('g'))!,
      keyResults: await db.keyResults.toArray(),
      decision: 'carried-over',
      note: 'Needs another quarter',
      today: '2026-12-30',
      fiscalStartMonth: 1,
      goals: await db.goals.toArray(),
      newId: () => `n${next++}`,
    })
    await applyReviewOutcome(db, outcome)
    expect((await db.goals.get('g'))?.status).toBe('carried-over')
    expect(await db.goals.get('n0')).toMatchObject({
      period: '2027-Q1',
      carriedFromId: 'g',
      status: 'active',
    })
    expect(await db.keyResults.where('goalId').equals('n0').toArray()).toMatchObject([
      { baseline: 4, current: 4, target: 10 },
    ])
    db.close()
  })

  it('keeps business goals consistent with the skills and the matrix', async () => {
    const db = openWorkspaceDb(`goals-test-${counter++}`)
    await replaceWorkspaceData(db, generateSampleCompany({ today: '2026-11-23' }))
    const [skill] = await db.skills.toArray()
    await expect(
      saveBusinessGoal(db, {
        id: 'bg-new',
        title: 'Open a second café',
        description: '',
        horizon: '2027',
        goalId: null,
        skillNeeds: [
          { skillId: skill!.id, level: 3, headcount: 2 },
          { skillId: skill!.id, level: 2, headcount: 1 },
        ],
      }),
    ).rejects.toThrow(/named twice/)
    await saveBusinessGoal(db, {
      id: 'bg-new',
      title: 'Open a second café',
      description: '',
      horizon: '2027',
      goalId: null,
      skillNeeds: [{ skillId: skill!.id, level: 3, headcount: 2 }],
    })
    expect((await db.businessGoals.get('bg-new'))?.skillNeeds).toEqual([
      { skillId: skill!.id, level: 3, headcount: 2 },
    ])
    const used = (await db.roleRequirements.toArray()).find((r) => r.businessGoalId !== null)
    if (used)
      await expect(deleteBusinessGoal(db, used.businessGoalId!)).rejects.toThrow(/Skills & roles/)
    await deleteBusinessGoal(db, 'bg-new')
    expect(await db.businessGoals.get('bg-new')).toBeUndefined()
    db.close()
  })
})
