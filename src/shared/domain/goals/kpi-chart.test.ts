import { describe, expect, it } from 'vitest'
import type { Enrolment, Kpi, Person, TrainingInitiative } from '../../model'
import { buildKpiChart, describeKpiChart } from './kpi-chart'
import { makeGoal, makeKr } from './test-helpers'

const kpi: Kpi = {
  id: 'kpi-csat',
  name: 'CSAT',
  description: '',
  unit: 'pts',
  direction: 'higher-is-better',
  scope: 'team',
}

describe('KPI chart model', () => {
  it('gathers the subject’s series, its goal targets and its people’s training dates', () => {
    const model = buildKpiChart({
      kpi,
      subjectId: 'team-care',
      measurements: [
        { id: 'm2', kpiId: 'kpi-csat', subjectId: 'team-care', date: '2026-10-08', value: 4.3 },
        { id: 'm1', kpiId: 'kpi-csat', subjectId: 'team-care', date: '2026-10-01', value: 4.1 },
        { id: 'm3', kpiId: 'kpi-csat', subjectId: 'team-ops', date: '2026-10-01', value: 3 },
        { id: 'm4', kpiId: 'kpi-other', subjectId: 'team-care', date: '2026-10-01', value: 9 },
      ],
      goals: [
        makeGoal('care', { teamId: 'team-care', period: '2026-Q4', dueDate: '2026-12-15' }),
        makeGoal('ops', { teamId: 'team-ops' }),
        makeGoal('gone', { teamId: 'team-care', status: 'dropped' }),
      ],
      keyResults: [
        makeKr('k1', 'care', { kpiId: 'kpi-csat', target: 4.6, title: 'Raise CSAT' }),
        makeKr('k2', 'ops', { kpiId: 'kpi-csat', target: 5 }),
        makeKr('k3', 'gone', { kpiId: 'kpi-csat', target: 6 }),
      ],
      initiatives: [
        { id: 'i1', title: 'De-escalation workshop', kpiId: 'kpi-csat' },
        { id: 'i2', title: 'Other', kpiId: null },
      ] as TrainingInitiative[],
      enrolments: [
        {
          id: 'e1',
          personId: 'ana',
          initiativeId: 'i1',
          campaignId: null,
          status: 'completed',
          startDate: '2026-09-01',
          endDate: '2026-09-20',
        },
        {
          id: 'e2',
          personId: 'ben',
          initiativeId: 'i1',
          campaignId: null,
          status: 'completed',
          startDate: '2026-09-01',
          endDate: '2026-09-20',
        },
        {
          id: 'e3',
          personId: 'cy',
          initiativeId: 'i1',
          campaignId: null,
          status: 'in-progress',
          startDate: '2026-10-05',
          endDate: null,
        },
        {
          id: 'e4',
          personId: 'dev',
          initiativeId: 'i1',
          campaignId: null,
          status: 'completed',
          startDate: '2026-09-01',
          endDate: '2026-09-20',
        },
        {
          id: 'e5',
          personId: 'ana',
          initiativeId: 'i2',
          campaignId: null,
          status: 'completed',
          startDate: '2026-09-01',
          endDate: '2026-09-20',
        },
        {
          id: 'e6',
          personId: 'ben',
          initiativeId: 'i1',
          campaignId: null,
          status: 'withdrawn',
          startDate: '2026-11-01',
          endDate: null,
        },
      ] as Enrolment[],
      people: [
        { id: 'ana', teamId: 'team-care' },
        { id: 'ben', teamId: 'team-care' },
        { id: 'cy', teamId: 'team-care' },
        { id: 'dev', teamId: 'team-ops' },
      ] as Person[],
      fiscalStartMonth: 1,
    })
    expect(model.points).toEqual([
      { date: '2026-10-01', value: 4.1 },
      { date: '2026-10-08', value: 4.3 },
    ])
    expect(model.targets).toEqual([
      { label: '2026-Q4: Raise CSAT', value: 4.6, start: '2026-10-01', end: '2026-12-15' },
    ])
    expect(model.trainings).toEqual([
      { date: '2026-09-20', label: 'De-escalation workshop (2 people)' },
      { date: '2026-10-05', label: 'De-escalation workshop' },
    ])
    expect(describeKpiChart(model, kpi, 'Customer Care')).toBe(
      'CSAT for Customer Care: 2 measurements from 2026-10-01 (4.1 pts) to 2026-10-08 (4.3 pts), lowest 4.1, highest 4.3; higher is better. Targets: 4.6 pts by 2026-12-15 (2026-Q4: Raise CSAT). Training: 2026-09-20 De-escalation workshop (2 people); 2026-10-05 De-escalation workshop.',
    )
  })
})
