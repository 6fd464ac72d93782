import { describe, expect, it } from 'vitest'
import type { Checkin, FeedbackEntry, Person } from '../../model'
import { summarizeWorkspace } from './summary'

const person = (id: string, status: Person['status']): Person =>
  ({ id, displayName: id, status }) as Person
const checkin = (date: string): Checkin => ({ id: date, date }) as Checkin
const feedback = (date: string): FeedbackEntry => ({ id: date, date }) as FeedbackEntry

describe('summarizeWorkspace', () => {
  it('counts active people, recent activity and activity per month', () => {
    const summary = summarizeWorkspace({
      today: '2026-11-23',
      people: [person('a', 'active'), person('b', 'left'), person('c', 'active')],
      teams: [],
      skills: [],
      plans: [],
      checkins: [
        checkin('2026-11-20'),
        checkin('2026-10-25'),
        checkin('2026-10-24'),
        checkin('2025-01-01'),
      ],
      feedback: [feedback('2026-11-01'), feedback('2026-12-01')],
      months: 3,
    })
    expect(summary.activePeople).toBe(2)
    // the last 30 days are 25 Oct to 23 Nov, both included
    expect(summary.checkinsLast30Days).toBe(2)
    expect(summary.feedbackLast30Days).toBe(1)
    expect(summary.adoption).toEqual([
      { month: '2026-09', checkins: 0, feedback: 0 },
      { month: '2026-10', checkins: 2, feedback: 0 },
      { month: '2026-11', checkins: 1, feedback: 1 },
    ])
  })
})
