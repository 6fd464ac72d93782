import { describe, expect, it } from 'vitest'
import {
  compareSelfAndManager,
  findCurrentLevel,
  indexCurrentLevels,
  indexLatestLevels,
  isLaterAssessment,
} from './current-levels'
import { createRoasteryData, makeAssessment } from './test-fixtures'

const { assessments } = createRoasteryData()

describe('current levels', () => {
  it('reads the latest manager assessment by default', () => {
    const index = indexCurrentLevels(assessments, 'manager')
    expect(findCurrentLevel(index, 'p-ana', 's-roast')).toEqual({
      level: 2,
      date: '2026-06-10',
      source: 'manager',
      assessmentId: 'a02',
    })
    expect(findCurrentLevel(index, 'p-ben', 's-cupping')?.level).toBe(1)
    expect(findCurrentLevel(index, 'p-dan', 's-crm')).toBeNull()
  })

  it("reads the latest from any source with 'any'", () => {
    const index = indexCurrentLevels(assessments, 'any')
    expect(findCurrentLevel(index, 'p-ana', 's-roast')?.source).toBe('self')
    expect(findCurrentLevel(index, 'p-ana', 's-roast')?.level).toBe(4)
    expect(findCurrentLevel(index, 'p-ben', 's-cupping')?.level).toBe(2)
    expect(findCurrentLevel(index, 'p-dan', 's-crm')?.level).toBe(2)
  })

  it('breaks a same-day tie by the greater id, whatever the input order', () => {
    for (const list of [assessments, [...assessments].reverse()]) {
      const index = indexCurrentLevels(list, 'manager')
      expect(findCurrentLevel(index, 'p-cara', 's-roast')?.assessmentId).toBe('a10')
      expect(findCurrentLevel(index, 'p-cara', 's-roast')?.level).toBe(3)
    }
    const shown = { date: '2026-01-01', id: 'b' }
    expect(isLaterAssessment({ date: '2026-01-01', id: 'c' }, shown)).toBe(true)
    expect(isLaterAssessment({ date: '2026-01-01', id: 'a' }, shown)).toBe(false)
    expect(isLaterAssessment({ date: '2025-12-31', id: 'z' }, shown)).toBe(false)
  })

  it('ignores assessments after asOf', () => {
    const index = indexLatestLevels(assessments, { sources: ['manager'], asOf: '2026-03-01' })
    expect(findCurrentLevel(index, 'p-ana', 's-roast')?.level).toBe(3)
    expect(findCurrentLevel(index, 'p-ben', 's-roast')).toBeNull()
  })
})

describe('compareSelfAndManager', () => {
  it('puts the latest self and manager levels side by side', () => {
    const pairs = compareSelfAndManager(assessments, { personIds: ['p-ana', 'p-dan'] })
    expect(
      pairs.map((p) => [p.personId, p.skillId, p.self?.level, p.manager?.level, p.difference]),
    ).toEqual([
      ['p-ana', 's-cupping', undefined, 2, null],
      ['p-ana', 's-eudr', undefined, 1, null],
      ['p-ana', 's-roast', 4, 2, 2],
      ['p-dan', 's-crm', 2, undefined, null],
      ['p-dan', 's-cupping', undefined, 1, null],
      ['p-dan', 's-eudr', undefined, 0, null],
    ])
  })

  it('uses the latest of each source and ignores peers', () => {
    const list = [
      makeAssessment('x1', 'p', 's', 1, '2026-01-01', 'self'),
      makeAssessment('x2', 'p', 's', 3, '2026-02-01', 'self'),
      makeAssessment('x3', 'p', 's', 2, '2026-03-01', 'manager'),
      makeAssessment('x4', 'p', 's', 4, '2026-04-01', 'peer'),
    ]
    const [pair] = compareSelfAndManager(list)
    expect(pair?.self?.assessmentId).toBe('x2')
    expect(pair?.manager?.assessmentId).toBe('x3')
    expect(pair?.difference).toBe(1)
  })
})
