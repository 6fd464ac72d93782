import { describe, expect, it } from 'vitest'
import {
  listIndividualGaps,
  listPersonGaps,
  listSystemicGaps,
  summarizeAllPeople,
  summarizePersonGaps,
  summarizeSkillForPeople,
} from './gaps'
import { buildSkillMatrix } from './matrix'
import { computeGap, computeSurplus, isSystemicGap } from './summaries'
import { createRoasteryData } from './test-fixtures'
import type { SkillMatrixInput } from './types'

const data = createRoasteryData()
const build = (extra: Partial<SkillMatrixInput> = {}) => buildSkillMatrix({ ...data, ...extra })

describe('computeGap', () => {
  it('is required - current when below, never negative, and counts a missing level as 0', () => {
    expect(computeGap(3, 1)).toBe(2)
    expect(computeGap(3, 3)).toBe(0)
    expect(computeGap(2, 4)).toBe(0)
    expect(computeGap(2, null)).toBe(2)
    expect(computeGap(null, 1)).toBe(0)
    expect(computeSurplus(2, 4)).toBe(2)
    expect(computeSurplus(2, null)).toBe(0)
  })
})

describe('per-person gaps', () => {
  const model = build()

  it('lists gaps largest first and marks the ones never assessed', () => {
    expect(
      listPersonGaps(model, 'p-ben').map((g) => [
        g.skillId,
        g.requiredLevel,
        g.currentLevel,
        g.gap,
        g.isAssessed,
      ]),
    ).toEqual([
      ['s-eudr', 2, null, 2, false],
      ['s-cupping', 2, 1, 1, true],
    ])
    const [eudr] = listPersonGaps(model, 'p-ben')
    expect(eudr?.demandSource).toBe('business-goal')
    expect(eudr?.businessGoalId).toBe('bg-eudr')
    expect(eudr?.isSystemic).toBe(true)
  })

  it('counts and totals gaps per person', () => {
    expect(
      summarizeAllPeople(model).map((s) => [s.name, s.gapCount, s.totalGap, s.notAssessedCount]),
    ).toEqual([
      ['Ben Walsh', 2, 3, 1],
      ['Dan Okafor', 2, 3, 1],
      ['Ana Souza', 2, 2, 0],
      ['Cara Nolan', 1, 1, 0],
      ['Eve Murphy', 1, 1, 1],
    ])
    const dan = summarizePersonGaps(model, 'p-dan', 1)
    expect(dan?.topGaps.map((g) => g.skillId)).toEqual(['s-crm'])
    expect(summarizePersonGaps(model, 'p-finn')).toBeNull()
  })

  it('breaks equal gaps by putting critical skills first', () => {
    expect(listPersonGaps(model, 'p-ana').map((g) => g.skillId)).toEqual(['s-roast', 's-eudr'])
  })
})

describe('per-skill roll-ups', () => {
  const model = build()

  it('summarizes need, gaps, coverage and the systemic flag per skill', () => {
    const roast = model.columns.get('s-roast')
    expect(roast).toMatchObject({
      needCount: 3,
      belowCount: 2,
      belowPersonIds: ['p-ana', 'p-cara'],
      notAssessedCount: 0,
      holderCount: 1,
      totalGap: 2,
      highestRequiredLevel: 4,
      lowestRequiredLevel: 3,
      minExperts: 2,
      isCovered: false,
      expertShortfall: 1,
      isSystemic: true,
    })
    expect(roast?.shareBelow).toBeCloseTo(2 / 3)
    expect(roast?.meanGap).toBeCloseTo(2 / 3)
    expect(model.columns.get('s-eudr')).toMatchObject({
      needCount: 5,
      belowCount: 3,
      holderCount: 2,
      notAssessedCount: 1,
      totalGap: 4,
      shareBelow: 0.6,
      meanGap: 0.8,
      isCovered: true,
      isSystemic: true,
    })
  })

  it("never calls one person's gap systemic", () => {
    expect(model.columns.get('s-crm')).toMatchObject({
      needCount: 1,
      belowCount: 1,
      shareBelow: 1,
      isSystemic: false,
      isCovered: false,
    })
    expect(isSystemicGap(1, 1, 0.05)).toBe(false)
    expect(isSystemicGap(2, 2, 1)).toBe(true)
  })

  it('is systemic exactly at the threshold and not just below it', () => {
    // Cupping: Ben and Eve below, 2 of 5 = 40%.
    expect(model.columns.get('s-cupping')?.shareBelow).toBe(0.4)
    expect(model.columns.get('s-cupping')?.isSystemic).toBe(true)
    const stricter = build({ settings: { systemicGapThreshold: 0.41 } })
    expect(stricter.columns.get('s-cupping')?.isSystemic).toBe(false)
    const looser = build({ settings: { systemicGapThreshold: 0.39 } })
    expect(looser.columns.get('s-cupping')?.isSystemic).toBe(true)
    expect(isSystemicGap(4, 10, 0.4)).toBe(true)
    expect(isSystemicGap(3, 10, 0.4)).toBe(false)
    expect(isSystemicGap(1, 3, 0.4)).toBe(false)
    expect(isSystemicGap(2, 5, 0.4)).toBe(true)
    expect(isSystemicGap(3, 10, 0.3)).toBe(true)
  })

  it('lists systemic gaps by share below and the rest as individual gaps', () => {
    expect(listSystemicGaps(model).map((s) => s.skillId)).toEqual([
      's-roast',
      's-eudr',
      's-cupping',
    ])
    expect(listIndividualGaps(model).map((g) => [g.personId, g.skillId])).toEqual([
      ['p-dan', 's-crm'],
    ])
  })

  it('summarizes a skill for any subset of the people', () => {
    const roasters = summarizeSkillForPeople(model, 's-eudr', [
      'p-ana',
      'p-ben',
      'p-cara',
      'nobody',
    ])
    expect(roasters).toMatchObject({ needCount: 3, belowCount: 2, totalGap: 3, isSystemic: true })
    expect(summarizeSkillForPeople(model, 'unknown', ['p-ana'])).toBeNull()
  })

  it('scopes the roll-ups to a team', () => {
    const packers = build({ filter: { teamIds: ['t-pack'] } })
    expect([...packers.rows.keys()]).toEqual(['p-eve'])
    expect(packers.columns.get('s-cupping')).toMatchObject({
      needCount: 1,
      belowCount: 1,
      isSystemic: false,
    })
    expect(packers.columns.get('s-roast')).toMatchObject({ needCount: 0, isCovered: true })
  })
})

describe('filtering by demand source', () => {
  it('limits every gap view to requirements from the chosen sources', () => {
    const model = build({ filter: { demandSources: ['business-goal'] } })
    expect(summarizeAllPeople(model).map((s) => [s.personId, s.totalGap])).toEqual([
      ['p-ben', 2],
      ['p-ana', 1],
      ['p-dan', 1],
      ['p-cara', 0],
      ['p-eve', 0],
    ])
    expect(model.getCell('p-ana', 's-roast')).toMatchObject({ required: null, current: 2, gap: 0 })
    expect(model.columns.get('s-roast')?.needCount).toBe(0)
    expect(model.columns.get('s-eudr')).toMatchObject({
      needCount: 5,
      belowCount: 3,
      isSystemic: true,
    })
    expect(listSystemicGaps(model).map((s) => s.skillId)).toEqual(['s-eudr'])
  })

  it('shows a review-problem view with its own systemic verdict', () => {
    const model = build({ filter: { demandSources: ['review-problem'] } })
    expect(model.columns.get('s-cupping')).toMatchObject({
      needCount: 3,
      belowCount: 1,
      isSystemic: false,
    })
  })
})
