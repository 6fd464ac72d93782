import { describe, expect, it } from 'vitest'
import { composeAgendaNotification } from './notification'
import type { AgendaItem } from './types'

const item = (title: string, isOverdue = false): AgendaItem => ({
  id: title,
  kind: 'checkin',
  date: '2026-12-07',
  personId: null,
  title,
  why: 'Fortnightly check-ins.',
  isOverdue,
  action: { route: '/checkins', label: 'Start check-in' },
})

describe('agenda notification', () => {
  it('is one message for everything newly due, naming three and counting the rest', () => {
    expect(composeAgendaNotification([])).toBeNull()
    expect(composeAgendaNotification([item('Check-in with Ana')])).toEqual({
      title: 'Due today on your agenda',
      body: 'Check-in with Ana. Fortnightly check-ins.',
    })
    expect(
      composeAgendaNotification([item('A', true), item('B'), item('C'), item('D'), item('E')]),
    ).toEqual({ title: '5 things on your agenda, 1 overdue', body: 'A; B; C; and 2 more.' })
  })
})
