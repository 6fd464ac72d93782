import { describe, expect, it } from 'vitest'
import { computeRoi, type RoiSituation } from './roi'
import type { CostBreakdown, ResultsLevel } from './types'
import { createWording } from './wording'

const today = '2027-01-01'
const wording = createWording('EUR', 'en-GB')

function result(extra: Partial<ResultsLevel> = {}): ResultsLevel {
  return {
    kpiId: 'kpi-1',
    kpiName: 'Throughput',
    unit: '',
    direction: 'higher-is-better',
    scope: 'team',
    measured: 1,
    before: 10,
    after: 12,
    change: 2,
    improvement: 2,
    targetChange: 2,
    isTargetMet: true,
    comparisonChange: null,
    comparisonSubjects: 0,
    source: 'measurements',
    isAfterWindowOpen: false,
    // 184 days before today: 6.05 months of benefit counted.
    endDates: ['2026-07-01'],
    afterWindowEnds: '2026-09-29',
    ...extra,
  }
}

function cost(total: number): CostBreakdown {
  return { participants: 1, fees: total, hours: 0, hourlyCost: 40, timeCost: 0, total }
}

const situation: RoiSituation = {
  participants: 1,
  finished: 1,
  kpiNames: ['Throughput'],
  today,
  wording,
}

/** 2 units better at 500 a month, half of it credited, for 12 months: 500 a month. */
const halfCredited = { valuePerUnit: 500, attributionShare: 0.5, benefitMonths: 12 }

function roiOf(
  total: number,
  results: ResultsLevel[] | null = [result()],
  assumptions: typeof halfCredited | null = halfCredited,
  extra: Partial<RoiSituation> = {},
) {
  return computeRoi({
    cost: cost(total),
    results,
    assumptionsOf: () => assumptions,
    situation: { ...situation, ...extra },
  })
}

describe('ROI with the share credited and the months of benefit', () => {
  it('counts the credited share of the improvement a month, for the months since the end', () => {
    const roi = roiOf(2000)
    const [item] = roi.items
    expect(item).toMatchObject({
      netImprovement: 2,
      participants: 1,
      attributionShare: 0.5,
      monthlyBenefit: 500,
      benefitMonths: 12,
    })
    expect(item!.monthsCounted).toBeCloseTo(184 / (365.25 / 12), 10)
    expect(roi.benefit).toBeCloseTo(500 * item!.monthsCounted, 8)
    expect(roi.monthlyBenefit).toBe(500)
    expect(roi.periodBenefit).toBe(6000)
    expect(roi.roi).toBeCloseTo((roi.benefit! - 2000) / 2000, 10)
    expect(roi.periodRoi).toBeCloseTo(2, 10)
  })

  it('credits the whole improvement at a share of 100% and none at 0%', () => {
    expect(roiOf(2000, undefined, { ...halfCredited, attributionShare: 1 }).monthlyBenefit).toBe(
      1000,
    )
    const none = roiOf(2000, undefined, { ...halfCredited, attributionShare: 0 })
    expect(none.monthlyBenefit).toBe(0)
    expect(none.status).toBe('negative')
  })

  it('stops counting at the end of the benefit period', () => {
    const roi = roiOf(2000, [result({ endDates: ['2024-06-01'] })], {
      ...halfCredited,
      benefitMonths: 6,
    })
    expect(roi.items[0]!.monthsCounted).toBeCloseTo(6, 10)
    expect(roi.benefit).toBeCloseTo(3000, 8)
  })

  it('counts a per-person KPI for each participant measured, net of people not enrolled', () => {
    const roi = roiOf(
      2000,
      [result({ scope: 'person', measured: 3, improvement: 5, comparisonChange: 1 })],
      halfCredited,
    )
    // (5 - 1) x 500 x 3 people x 50% = 3000 a month.
    expect(roi.items[0]).toMatchObject({
      netImprovement: 4,
      participants: 3,
      isNetOfComparison: true,
    })
    expect(roi.monthlyBenefit).toBe(3000)
    expect(roi.explanation).toMatch(/net of people not enrolled/)
  })

  it('is paid back when the benefit so far is more than the cost, and says since when', () => {
    const roi = roiOf(2000)
    expect(roi.status).toBe('paid-back')
    // 2000 at 500 a month = 121.75 days after the end of 2026-07-01.
    expect(roi.paybackDate).toBe('2026-10-31')
    expect(roi.why).toBe(
      'Positive: benefits of €3,023 counted so far (6 of 12 months) are more than the costs of €2,000; it paid back around October 2026.',
    )
  })

  it('is not paid back yet when the rate measured pays back within the period, and says when', () => {
    const roi = roiOf(5000)
    expect(roi.status).toBe('not-paid-back-yet')
    expect(roi.roi).toBeLessThan(0)
    // 5000 at 500 a month = 304.4 days after the end: 121 days from today.
    expect(roi.paybackDate).toBe('2027-05-02')
    expect(roi.why).toBe(
      'Not paid back yet: 6 of 12 months of benefit counted (€3,023) against costs of €5,000; at the rate measured so far it pays back around May 2027.',
    )
  })

  it('is negative when the whole period would not pay back, and names the target missed', () => {
    const roi = roiOf(8000, [result({ targetChange: 4, isTargetMet: false })])
    expect(roi.status).toBe('negative')
    expect(roi.paybackDate).toBeNull()
    expect(roi.periodRoi).toBeCloseTo(-0.25, 10)
    expect(roi.why).toBe(
      'Negative: the improvement is worth €500 a month, so 12 months bring €6,000, less than the costs of €8,000; Throughput moved +2 against a target of +4.',
    )
  })

  it('is negative with no benefit when the KPI got worse', () => {
    const roi = roiOf(1000, [result({ change: -1, improvement: -1, after: 9 })])
    expect(roi).toMatchObject({ status: 'negative', benefit: 0, roi: -1, paybackDate: null })
    expect(roi.why).toBe(
      'Negative: Throughput got worse (−1), so no benefit is counted against costs of €1,000.',
    )
  })

  it('is not called a loss while the KPI is still being measured', () => {
    const roi = roiOf(8000, [result({ isAfterWindowOpen: true, afterWindowEnds: '2027-02-15' })])
    expect(roi.status).toBe('not-paid-back-yet')
    expect(roi.paybackDate).toBeNull()
    expect(roi.why).toMatch(/it would not pay back within 12 months\./)
    expect(roi.why).toMatch(/The KPI is measured until 15 Feb 2027, so this can still move\.$/)
  })

  it('says why there is no ROI, for each reason', () => {
    expect(roiOf(1000, null, halfCredited, { finished: 0 })).toMatchObject({
      status: 'not-finished',
      roi: null,
      why: 'No ROI yet: no one has finished, so nothing can have changed; costs of €1,000 are committed.',
    })
    expect(roiOf(0, null, halfCredited, { finished: 0, participants: 0 }).why).toBe(
      'No ROI yet: no one is enrolled.',
    )
    expect(roiOf(1000, null, halfCredited, { kpiNames: [] })).toMatchObject({
      status: 'no-kpi',
      why: 'No ROI: no KPI is linked, so there is no benefit to weigh against costs of €1,000.',
    })
    expect(roiOf(1000, null)).toMatchObject({
      status: 'waiting-for-results',
      why: 'No ROI yet: costs of €1,000 so far; benefits are counted once Throughput is measured after the training.',
    })
    expect(roiOf(1000, [result()], null)).toMatchObject({
      status: 'no-value',
      benefit: null,
      unvalued: ['Throughput'],
      why: 'No ROI yet: Throughput moved +2, but what one unit of Throughput is worth a month is not entered, so it cannot be weighed against costs of €1,000.',
    })
    expect(roiOf(0)).toMatchObject({ status: 'no-cost', roi: null })
    expect(roiOf(0).why).toBe('No ratio: no cost is recorded; benefits of €3,023 counted so far.')
  })
})
