import { describe, expect, it } from 'vitest'
import type { DueCheckin } from './cadence'
import { composeReminder, selectReminders } from './reminders'

function row(personId: string, status: DueCheckin['status']): DueCheckin {
  return {
    personId,
    cadence: 'weekly',
    isDefaultCadence: false,
    lastDate: null,
    dueDate: '2026-11-23',
    status,
    daysOverdue: 0,
    draftId: null,
  }
}

describe('check-in reminders', () => {
  const due = [row('a', 'overdue'), row('b', 'due'), row('c', 'upcoming'), row('d', 'never')]

  it('reminds each due person once per day', () => {
    const first = selectReminders(due, null, '2026-11-23')
    expect(first.personIds).toEqual(['a', 'b', 'd'])
    const again = selectReminders(due, first.log, '2026-11-23')
    expect(again.personIds).toEqual([])
    const nextDay = selectReminders(due, again.log, '2026-11-24')
    expect(nextDay.personIds).toEqual(['a', 'b', 'd'])
    const partly = selectReminders(due, { date: '2026-11-23', personIds: ['a'] }, '2026-11-23')
    expect(partly.personIds).toEqual(['b', 'd'])
    expect(partly.log.personIds).toEqual(['a', 'b', 'd'])
  })

  it('sends one message, naming at most three people', () => {
    expect(composeReminder([])).toBeNull()
    expect(composeReminder(['Ada'])).toEqual({
      title: 'A check-in is due',
      body: 'Time for a check-in with Ada.',
    })
    expect(composeReminder(['Ada', 'Bo'])?.body).toBe('Check-ins due with Ada and Bo.')
    expect(composeReminder(['Ada', 'Bo', 'Cy', 'Di', 'Ed'])).toEqual({
      title: '5 check-ins are due',
      body: 'Check-ins due with Ada, Bo, Cy and 2 more.',
    })
  })
})
