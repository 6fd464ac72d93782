import { describe, expect, it } from 'vitest'
import { checkGoalQuality } from './quality'
import { makeGoal, makeKr } from './test-helpers'

const kinds = (flags: { kind: string }[]): string[] => flags.map((flag) => flag.kind)

describe('goal quality check', () => {
  it('passes a goal with a moving key result, a date and an owner', () => {
    expect(checkGoalQuality(makeGoal('g'), [makeKr('k', 'g')])).toEqual([])
  })

  it('flags an objective without key results, and key results that ask for no change', () => {
    const none = checkGoalQuality(makeGoal('g'), [])
    expect(kinds(none)).toEqual(['no-measurable-target'])
    expect(none[0]?.reason).toMatch(/no key results/)
    // Measured through the goals aligned to it instead.
    expect(checkGoalQuality(makeGoal('g'), [], 2)).toEqual([])
    const flat = checkGoalQuality(makeGoal('g'), [
      makeKr('k', 'g', { baseline: 5, target: 5, title: 'Returns' }),
    ])
    expect(flat[0]?.reason).toMatch(/“Returns”/)
  })

  it('flags a SMART goal that is not measurable, unless a key result measures it', () => {
    const smart = (measurable: boolean) =>
      makeGoal('g', {
        style: 'smart',
        smart: { specific: true, measurable, achievable: true, relevant: true, timeBound: true },
      })
    expect(kinds(checkGoalQuality(smart(false), []))).toEqual(['no-measurable-target'])
    expect(checkGoalQuality(smart(true), [])).toEqual([])
    expect(checkGoalQuality(smart(false), [makeKr('k', 'g')])).toEqual([])
  })

  it('flags no date and no owner, each with its reason', () => {
    const flags = checkGoalQuality(makeGoal('g', { dueDate: null, ownerPersonId: null }), [
      makeKr('k', 'g'),
    ])
    expect(kinds(flags)).toEqual(['no-date', 'no-owner'])
    expect(flags.map((flag) => flag.reason)).toEqual([
      expect.stringMatching(/no due date/),
      expect.stringMatching(/Nobody owns/),
    ])
  })
})
