import { describe, expect, it } from 'vitest'
import { defaultEvaluationAssumptions } from '../../model'
import {
  describeAssumptions,
  describeBeforeAfter,
  describeBenefitItem,
  describeResult,
  formatKpiValue,
  formatRoi,
} from './card-wording'
import type { ResultsLevel } from './types'
import { createWording } from './wording'

const w = createWording('EUR', 'en-GB')

const result: ResultsLevel = {
  kpiId: 'kpi-errors',
  kpiName: 'Order error rate',
  unit: '%',
  direction: 'lower-is-better',
  scope: 'team',
  measured: 4,
  before: 2.64,
  after: 2.31,
  change: -0.33,
  improvement: 0.33,
  targetChange: -1,
  isTargetMet: false,
  comparisonChange: null,
  comparisonSubjects: 0,
  source: 'measurements',
  isAfterWindowOpen: false,
  endDates: ['2026-03-01'],
  afterWindowEnds: '2026-05-30',
}

describe('a KPI result in words', () => {
  it('writes values in their unit', () => {
    expect(formatKpiValue(92.44, '%', w)).toBe('92.4%')
    expect(formatKpiValue(4.351, 'score', w)).toBe('4.35')
    expect(formatKpiValue(12.5, 'min', w)).toBe('12.5 min')
  })

  it('says before and after, then the change against the target', () => {
    expect(describeBeforeAfter(result, w)).toBe('Order error rate: 2.6% before → 2.3% after')
    expect(describeResult(result, w)).toBe(
      'Order error rate: 2.6% before → 2.3% after (−0.3 pts; target −1 pts, not reached)',
    )
    expect(describeResult({ ...result, targetChange: null, isTargetMet: null }, w)).toMatch(
      /\(−0\.3 pts; no target set\)$/,
    )
  })

  it('writes an ROI as a signed percentage, or a dash when there is none', () => {
    expect(formatRoi(1.344, w)).toBe('+134%')
    expect(formatRoi(-0.12, w)).toBe('−12%')
    expect(formatRoi(null, w)).toBe('—')
  })
})

describe('ROI assumptions in plain words', () => {
  const kpi = { name: 'On-time delivery', unit: '%', scope: 'team' as const }
  const assumptions = {
    ...defaultEvaluationAssumptions,
    valuePerUnit: 216,
    attributionShare: 0.4,
    benefitMonths: 12,
    windowBeforeDays: 60,
    note: '18 fewer late drops at €12 each.',
  }

  it('names the value, the share, the months, the windows and the basis', () => {
    expect(describeAssumptions({ assumptions, kpi, monthsCounted: 7.26 }, w)).toEqual([
      { term: 'Value per unit', text: '€216 a month for each point of On-time delivery' },
      {
        term: 'Share credited',
        text: '40% of the change is credited to the training, the rest to other causes',
      },
      {
        term: 'Months counted',
        text: 'up to 12 months after each person finishes; 7.3 months counted so far',
      },
      { term: 'KPI windows', text: '60 days before the start against 90 days after the end' },
      { term: 'Basis', text: '18 fewer late drops at €12 each.' },
    ])
  })

  it('says what is missing and leaves out what it does not know', () => {
    const lines = describeAssumptions(
      {
        assumptions: { ...defaultEvaluationAssumptions, benefitMonths: 1 },
        kpi: { name: 'First-contact resolution', unit: '%', scope: 'person' },
        monthsCounted: null,
      },
      w,
    )
    expect(lines.map((line) => line.text)).toEqual([
      'not entered yet: what one point of First-contact resolution is worth a month',
      'all of the change is credited to the training',
      'up to 1 month after each person finishes',
      '90 days before the start against 90 days after the end',
    ])
  })

  it('counts a per-person KPI per participant', () => {
    const [value] = describeAssumptions(
      {
        assumptions: { ...assumptions, valuePerUnit: 25 },
        kpi: { name: 'First-contact resolution', unit: '%', scope: 'person' },
        monthsCounted: 1,
      },
      w,
    )
    expect(value!.text).toBe(
      '€25 a month for each point of First-contact resolution, per participant',
    )
  })
})

describe('a campaign KPI’s assumptions', () => {
  it('says the value, the share and the months the ROI counted', () => {
    const item = {
      kpiId: 'kpi-errors',
      kpiName: 'Order error rate',
      unit: '%',
      netImprovement: 0.4,
      isNetOfComparison: false,
      participants: 1,
      valuePerUnit: 1800,
      attributionShare: 0.6,
      benefitMonths: 12,
      monthlyBenefit: 432,
      monthsCounted: 4.23,
      benefit: 1827,
      targetChange: -1,
      change: -0.4,
      isTargetMet: false,
    }
    expect(describeBenefitItem(item, w)).toBe(
      '€1,800 a month for each point, 60% credited, up to 12 months (4.2 counted so far)',
    )
    expect(describeBenefitItem({ ...item, participants: 6 }, w)).toMatch(
      /^€1,800 a month for each point, for 6 participants, 60% credited/,
    )
  })
})
