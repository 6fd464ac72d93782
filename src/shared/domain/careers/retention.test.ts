import { describe, expect, it } from 'vitest'
import type { Enrolment, ReviewCycle } from '../../model'
import {
  computeDevelopmentRetention,
  computeTopPerformerTurnover,
  computeTurnover,
  countLeavingReasons,
  summarizeTenureAtExit,
  type Period,
} from './retention'
import { leaver, person, review, roleChange } from './test-fixtures'

const year2026: Period = { key: '2026', label: '2026', start: '2026-01-01', end: '2026-12-31' }

describe('turnover', () => {
  // Ten on staff all year, two left in 2026 (one regretted), one hired mid-year, one left in 2025.
  const staying = Array.from({ length: 8 }, (_, index) => person(`p${index}`))
  const hired = person('new', { hireDate: '2026-06-01' })
  const a = leaver('a', '2026-03-31', { isRegretted: true })
  const b = leaver('b', '2026-09-15', { isVoluntary: false, reason: 'Performance' })
  const old = leaver('old', '2025-05-01')
  const history = {
    people: [...staying, hired, a.person, b.person, old.person],
    leavers: [a.record, b.record, old.record],
    events: [],
  }

  it('counts leavers over the mean of the headcount before and at the end of the period', () => {
    const figure = computeTurnover(history, year2026)
    // 10 on 31 Dec 2025 (8 + a + b), 9 on 31 Dec 2026 (8 + new): average 9.5.
    expect(figure.averageHeadcount).toBe(9.5)
    expect(figure.leavers.map((l) => l.personId)).toEqual(['a', 'b'])
    expect(figure.turnover).toBeCloseTo(2 / 9.5)
    expect(figure.regrettedTurnover).toBeCloseTo(1 / 9.5)
    expect(figure.voluntary.map((l) => l.personId)).toEqual(['a'])
  })

  it('counts a team by the team each person was in then, and its leavers by the team they left', () => {
    // p0 moved to team-b in July: in team-a at the start, in team-b at the end.
    const moved = {
      ...history,
      people: history.people.map((p) => (p.id === 'p0' ? { ...p, teamId: 'team-b' } : p)),
      events: [
        {
          ...roleChange('p0', '2026-07-01', null, null),
          changes: [{ field: 'teamId' as const, from: 'team-a', to: 'team-b' }],
        },
      ],
    }
    const teamA = computeTurnover(moved, year2026, 'team-a')
    expect(teamA.averageHeadcount).toBe((10 + 8) / 2)
    const teamB = computeTurnover(moved, year2026, 'team-b')
    expect(teamB.averageHeadcount).toBe(0.5)
    expect(teamB.leavers).toEqual([])
    expect(teamB.turnover).toBe(0)
  })

  it('has no rate for a period with nobody on staff', () => {
    const figure = computeTurnover(history, { ...year2026, start: '2010-01-01', end: '2010-12-31' })
    expect(figure.turnover).toBeNull()
  })

  it('keeps an earlier stint of a re-hire in the headcount of its period', () => {
    const first = leaver('r', '2024-06-30', {}, { hireDate: '2022-01-01' })
    const back = {
      ...first.person,
      status: 'active' as const,
      leftDate: null,
      hireDate: '2026-02-01',
    }
    const rehired = { people: [back], leavers: [first.record], events: [] }
    const in2023: Period = { key: '2023', label: '2023', start: '2023-01-01', end: '2023-12-31' }
    expect(computeTurnover(rehired, in2023).averageHeadcount).toBe(1)
    const in2025: Period = { key: '2025', label: '2025', start: '2025-01-01', end: '2025-12-31' }
    expect(computeTurnover(rehired, in2025).averageHeadcount).toBe(0)
    expect(computeTurnover(rehired, year2026).averageHeadcount).toBe(0.5)
  })
})

describe('tenure and reasons', () => {
  it('averages and takes the median of the years from hire to exit', () => {
    const records = [
      leaver('a', '2021-01-01', { hireDate: '2020-01-01' }).record,
      leaver('b', '2023-01-01', { hireDate: '2020-01-01' }).record,
      leaver('c', '2026-01-01', { hireDate: '2020-01-01' }).record,
      leaver('d', '2026-01-01', { hireDate: null }).record,
    ]
    const summary = summarizeTenureAtExit(records)
    expect(summary.counted).toBe(3)
    expect(summary.medianYears).toBeCloseTo(3, 1)
    expect(summary.averageYears).toBeCloseTo((1 + 3 + 6) / 3, 1)
  })

  it('counts reasons, most common first, split by voluntary', () => {
    const counts = countLeavingReasons([
      leaver('a', '2026-01-01', { reason: 'Relocation' }).record,
      leaver('b', '2026-01-01', { reason: 'Pay and benefits' }).record,
      leaver('c', '2026-01-01', { reason: 'Pay and benefits', isVoluntary: false }).record,
      leaver('d', '2026-01-01', { reason: '', reasonDetail: 'Moved to a competitor' }).record,
    ])
    expect(counts.map((c) => [c.reason, c.voluntary, c.involuntary])).toEqual([
      ['Pay and benefits', 1, 1],
      ['Not stated', 1, 0],
      ['Relocation', 1, 0],
    ])
  })
})

describe('top-performer turnover', () => {
  const cycles: ReviewCycle[] = [
    { id: 'c25', name: '2025', periodStart: '2025-01-01', periodEnd: '2025-12-31', personIds: [] },
  ]
  const scale = { min: 1, max: 5 }
  it('counts leavers rated in the top band of their last finished review', () => {
    const star = leaver('star', '2026-05-01')
    const steady = leaver('steady', '2026-06-01')
    const stayingStar = person('stay-star')
    const history = {
      people: [star.person, steady.person, stayingStar, person('other')],
      leavers: [star.record, steady.record],
      events: [],
    }
    const reviews = [
      review('star', 'c25', 5),
      review('steady', 'c25', 3),
      review('stay-star', 'c25', 5),
    ]
    const figure = computeTopPerformerTurnover(history, { reviews, cycles, scale }, year2026)
    expect(figure.topAtStart.map((p) => p.id).sort()).toEqual(['star', 'stay-star'])
    expect(figure.topLeavers.map((l) => l.personId)).toEqual(['star'])
    expect(figure.rate).toBe(0.5)
  })

  it('uses a calibrated 9-box row over the rating, and ignores drafts', () => {
    const a = leaver('a', '2026-05-01')
    const b = leaver('b', '2026-05-01')
    const history = { people: [a.person, b.person], leavers: [a.record, b.record], events: [] }
    const reviews = [
      { ...review('a', 'c25', 3), calibratedPerformance: 'high' as const },
      { ...review('b', 'c25', 5), state: 'draft' as const },
    ]
    const figure = computeTopPerformerTurnover(history, { reviews, cycles, scale }, year2026)
    expect(figure.topLeavers.map((l) => l.personId)).toEqual(['a'])
  })
})

describe('retention after development', () => {
  it('compares who stayed among those who completed training a year ago and those who did not', () => {
    const today = '2026-12-01'
    const done = (personId: string): Enrolment => ({
      id: `e-${personId}`,
      personId,
      initiativeId: 'i',
      campaignId: null,
      status: 'completed',
      startDate: '2025-01-01',
      endDate: '2025-03-01',
    })
    const trained = ['t1', 't2', 't3', 't4'].map((id) => person(id))
    const trainedLeaver = leaver('t5', '2026-06-01')
    const untrained = ['u1', 'u2'].map((id) => person(id))
    const untrainedLeavers = [leaver('u3', '2026-02-01'), leaver('u4', '2026-03-01')]
    const history = {
      people: [
        ...trained,
        trainedLeaver.person,
        ...untrained,
        ...untrainedLeavers.map((l) => l.person),
      ],
      leavers: [trainedLeaver.record, ...untrainedLeavers.map((l) => l.record)],
      events: [],
    }
    const enrolments = ['t1', 't2', 't3', 't4', 't5'].map(done)
    const result = computeDevelopmentRetention(history, enrolments, today)
    expect(result.developed.people).toHaveLength(5)
    expect(result.developed.share).toBe(4 / 5)
    expect(result.others.people).toHaveLength(4)
    expect(result.others.share).toBe(2 / 4)
    expect(result.isSmall).toBe(true)
  })
})
