import { describe, expect, it } from 'vitest'
import type { Evaluation } from '../../model'
import { evaluateCampaigns, evaluateInitiatives } from './cards'
import { findResultWindows } from './results'
import { computeRetention } from './retention'
import { assumptions, data, enrolment, initiative, kpi, measure, person } from './test-fixtures'

const today = '2026-12-01'

describe('result windows', () => {
  it('defaults to 90 days before the start and 90 days after the end', () => {
    expect(
      findResultWindows({ startDate: '2026-04-01', endDate: '2026-04-10' }, 90, 90, today),
    ).toEqual({
      beforeFrom: '2026-01-01',
      beforeTo: '2026-03-31',
      afterFrom: '2026-04-11',
      afterTo: '2026-07-09',
      isAfterWindowOpen: false,
    })
  })

  it('cuts the after window at today and says it is still open', () => {
    expect(
      findResultWindows({ startDate: '2026-11-01', endDate: '2026-11-10' }, 30, 60, today),
    ).toMatchObject({ beforeFrom: '2026-10-02', afterTo: today, isAfterWindowOpen: true })
  })

  it('has no windows before the training has ended', () => {
    expect(findResultWindows({ startDate: '2026-11-20', endDate: null }, 90, 90, today)).toBeNull()
    expect(findResultWindows({ startDate: '2026-11-20', endDate: today }, 90, 90, today)).toBeNull()
  })
})

const teamSetUp = (extra: Parameters<typeof initiative>[0] = {}) =>
  data({
    people: [person('p1', { teamId: 't1' }), person('p2', { teamId: 't1' })],
    initiatives: [
      initiative({
        kpiId: 'kpi-1',
        targetChange: 4,
        evaluationAssumptions: assumptions({ valuePerUnit: 300 }),
        ...extra,
      }),
    ],
    enrolments: [
      enrolment('e1', 'p1', { startDate: '2026-04-01', endDate: '2026-04-10' }),
      enrolment('e2', 'p2', { startDate: '2026-04-01', endDate: '2026-04-10' }),
      enrolment('e3', 'p2', { status: 'withdrawn', startDate: '2026-04-01', endDate: null }),
    ],
    kpis: [kpi()],
    kpiMeasurements: [
      measure('t1', '2025-12-31', 100), // one day before the before window
      measure('t1', '2026-01-15', 10),
      measure('t1', '2026-03-31', 12),
      measure('t1', '2026-04-05', 50), // during the training
      measure('t1', '2026-04-11', 15),
      measure('t1', '2026-07-09', 17),
      measure('t1', '2026-07-10', 100), // one day after the after window
      measure('t2', '2026-05-01', 99), // another team
    ],
  })

describe('level 4: results and ROI', () => {
  it('compares the KPI mean before and after with the target change', () => {
    const card = evaluateInitiatives(teamSetUp(), today)[0]!
    expect(card.levels.results).toEqual([
      expect.objectContaining({
        kpiName: 'Throughput',
        measured: 2,
        before: 11,
        after: 16,
        change: 5,
        improvement: 5,
        targetChange: 4,
        isTargetMet: true,
        source: 'measurements',
        isAfterWindowOpen: false,
      }),
    ])
  })

  it('computes ROI = (benefit - cost) / cost with fees plus hours x hourly cost', () => {
    const card = evaluateInitiatives(teamSetUp(), today)[0]!
    // Two participants (the withdrawn one costs nothing): fees 2 x 300, time 2 x 5 h x 40.
    expect(card.roi.cost).toEqual({
      participants: 2,
      fees: 600,
      hours: 10,
      hourlyCost: 40,
      timeCost: 400,
      total: 1000,
    })
    // Team KPI improved by 5 units at 300 a month, all credited, for the one month of benefit
    // (both ended in April, long enough ago) = 1500; (1500 - 1000) / 1000 = 0.5.
    expect(card.roi.benefit).toBe(1500)
    expect(card.roi.roi).toBeCloseTo(0.5, 10)
    expect(card.roi.status).toBe('paid-back')
  })

  it('misses the target when a lower-is-better KPI falls by less than asked', () => {
    const input = teamSetUp({ targetChange: -10 })
    input.kpis = [kpi({ direction: 'lower-is-better' })]
    const card = evaluateInitiatives(input, today, { locale: 'en-GB' })[0]!
    const [result] = card.levels.results!
    expect(result).toMatchObject({ change: 5, improvement: -5, isTargetMet: false })
    // A KPI that got worse brings no benefit (never a negative one): (0 - 1000) / 1000 = -1.
    expect(card.roi.benefit).toBe(0)
    expect(card.roi.roi).toBeCloseTo(-1, 10)
    expect(card.roi.status).toBe('negative')
    expect(card.roi.why).toBe(
      'Negative: Throughput got worse (+5), so no benefit is counted against costs of €1,000.',
    )
  })

  it('has no ROI, and says why, without a value per unit', () => {
    const card = evaluateInitiatives(
      teamSetUp({
        evaluationAssumptions: assumptions({ valuePerUnit: null }),
      }),
      today,
    )[0]!
    expect(card.roi.roi).toBeNull()
    expect(card.roi.benefit).toBeNull()
    expect(card.roi.status).toBe('no-value')
    expect(card.roi.unvalued).toEqual(['Throughput'])
    expect(card.roi.why).toMatch(/what one unit of Throughput is worth a month is not entered/)
  })

  it('uses the chosen windows', () => {
    // A 30-day before window keeps only 2026-03-31 (12); the after window of 90 keeps 15 and 17.
    const card = evaluateInitiatives(
      teamSetUp({
        evaluationAssumptions: assumptions({ valuePerUnit: 300, windowBeforeDays: 30 }),
      }),
      today,
    )[0]!
    expect(card.levels.results![0]).toMatchObject({ before: 12, after: 16, change: 4 })
  })

  it('compares a per-person KPI with people not enrolled and nets their change out of the benefit', () => {
    const input = data({
      people: [person('p1'), person('p2')],
      initiatives: [
        initiative({
          kpiId: 'kpi-1',
          evaluationAssumptions: assumptions({ valuePerUnit: 100 }),
        }),
      ],
      enrolments: [enrolment('e1', 'p1', { startDate: '2026-04-01', endDate: '2026-04-10' })],
      kpis: [kpi({ scope: 'person' })],
      kpiMeasurements: [
        measure('p1', '2026-02-01', 50),
        measure('p1', '2026-05-01', 60),
        measure('p2', '2026-02-01', 50),
        measure('p2', '2026-05-01', 52),
      ],
    })
    const card = evaluateInitiatives(input, today, { locale: 'en-GB' })[0]!
    expect(card.levels.results![0]).toMatchObject({
      change: 10,
      comparisonChange: 2,
      comparisonSubjects: 1,
    })
    // (10 - 2) x 100 x 1 participant x 1 month = 800; cost 300 + 5 x 40 = 500; ROI (800 - 500) / 500 = 0.6.
    expect(card.roi.benefit).toBe(800)
    expect(card.roi.roi).toBeCloseTo(0.6, 10)
  })

  it('falls back to a recorded results evaluation when there are no measurements', () => {
    const evaluations: Evaluation[] = [
      {
        id: 'res-1',
        enrolmentId: 'e1',
        date: '2026-08-01',
        note: '',
        kind: 'results',
        kpiId: 'kpi-1',
        valueBefore: 20,
        valueAfter: 26,
      },
    ]
    const input = teamSetUp()
    input.kpiMeasurements = []
    input.evaluations = evaluations
    const card = evaluateInitiatives(input, today)[0]!
    expect(card.levels.results![0]).toMatchObject({
      measured: 1,
      before: 20,
      after: 26,
      source: 'recorded',
    })
  })

  it('rolls a campaign up over its own enrolments', () => {
    const input = teamSetUp()
    input.campaigns = [
      {
        id: 'camp-1',
        name: 'Campaign',
        description: '',
        startDate: '2026-04-01',
        steps: [{ initiativeId: 'init-1', startWeek: 0, weeks: 2 }],
        cohortPersonIds: ['p1'],
      },
    ]
    input.enrolments[0] = { ...input.enrolments[0]!, campaignId: 'camp-1' }
    const [card] = evaluateCampaigns(input, today)
    expect(card).toMatchObject({ kind: 'campaign', enrolments: 1 })
    expect(card!.roi.cost.total).toBe(500)
    // Team KPI: +5 x 300 = 1500, (1500 - 500) / 500 = 2.
    expect(card!.roi.roi).toBeCloseTo(2, 10)
  })
})

describe('retention', () => {
  it('compares the share still on staff after 6 and 12 months with everyone else', () => {
    const people = [
      person('a'),
      person('b', { status: 'left', leftDate: '2025-05-01' }),
      person('c'),
      person('d', { status: 'left', leftDate: '2025-12-01' }),
      person('e', { hireDate: '2025-06-01', createdAt: '2025-06-01' }),
    ]
    const enrolments = [
      enrolment('e1', 'a', { startDate: '2024-12-20', endDate: '2025-01-01' }),
      enrolment('e2', 'b', { startDate: '2024-12-20', endDate: '2025-01-01' }),
    ]
    const [six, twelve] = computeRetention({ enrolments, people, leavers: [], today: '2026-03-01' })
    // 6 months = 2025-07-02: a stays, b left; c and d (not e, hired later) both stay, counted per anchor.
    expect(six).toEqual({
      months: 6,
      enrolledEligible: 2,
      enrolledRetained: 1,
      enrolledShare: 0.5,
      othersEligible: 4,
      othersRetained: 4,
      othersShare: 1,
    })
    // 12 months = 2026-01-01: d has left by then.
    expect(twelve).toMatchObject({
      enrolledShare: 0.5,
      othersEligible: 4,
      othersRetained: 2,
      othersShare: 0.5,
    })
  })

  it('is missing until the horizon has passed', () => {
    const [six] = computeRetention({
      enrolments: [enrolment('e1', 'a', { endDate: '2026-02-01' })],
      people: [person('a'), person('c')],
      leavers: [],
      today: '2026-05-01',
    })
    expect(six).toMatchObject({ enrolledShare: null, othersShare: null })
  })

  it('reads leaving from the leaver records: a re-hire was gone at the horizon', () => {
    // b left in March 2025 and came back in 2026: at the 6-month horizon they had left.
    const [six] = computeRetention({
      enrolments: [enrolment('e1', 'b', { startDate: '2024-12-20', endDate: '2025-01-01' })],
      people: [person('b', { hireDate: '2026-01-10' }), person('c')],
      leavers: [
        {
          id: 'l-b',
          personId: 'b',
          date: '2025-03-01',
          hireDate: '2024-01-01',
          isVoluntary: true,
          isRegretted: true,
          reason: 'Study',
          reasonDetail: '',
          exitInterview: [],
          roleId: null,
          teamId: null,
          managerId: null,
          createdAt: '2025-03-01T10:00:00.000Z',
        },
      ],
      today: '2026-03-01',
    })
    expect(six).toMatchObject({ enrolledEligible: 1, enrolledRetained: 0, othersRetained: 1 })
  })
})
