import { describe, expect, it } from 'vitest'
import { computeRollup } from './progress'
import { judgeGoalStanding } from './standing'
import { makeGoal, makeKr, makeUpdate } from './test-helpers'

describe('goal standing', () => {
  const goals = [
    makeGoal('untouched', { style: 'smart' }),
    makeGoal('words-only', { style: 'smart' }),
    makeGoal('valued', { style: 'smart' }),
    makeGoal('fresh-okr'),
    makeGoal('moved-okr'),
    makeGoal('done', { style: 'smart', status: 'done' }),
    makeGoal('parent', { level: 'company' }),
    makeGoal('child', { parentId: 'parent' }),
  ]
  const keyResults = [
    makeKr('f1', 'fresh-okr', { baseline: 10, target: 20, current: 10 }),
    makeKr('m1', 'moved-okr', { baseline: 10, target: 20, current: 15 }),
    makeKr('c1', 'child', { current: 40 }),
  ]
  const updates = [
    // An owner's "on track" with no value: nothing is recorded as progress.
    makeUpdate('w1', 'words-only', { value: null, confidence: 'on-track' }),
    makeUpdate('v1', 'valued', { value: 30, confidence: 'on-track' }),
    makeUpdate('m1', 'moved-okr', { keyResultId: 'm1', value: 15, confidence: 'at-risk' }),
    makeUpdate('c1', 'child', { keyResultId: 'c1', value: 40, confidence: 'off-track' }),
  ]
  const rollup = computeRollup(goals, keyResults, updates)
  const standingOf = (id: string) => judgeGoalStanding(rollup.get(id))

  it('says no progress yet for a goal nothing measures, even when an update said on track', () => {
    expect(standingOf('untouched')).toBe('no-progress')
    expect(standingOf('words-only')).toBe('no-progress')
    expect(judgeGoalStanding(undefined)).toBe('no-progress')
  })

  it('says no progress yet for key results no update has moved from their baseline', () => {
    expect(rollup.get('fresh-okr')?.progress).toBe(0)
    expect(standingOf('fresh-okr')).toBe('no-progress')
  })

  it('gives the latest confidence once progress is recorded', () => {
    expect(standingOf('valued')).toBe('on-track')
    expect(standingOf('moved-okr')).toBe('at-risk')
    expect(standingOf('child')).toBe('off-track')
  })

  it('gives no badge to a goal measured through its aligned goals with no update of its own', () => {
    expect(rollup.get('parent')).toMatchObject({ progress: 0.4, source: 'children' })
    expect(standingOf('parent')).toBeNull()
    expect(standingOf('done')).toBeNull()
  })
})
