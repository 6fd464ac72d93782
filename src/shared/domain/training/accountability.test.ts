import { describe, expect, it } from 'vitest'
import { writeCsv } from '../csv/write'
import type { Enrolment, Kpi, Person } from '../../model'
import { buildAccountabilityCsvRows, buildAccountabilityRows } from './accountability'
import { createStarterInitiatives } from './starter-catalogue'
import { makeInitiative, makeSkill } from './test-fixtures'

const kpi: Kpi = {
  id: 'kpi-picks',
  name: 'Pick errors',
  description: '',
  unit: '%',
  direction: 'lower-is-better',
  scope: 'team',
}
const expert = { id: 'p-mei', displayName: 'Mei Lin' } as Person

function enrolment(id: string, status: Enrolment['status']): Enrolment {
  return {
    id,
    personId: 'p',
    initiativeId: 'wms',
    campaignId: null,
    status,
    startDate: '2026-01-01',
    endDate: null,
  }
}

describe('accountability table', () => {
  it('lays out initiative -> outcome -> KPI -> measurement with counts, and writes CSV', () => {
    const rows = buildAccountabilityRows({
      initiatives: [
        makeInitiative('wms', {
          title: 'Stockwise drills',
          format: 'microlearning',
          provider: { kind: 'internal', personId: 'p-mei', name: '' },
          cost: 0,
          hours: 3,
          skillTargets: [{ skillId: 'wms', targetLevel: 2 }],
          learningOutcome: 'Picks scanned without help',
          kpiId: 'kpi-picks',
          targetChange: -1.5,
          measurementMethod: 'Weekly error report',
        }),
        makeInitiative('aaa', { title: 'A first', format: 'other' }),
      ],
      kpis: [kpi],
      skills: [makeSkill('wms', 'Stockwise')],
      people: [expert],
      enrolments: [
        enrolment('e1', 'completed'),
        enrolment('e2', 'enrolled'),
        enrolment('e3', 'withdrawn'),
      ],
    })
    expect(rows.map((r) => r.initiative)).toEqual(['A first', 'Stockwise drills'])
    expect(rows[1]).toMatchObject({
      provider: 'Internal expert: Mei Lin',
      skills: 'Stockwise → 2',
      kpi: 'Pick errors',
      targetChange: '-1.5 %',
      enrolled: 2,
      completed: 1,
      isComplete: true,
    })
    expect(rows[0]!.isComplete).toBe(false)
    const csv = writeCsv(buildAccountabilityCsvRows(rows))
    expect(csv.split('\r\n')[0]).toBe(
      'Initiative,Format,Provider,Skills (target level),Learning outcome,KPI,Target change,Measurement method,Cost,Hours,Enrolled,Completed',
    )
    // The writer guards a leading minus against formula injection.
    expect(csv.split('\r\n')[2]).toBe(
      "Stockwise drills,Microlearning,Internal expert: Mei Lin,Stockwise → 2,Picks scanned without help,Pick errors,'-1.5 %,Weekly error report,0,3,2,1",
    )
  })

  it('starts a workspace with four low-cost entries', () => {
    const starters = createStarterInitiatives()
    expect(starters.map((s) => s.format)).toEqual([
      'mentoring',
      'lunch-and-learn',
      'dedicated-learning-time',
      'microlearning',
    ])
    expect(starters.every((s) => s.cost === 0)).toBe(true)
  })
})
