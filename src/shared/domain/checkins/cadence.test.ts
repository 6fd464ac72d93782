import { describe, expect, it } from 'vitest'
import { computeNextDueDate, describeDue, listDueCheckins } from './cadence'
import { addOneMonth } from './dates'
import { makeCheckin, makePerson } from './test-fixtures'

describe('due dates under each cadence', () => {
  it('adds 7 days, 14 days or one calendar month', () => {
    expect(computeNextDueDate('2026-11-02', 'weekly')).toBe('2026-11-09')
    expect(computeNextDueDate('2026-12-28', 'biweekly')).toBe('2027-01-11')
    expect(computeNextDueDate('2026-11-02', 'monthly')).toBe('2026-12-02')
    expect(computeNextDueDate('2026-12-15', 'monthly')).toBe('2027-01-15')
  })

  it('keeps a monthly date inside short months', () => {
    expect(addOneMonth('2026-01-31')).toBe('2026-02-28')
    expect(addOneMonth('2028-01-31')).toBe('2028-02-29')
    expect(addOneMonth('2026-03-31')).toBe('2026-04-30')
  })

  it('is upcoming, due within 2 days, or overdue by whole days (injected today)', () => {
    expect(describeDue('2026-11-02', 'weekly', '2026-11-06')).toEqual({
      dueDate: '2026-11-09',
      status: 'upcoming',
      daysOverdue: 0,
    })
    expect(describeDue('2026-11-02', 'weekly', '2026-11-07').status).toBe('due')
    expect(describeDue('2026-11-02', 'weekly', '2026-11-09').status).toBe('due')
    expect(describeDue('2026-11-02', 'weekly', '2026-11-12')).toEqual({
      dueDate: '2026-11-09',
      status: 'overdue',
      daysOverdue: 3,
    })
    expect(describeDue('2026-11-02', 'biweekly', '2026-11-13').status).toBe('upcoming')
    expect(describeDue('2026-11-02', 'biweekly', '2026-11-14').status).toBe('due')
    expect(describeDue('2026-11-02', 'monthly', '2026-11-12').status).toBe('upcoming')
    expect(describeDue(null, 'monthly', '2026-11-12')).toEqual({
      dueDate: '2026-11-12',
      status: 'never',
      daysOverdue: 0,
    })
  })
})

describe('who is due', () => {
  const today = '2026-11-23'
  it('uses the person cadence, else the default, and only finished past check-ins', () => {
    const people = [
      makePerson({ id: 'weekly', checkinCadence: 'weekly' }),
      makePerson({ id: 'default' }),
      makePerson({ id: 'never' }),
      makePerson({ id: 'owner', managerId: null }),
      makePerson({ id: 'left', status: 'left' }),
    ]
    const checkins = [
      makeCheckin({ id: 'w1', personId: 'weekly', date: '2026-11-10' }),
      makeCheckin({ id: 'd1', personId: 'default', date: '2026-11-10' }),
      makeCheckin({ id: 'd2', personId: 'default', date: today, status: 'draft' }),
      makeCheckin({ id: 'l1', personId: 'left', date: '2026-01-10' }),
    ]
    const rows = listDueCheckins({ people, checkins, defaultCadence: 'monthly', today })
    expect(rows.map((r) => [r.personId, r.status, r.dueDate, r.daysOverdue])).toEqual([
      ['weekly', 'overdue', '2026-11-17', 6],
      ['never', 'never', today, 0],
      ['default', 'upcoming', '2026-12-10', 0],
    ])
    expect(rows.find((r) => r.personId === 'default')).toMatchObject({
      cadence: 'monthly',
      isDefaultCadence: true,
      draftId: 'd2',
      lastDate: '2026-11-10',
    })
  })
})
