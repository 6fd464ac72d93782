import { describe, expect, it } from 'vitest'
import type { DevelopmentPlan, FeedbackEntry, Person, Team } from '../../model'
import { listRecentFeedback, summarizeTeams } from './team-overview'

const team = (id: string, name: string, leadPersonId: string | null): Team =>
  ({ id, name, leadPersonId }) as Team
const person = (id: string, teamId: string, status: Person['status'] = 'active'): Person =>
  ({ id, displayName: `Name ${id}`, teamId, status }) as Person
const plan = (personId: string, status: DevelopmentPlan['status']): DevelopmentPlan =>
  ({ id: `plan-${personId}`, personId, status }) as DevelopmentPlan

describe('summarizeTeams', () => {
  it('counts active members and those with an active plan, and names the lead', () => {
    const rows = summarizeTeams(
      [team('t2', 'Sales', null), team('t1', 'Operations', 'a')],
      [person('a', 't1'), person('b', 't1'), person('c', 't1', 'left'), person('d', 't2')],
      [plan('a', 'active'), plan('b', 'closed'), plan('c', 'active')],
    )
    expect(rows).toEqual([
      { teamId: 't1', name: 'Operations', leadName: 'Name a', headcount: 2, activePlans: 1 },
      { teamId: 't2', name: 'Sales', leadName: null, headcount: 1, activePlans: 0 },
    ])
  })
})

describe('listRecentFeedback', () => {
  it('returns the newest entries first with names', () => {
    const entry = (id: string, date: string, personId: string): FeedbackEntry =>
      ({ id, date, personId, kind: 'praise', behaviour: `did ${id}` }) as FeedbackEntry
    const rows = listRecentFeedback(
      [
        entry('f1', '2026-01-01', 'a'),
        entry('f2', '2026-03-01', 'x'),
        entry('f3', '2026-02-01', 'a'),
      ],
      [person('a', 't1')],
      2,
    )
    expect(rows.map((row) => [row.id, row.personName])).toEqual([
      ['f2', 'Unknown person'],
      ['f3', 'Name a'],
    ])
  })
})
