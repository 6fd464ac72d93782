import { describe, expect, it } from 'vitest'
import type { ActionItem, DevelopmentPlan } from '../../model'
import { listCheckinsDue, listGoalsOffTrack, listPlansAtRisk, summarizeAdoption } from './home'
import {
  findKpiDeclining,
  findMissingCheckins,
  findMoodDown,
  findOverdueActions,
  findStalledPlans,
  listAttentionSignals,
} from './signals'
import { checkin, data, kpi, measure, person } from './test-fixtures'

const today = '2026-03-05'

describe('attention signals', () => {
  it('mood trending down over the last three check-ins', () => {
    const moods = (personId: string, values: (number | null)[]) =>
      values.map((mood, index) =>
        checkin(`${personId}-${index}`, personId, `2026-02-0${index + 1}`, { mood }),
      )
    const signals = findMoodDown(
      data({
        people: [person('p1'), person('p2'), person('p3'), person('p4')],
        checkins: [
          ...moods('p1', [5, 5, 4, null, 3]), // last three with a mood: 5, 4, 3
          ...moods('p2', [3, 4, 3]),
          ...moods('p3', [4, 4, 4]),
          ...moods('p4', [5, 4, 3]),
          checkin('p4-future', 'p4', '2026-04-01', { mood: 5 }),
          checkin('p4-draft', 'p4', '2026-03-01', { mood: 5, status: 'draft' }),
        ],
      }),
      today,
    )
    expect(signals.map((signal) => signal.personId)).toEqual(['p1', 'p4'])
    expect(signals[0]!.explanation).toBe(
      'Mood 5 → 4 → 3 (of 5) over the check-ins of 2026-02-02, 2026-02-03, 2026-02-05.',
    )
  })

  it('a KPI declining over its last three measurements, in its own direction', () => {
    const signals = findKpiDeclining(
      data({
        teams: [
          { id: 't1', name: 'Logistics', description: '', parentTeamId: null, leadPersonId: null },
        ],
        kpis: [
          kpi(),
          kpi({ id: 'kpi-2', name: 'Errors', direction: 'lower-is-better', unit: '%' }),
        ],
        kpiMeasurements: [
          measure('t1', '2026-01-01', 95),
          measure('t1', '2026-01-08', 90),
          measure('t1', '2026-01-15', 88),
          measure('t1', '2026-01-22', 85),
          measure('t1', '2026-04-01', 99), // after today
          measure(null, '2026-01-01', 2, 'kpi-2'),
          measure(null, '2026-01-08', 3, 'kpi-2'),
          measure(null, '2026-01-15', 4, 'kpi-2'),
          measure('t2', '2026-01-01', 90),
          measure('t2', '2026-01-08', 88),
          measure('t2', '2026-01-15', 89),
          // Declining, but the last value is older than 90 days: stale, no signal.
          measure('t3', '2025-10-01', 90),
          measure('t3', '2025-10-08', 88),
          measure('t3', '2025-10-15', 85),
        ],
      }),
      today,
    )
    expect(signals.map((signal) => signal.title)).toEqual([
      'Throughput (Logistics) declining',
      'Errors (company) declining',
    ])
    expect(signals[1]!.explanation).toBe(
      '2% → 3% → 4% over the measurements of 2026-01-01, 2026-01-08, 2026-01-15 (lower is better).',
    )
  })

  it('overdue actions piling up (three or more)', () => {
    const action = (id: string, personId: string, dueDate: string, isDone = false): ActionItem => ({
      id,
      checkinId: 'c',
      personId,
      text: `Action ${id}`,
      owner: 'employee',
      dueDate,
      isDone,
      doneDate: null,
      carriedFromId: null,
    })
    const signals = findOverdueActions(
      data({
        people: [person('p1'), person('p2'), person('p3')],
        actionItems: [
          action('a1', 'p1', '2026-02-01'),
          action('a2', 'p1', '2026-01-20'),
          action('a3', 'p1', '2026-03-04'),
          action('a4', 'p1', '2026-03-05'), // due today: not overdue
          action('b1', 'p2', '2026-02-01'),
          action('b2', 'p2', '2026-02-01'),
          action('b3', 'p2', '2026-02-01', true),
          // p3: three past due, but c1 was carried to a later check-in (its copy is due
          // 2026-03-10), so c1 is closed and only two overdue actions remain.
          action('c1', 'p3', '2026-02-01'),
          action('c2', 'p3', '2026-02-01'),
          action('c3', 'p3', '2026-02-01'),
          { ...action('c4', 'p3', '2026-03-10'), checkinId: 'later', carriedFromId: 'c1' },
        ],
      }),
      today,
    )
    expect(signals).toHaveLength(1)
    expect(signals[0]!.explanation).toBe(
      '3 open actions are past their due date; the oldest, “Action a2”, was due 2026-01-20 (44 days ago).',
    )
  })

  it('no check-in for twice the cadence', () => {
    const signals = findMissingCheckins(
      data({
        people: [
          // Biweekly default: 2026-02-04 -> 02-18 -> 03-04 < today (29 days).
          person('late', { managerId: 'boss' }),
          // 2026-02-05 -> 02-19 -> 03-05 = today: not yet.
          person('fine', { managerId: 'boss' }),
          // 2026-02-18 -> 02-25 -> 03-04 < today (15 days).
          person('weekly', { managerId: 'boss', checkinCadence: 'weekly' }),
          // Monthly = same day next month: 2026-01-19 -> 02-19 -> 03-19, not yet.
          person('monthly', { managerId: 'boss', checkinCadence: 'monthly' }),
          // 2026-01-04 -> 02-04 -> 03-04 < today: 60 days, past two months (not 2 x 30 days).
          person('monthly-late', { managerId: 'boss', checkinCadence: 'monthly' }),
          person('gone', { managerId: 'boss', status: 'left', leftDate: '2026-01-01' }),
          person('boss'), // no manager: no one holds their check-ins
          person('new', { managerId: 'boss', hireDate: '2026-01-02', createdAt: '2026-01-02' }),
        ],
        checkins: [
          checkin('c1', 'late', '2026-02-04'),
          checkin('c2', 'fine', '2026-02-05'),
          checkin('c3', 'weekly', '2026-02-18'),
          checkin('c4', 'monthly', '2026-01-19'),
          checkin('c5', 'monthly-late', '2026-01-04'),
        ],
      }),
      today,
    )
    // Days overdue, counted from the due date (as on the check-ins list), not from the last one.
    expect(signals.map((signal) => [signal.personId, signal.title])).toEqual([
      ['late', 'Person late: check-in 15 days overdue'],
      ['weekly', 'Person weekly: check-in 8 days overdue'],
      ['monthly-late', 'Person monthly-late: check-in 29 days overdue'],
      ['new', 'Person new: no check-in yet'],
    ])
    expect(signals[0]!.explanation).toBe(
      'Last check-in on 2026-02-04; their cadence is every two weeks, so the next was due on 2026-02-18.',
    )
    expect(signals[2]!.explanation).toMatch(/cadence is monthly, so the next was due on 2026-02-04/)
    const due = listCheckinsDue(
      data({
        people: [person('late', { managerId: 'boss' })],
        checkins: [checkin('c1', 'late', '2026-02-04')],
      }),
      today,
    )
    expect(due[0]!.daysOverdue).toBe(15)
  })

  it('a plan with nothing moving for 60 days', () => {
    const plan = (id: string, personId: string): DevelopmentPlan => ({
      id,
      personId,
      period: '2026-H1',
      focusSkillIds: ['s1'],
      goalIds: [],
      status: 'active',
      createdAt: '2026-01-01',
    })
    const input = data({
      people: [person('p1'), person('p2'), person('p3')],
      plans: [
        plan('plan-1', 'p1'),
        plan('plan-2', 'p2'),
        { ...plan('plan-3', 'p3'), goalIds: ['g1'] },
      ],
      checkins: [checkin('c1', 'p2', '2026-02-01', { skillIds: ['s1'] })],
      goalUpdates: [
        {
          id: 'u1',
          goalId: 'g1',
          keyResultId: null,
          date: '2026-01-20',
          value: null,
          confidence: 'on-track',
          note: '',
        },
      ],
    })
    const signals = findStalledPlans(input, today)
    expect(signals.map((signal) => signal.personId)).toEqual(['p1'])
    expect(signals[0]!.explanation).toMatch(/for 63 days \(last movement 2026-01-01\)/)
    expect(listPlansAtRisk(input, today).map((row) => row.reasons)).toEqual([
      ['nothing moving for 63 days'],
    ])
    expect(listAttentionSignals(input, today).map((signal) => signal.kind)).toContain(
      'plan-stalled',
    )
  })
  it('writes every date of its sentences the way it is told, as the dashboard shows dates', () => {
    const words = (iso: string) => `[${iso}]`
    const signals = listAttentionSignals(
      data({
        people: [person('late', { managerId: 'boss' }), person('boss')],
        checkins: [
          checkin('c1', 'late', '2026-01-20', { mood: 5 }),
          checkin('c2', 'late', '2026-01-27', { mood: 4 }),
          checkin('c3', 'late', '2026-02-04', { mood: 3 }),
        ],
      }),
      today,
      words,
    )
    expect(signals.map((signal) => signal.explanation)).toEqual([
      'Mood 5 → 4 → 3 (of 5) over the check-ins of [2026-01-20], [2026-01-27], [2026-02-04].',
      'Last check-in on [2026-02-04]; their cadence is every two weeks, so the next was due on [2026-02-18].',
    ])
    for (const signal of signals) expect(signal.explanation).not.toMatch(/(?<!\[)\d{4}-\d{2}-\d{2}/)
  })
})

describe('dashboard lists', () => {
  it('lists check-ins overdue first, then due, then upcoming within a week', () => {
    const rows = listCheckinsDue(
      data({
        people: [
          person('a', { managerId: 'm' }),
          person('b', { managerId: 'm' }),
          person('c', { managerId: 'm', checkinCadence: 'monthly' }),
          person('d', { managerId: 'm', checkinCadence: 'monthly' }),
          person('m'), // no manager and no check-ins: not tracked
        ],
        checkins: [
          checkin('c1', 'a', '2026-02-10'), // due 02-24, 9 days overdue
          checkin('c2', 'b', '2026-02-25'), // due 03-11, within the 7 days to 03-12
          checkin('c3', 'c', '2026-03-01'), // due 04-01, not yet
          checkin('c4', 'd', '2026-02-05'), // same day next month: due 03-05, today (not 03-07)
        ],
      }),
      today,
    )
    expect(
      rows.map((row) => [row.personId, row.status, row.dueDate, row.daysOverdue, row.name]),
    ).toEqual([
      ['a', 'overdue', '2026-02-24', 9, 'Person a'],
      ['d', 'due', '2026-03-05', 0, 'Person d'],
      ['b', 'upcoming', '2026-03-11', 0, 'Person b'],
    ])
  })

  it('lists goals whose latest update is off track or at risk', () => {
    const goal = (id: string) => ({
      id,
      title: `Goal ${id}`,
      description: '',
      level: 'person' as const,
      style: 'okr' as const,
      period: '2026-Q1',
      parentId: null,
      teamId: null,
      ownerPersonId: 'p1',
      dueDate: null,
      status: 'active' as const,
      weight: 1,
      smart: null,
      skillIds: [],
      carriedFromId: null,
    })
    const update = (
      goalId: string,
      date: string,
      confidence: 'on-track' | 'at-risk' | 'off-track',
    ) => ({
      id: `${goalId}-${date}`,
      goalId,
      keyResultId: null,
      date,
      value: null,
      confidence,
      note: '',
    })
    const rows = listGoalsOffTrack(
      {
        people: [person('p1')],
        goals: [goal('g1'), goal('g2'), goal('g3')],
        goalUpdates: [
          update('g1', '2026-02-01', 'off-track'),
          update('g1', '2026-03-01', 'on-track'), // recovered
          update('g2', '2026-03-01', 'at-risk'),
          update('g3', '2026-02-01', 'off-track'),
        ],
      },
      today,
    )
    expect(rows.map((row) => [row.goalId, row.confidence])).toEqual([
      ['g3', 'off-track'],
      ['g2', 'at-risk'],
    ])
  })

  it('counts adoption per month and per rater when there is more than one', () => {
    const adoption = summarizeAdoption(
      {
        people: [
          person('m1'),
          person('m2'),
          person('a', { managerId: 'm1' }),
          person('b', { managerId: 'm2' }),
        ],
        checkins: [
          checkin('c1', 'a', '2026-03-01'),
          checkin('c2', 'a', '2026-02-10'),
          checkin('c3', 'b', '2026-02-11'),
          checkin('c4', 'b', '2026-02-12', { status: 'draft' }),
          checkin('c5', 'b', '2025-08-01'), // older than six months
        ],
        feedback: [],
        goalUpdates: [
          {
            id: 'u1',
            goalId: 'g',
            keyResultId: null,
            date: '2026-01-05',
            value: 1,
            confidence: 'on-track',
            note: '',
          },
        ],
        assessments: [
          {
            id: 'x1',
            personId: 'b',
            skillId: 's',
            level: 2,
            date: '2026-02-01',
            source: 'manager',
            assessorId: null,
            note: '',
          },
        ],
      },
      today,
    )
    expect(adoption.months.map((m) => [m.month, m.checkins, m.goalUpdates, m.assessments])).toEqual(
      [
        ['2025-10', 0, 0, 0],
        ['2025-11', 0, 0, 0],
        ['2025-12', 0, 0, 0],
        ['2026-01', 0, 1, 0],
        ['2026-02', 2, 0, 1],
        ['2026-03', 1, 0, 0],
      ],
    )
    expect(adoption.raters.map((r) => [r.raterId, r.months.at(-2)])).toEqual([
      ['m1', { month: '2026-02', checkins: 1, feedback: 0, assessments: 0 }],
      ['m2', { month: '2026-02', checkins: 1, feedback: 0, assessments: 1 }],
    ])
  })
})
