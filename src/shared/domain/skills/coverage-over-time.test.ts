import { describe, expect, it } from 'vitest'
import { isOnStaff, trackCoverageOverTime } from './coverage-over-time'
import { buildSkillMatrix } from './matrix'
import { createRoasteryData, makePerson } from './test-fixtures'

const data = createRoasteryData()
const today = '2026-07-15'
const pick = (series: ReturnType<typeof trackCoverageOverTime>[number] | undefined) =>
  series?.points.map((p) => [p.month, p.needCount, p.holderCount, p.notAssessedCount])

describe('trackCoverageOverTime', () => {
  it('counts, per month, who met the current requirement with what was known then', () => {
    const [eudr] = trackCoverageOverTime({ ...data, today, months: 7, skillIds: ['s-eudr'] })
    // Jan: Finn holds; Feb: Eve joins and is assessed; Finn's last day is 31 March;
    // June: Cara reaches 2, Ana (1) and Dan (0) stay below, Ben is never assessed.
    expect(pick(eudr)).toEqual([
      ['2026-01', 5, 1, 4],
      ['2026-02', 6, 2, 4],
      ['2026-03', 6, 2, 4],
      ['2026-04', 5, 1, 4],
      ['2026-05', 5, 1, 4],
      ['2026-06', 5, 2, 1],
      ['2026-07', 5, 2, 1],
    ])
    expect(eudr?.points.map((p) => p.asOf)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-15',
    ])
    expect(eudr?.points[1]?.holderShare).toBeCloseTo(2 / 6)
  })

  it('covers every critical skill by default, in catalogue order', () => {
    const series = trackCoverageOverTime({ ...data, today, months: 7 })
    expect(series.map((s) => s.skillId)).toEqual(['s-roast', 's-cupping'])
    // Ana held 3 until her June rating of 2; Ben reached 3 in June; Cara needs 4 and has 3.
    expect(pick(series[0])).toEqual([
      ['2026-01', 3, 1, 2],
      ['2026-02', 3, 1, 2],
      ['2026-03', 3, 1, 2],
      ['2026-04', 3, 1, 2],
      ['2026-05', 3, 1, 2],
      ['2026-06', 3, 1, 0],
      ['2026-07', 3, 1, 0],
    ])
  })

  it("ends at today's matrix", () => {
    const series = trackCoverageOverTime({
      ...data,
      today,
      months: 1,
      skillIds: ['s-eudr', 's-cupping', 's-roast'],
    })
    const model = buildSkillMatrix({ ...data, asOf: today })
    for (const entry of series) {
      const column = model.columns.get(entry.skillId)
      expect(entry.points[0]?.holderCount).toBe(column?.holderCount)
      expect(entry.points[0]?.needCount).toBe(column?.needCount)
    }
  })

  it("reads any source with the 'any' setting and follows the demand filter", () => {
    const [roast] = trackCoverageOverTime({
      ...data,
      today,
      months: 1,
      skillIds: ['s-roast'],
      settings: { matrixSource: 'any' },
    })
    expect(roast?.points[0]?.holderCount).toBe(2)
    const [goalOnly] = trackCoverageOverTime({
      ...data,
      today,
      months: 1,
      skillIds: ['s-roast'],
      filter: { demandSources: ['business-goal'] },
    })
    expect(goalOnly?.points[0]).toMatchObject({ needCount: 0, holderShare: 0 })
  })

  it('knows who was on staff on a day', () => {
    const person = makePerson('p', 'P', {
      hireDate: '2026-02-01',
      leftDate: '2026-03-31',
      status: 'left',
    })
    expect(isOnStaff(person, '2026-01-31')).toBe(false)
    expect(isOnStaff(person, '2026-03-31')).toBe(true)
    expect(isOnStaff(person, '2026-04-01')).toBe(false)
    expect(isOnStaff(makePerson('q', 'Q', { status: 'left' }), '2020-01-01')).toBe(false)
    expect(isOnStaff(makePerson('r', 'R'), '2020-01-01')).toBe(true)
  })
})
