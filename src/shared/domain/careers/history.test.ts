import { describe, expect, it } from 'vitest'
import { diffJobs, jobOf, jobOn } from './history'
import { leaver, person, roleChange } from './test-fixtures'
import { buildCareerTimeline } from './timeline'

describe('job history', () => {
  const now = person('a', { roleId: 'role-manager', title: 'Store manager', teamId: 'team-b' })
  const events = [
    roleChange('a', '2024-06-01', 'role-barista', 'role-lead'),
    {
      ...roleChange('a', '2025-09-01', 'role-lead', 'role-manager'),
      changes: [
        { field: 'roleId' as const, from: 'role-lead', to: 'role-manager' },
        { field: 'title' as const, from: 'Shift lead', to: 'Store manager' },
        { field: 'teamId' as const, from: 'team-a', to: 'team-b' },
      ],
    },
  ]

  it('replays events backwards to what was true on a past date', () => {
    expect(jobOn(now, events, '2026-01-01')).toEqual(jobOf(now))
    expect(jobOn(now, events, '2025-08-31')).toEqual({
      roleId: 'role-lead',
      title: 'Shift lead',
      teamId: 'team-a',
      managerId: null,
    })
    expect(jobOn(now, events, '2024-05-31').roleId).toBe('role-barista')
    // On the day of a change, the change has happened.
    expect(jobOn(now, events, '2024-06-01').roleId).toBe('role-lead')
  })

  it('lists what differs between two jobs', () => {
    const before = jobOf(now)
    expect(diffJobs(before, { ...before, title: 'Area manager', managerId: 'boss' })).toEqual([
      { field: 'title', from: 'Store manager', to: 'Area manager' },
      { field: 'managerId', from: null, to: 'boss' },
    ])
    expect(diffJobs(before, before)).toEqual([])
  })
})

describe('career timeline', () => {
  it('lists hires, changes and leavings newest first, with names and the import named', () => {
    const names = {
      role: (id: string) => ({ 'role-barista': 'Barista', 'role-lead': 'Shift lead' })[id] ?? id,
      team: (id: string) => id,
      person: (id: string) => id,
    }
    const back = person('r', { hireDate: '2025-03-01', roleId: 'role-lead' })
    const events = [
      {
        ...roleChange('r', '2025-09-01', 'role-barista', 'role-lead'),
        source: 'import' as const,
        sourceName: 'staff.csv',
      },
    ]
    const leavers = [leaver('r', '2024-06-30', { hireDate: '2022-01-10' }).record]
    const entries = buildCareerTimeline(back, events, leavers, names)
    expect(entries.map((e) => [e.date, e.title, e.source])).toEqual([
      ['2025-09-01', 'Promoted to Shift lead', 'Roster import: staff.csv'],
      ['2025-03-01', 'Re-hired as Barista', null],
      ['2024-06-30', 'Left the company', null],
      ['2022-01-10', 'Hired as Barista', null],
    ])
    expect(entries[0]!.details).toEqual(['Role: Barista → Shift lead'])
    expect(entries[2]!.details).toEqual(['Their decision, not regretted', 'Pay and benefits'])
  })
})

describe('events from a roster import', () => {
  it('records each changed job once, and a move up a path as a promotion', async () => {
    const { planImportEvents } = await import('./import-events')
    const paths = [
      { id: 'p', name: 'Store', description: '', roleIds: ['role-barista', 'role-lead'] },
    ]
    const a = person('a')
    const b = person('b')
    const c = person('c')
    const events = planImportEvents({
      updates: [
        { before: a, after: { ...a, roleId: 'role-lead' } },
        { before: b, after: { ...b, teamId: 'team-b' } },
        { before: c, after: { ...c, email: 'c@x.example' } },
      ],
      paths,
      fileName: 'staff.csv',
      importRunId: 'run-1',
      date: '2026-12-01',
      now: '2026-12-01T09:00:00.000Z',
      newId: (() => {
        let n = 0
        return () => `e${++n}`
      })(),
    })
    expect(events.map((e) => [e.personId, e.isPromotion, e.changes.map((x) => x.field)])).toEqual([
      ['a', true, ['roleId']],
      ['b', false, ['teamId']],
    ])
    expect(events[0]).toMatchObject({
      source: 'import',
      sourceName: 'staff.csv',
      importRunId: 'run-1',
    })
  })
})
