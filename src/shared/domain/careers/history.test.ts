import { describe, expect, it } from 'vitest'
import { diffJobs, jobOf, jobOn } from './history'
import { person, roleChange } from './test-fixtures'

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
