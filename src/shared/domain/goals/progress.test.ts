import { describe, expect, it } from 'vitest'
import { computeKeyResultProgress, computeRollup, formatProgress, weightedMean } from './progress'
import { makeGoal, makeKr, makeUpdate } from './test-helpers'

describe('key result progress', () => {
  it('measures the way from baseline to target, for both directions', () => {
    // 40 -> 60, now 55: 15 of 20 = 0.75
    expect(
      computeKeyResultProgress({ direction: 'increase', baseline: 40, target: 60, current: 55 }),
    ).toBe(0.75)
    // 12 days -> 4 days, now 10: 2 of 8 = 0.25
    expect(
      computeKeyResultProgress({ direction: 'decrease', baseline: 12, target: 4, current: 10 }),
    ).toBe(0.25)
  })

  it('clamps overshoot to 1 and going backwards to 0', () => {
    expect(
      computeKeyResultProgress({ direction: 'increase', baseline: 40, target: 60, current: 75 }),
    ).toBe(1)
    expect(
      computeKeyResultProgress({ direction: 'increase', baseline: 40, target: 60, current: 30 }),
    ).toBe(0)
    expect(
      computeKeyResultProgress({ direction: 'decrease', baseline: 12, target: 4, current: 2 }),
    ).toBe(1)
    expect(
      computeKeyResultProgress({ direction: 'decrease', baseline: 12, target: 4, current: 15 }),
    ).toBe(0)
  })

  it('treats a target equal to the baseline as met or not', () => {
    expect(
      computeKeyResultProgress({ direction: 'increase', baseline: 5, target: 5, current: 5 }),
    ).toBe(1)
    expect(
      computeKeyResultProgress({ direction: 'decrease', baseline: 5, target: 5, current: 6 }),
    ).toBe(0)
  })

  it('weights, leaving out zero weights', () => {
    expect(
      weightedMean([
        { progress: 1, weight: 3 },
        { progress: 0, weight: 1 },
      ]),
    ).toBe(0.75)
    expect(
      weightedMean([
        { progress: 1, weight: 0 },
        { progress: 0.2, weight: 2 },
      ]),
    ).toBe(0.2)
    expect(weightedMean([{ progress: 1, weight: 0 }])).toBeNull()
  })
})

describe('roll-up', () => {
  it('rolls key results up to objectives and children up to parents, with weights', () => {
    const goals = [
      makeGoal('company', { level: 'company' }),
      makeGoal('team-a', { parentId: 'company', weight: 3 }),
      makeGoal('team-b', { parentId: 'company', weight: 1 }),
      makeGoal('person', { parentId: 'team-b', level: 'person' }),
      makeGoal('dropped', { parentId: 'company', status: 'dropped', weight: 10 }),
    ]
    const keyResults = [
      // team-a: (0.5 * 1 + 1 * 2 + 0 * 1) / 4 = 0.625
      makeKr('a1', 'team-a', { baseline: 0, target: 100, current: 50, weight: 1 }),
      makeKr('a2', 'team-a', { baseline: 10, target: 20, current: 25, weight: 2 }),
      makeKr('a3', 'team-a', {
        direction: 'decrease',
        baseline: 8,
        target: 4,
        current: 9,
        weight: 1,
      }),
      // person: 30 -> 10, now 25: 5 of 20 = 0.25
      makeKr('p1', 'person', { direction: 'decrease', baseline: 30, target: 10, current: 25 }),
      makeKr('d1', 'dropped', { current: 100 }),
    ]
    const rollup = computeRollup(goals, keyResults, [])
    expect(rollup.get('team-a')?.progress).toBe(0.625)
    expect(rollup.get('person')?.progress).toBe(0.25)
    // team-b has no key results of its own: its child's 0.25
    expect(rollup.get('team-b')).toMatchObject({ progress: 0.25, source: 'children' })
    // company: (0.625 * 3 + 0.25 * 1) / 4 = 0.53125; the dropped goal is left out
    expect(rollup.get('company')).toMatchObject({ progress: 0.53125, source: 'children' })
    expect(formatProgress(0.53125)).toBe('53%')
  })

  it('reads SMART goals from their latest valued update, then from a done status', () => {
    const goals = [
      makeGoal('smart', { style: 'smart' }),
      makeGoal('done', { style: 'smart', status: 'done' }),
      makeGoal('nothing', { style: 'smart' }),
    ]
    const updates = [
      makeUpdate('u1', 'smart', { date: '2026-10-01', value: 20 }),
      makeUpdate('u2', 'smart', { date: '2026-11-01', value: 60, confidence: 'at-risk' }),
      makeUpdate('u3', 'smart', { date: '2026-11-10', value: null, confidence: 'off-track' }),
    ]
    const rollup = computeRollup(goals, [], updates)
    expect(rollup.get('smart')).toEqual({
      progress: 0.6,
      source: 'update',
      confidence: 'off-track',
      lastUpdate: '2026-11-10',
    })
    expect(rollup.get('done')).toMatchObject({ progress: 1, source: 'status' })
    expect(rollup.get('nothing')).toMatchObject({ progress: null, source: 'none' })
    expect(formatProgress(null)).toBe('—')
  })

  it('survives a goal aligned under its own descendant', () => {
    const goals = [makeGoal('a', { parentId: 'b' }), makeGoal('b', { parentId: 'a' })]
    const rollup = computeRollup(goals, [makeKr('k', 'b', { current: 40 })], [])
    expect(rollup.get('b')?.progress).toBe(0.4)
    expect(rollup.get('a')?.progress).toBe(0.4)
  })
})
