import { describe, expect, it } from 'vitest'
import { describeDue } from './cadence'
import { countDaysOverdue, formatDaysOverdue } from './overdue'

describe('days overdue', () => {
  it('counts from the due date, not from the last check-in', () => {
    // Monthly, last held 31 Aug: due 30 Sep; on 23 Nov that is 54 days overdue (84 since).
    const due = describeDue('2026-08-31', 'monthly', '2026-11-23')
    expect(due).toEqual({ dueDate: '2026-09-30', status: 'overdue', daysOverdue: 54 })
    expect(countDaysOverdue('2026-09-30', '2026-11-23')).toBe(54)
  })

  it('is 0 on the due date and before it', () => {
    expect(countDaysOverdue('2026-11-23', '2026-11-23')).toBe(0)
    expect(countDaysOverdue('2026-11-30', '2026-11-23')).toBe(0)
    expect(countDaysOverdue('2026-11-22', '2026-11-23')).toBe(1)
  })

  it('reads as days overdue', () => {
    expect(formatDaysOverdue(1)).toBe('1 day overdue')
    expect(formatDaysOverdue(54)).toBe('54 days overdue')
  })
})
