import { describe, expect, it } from 'vitest'
import { buildCheckinCsvRows } from './export'
import { makeAction, makeCheckin, makePerson } from './test-fixtures'
import { builtInTemplates } from '../workspace/defaults'

const checkins = [
  makeCheckin({
    id: 'c2',
    date: '2026-11-16',
    sharedNotes: '**Agreed:**\n* more bar shifts',
    privateNotes: 'Worried about the move',
    answers: [{ sectionId: 'support', text: 'Time on the bar' }],
    mood: 4,
    agenda: ['Action: book course'],
  }),
  makeCheckin({ id: 'c1', date: '2026-11-02' }),
  makeCheckin({ id: 'other', personId: 'p2', date: '2026-11-03' }),
]
const actions = [
  makeAction({ id: 'a1', checkinId: 'c1' }),
  makeAction({ id: 'a2', checkinId: 'c2', carriedFromId: 'a1', dueDate: null, owner: 'manager' }),
]
const base = {
  person: makePerson(),
  checkins,
  actions,
  templates: builtInTemplates,
  skills: [],
  goals: [],
  planItems: [],
}

describe('check-in export', () => {
  it('leaves private notes out unless ticked', () => {
    const rows = buildCheckinCsvRows({ ...base, includePrivate: false })
    expect(rows[0]).not.toContain('Private notes')
    expect(JSON.stringify(rows)).not.toContain('Worried')
    const withPrivate = buildCheckinCsvRows({ ...base, includePrivate: true })
    expect(withPrivate[0]).toContain('Private notes')
    expect(JSON.stringify(withPrivate)).toContain('Worried about the move')
  })

  it('writes one row per check-in of the person, oldest first, as plain text', () => {
    const rows = buildCheckinCsvRows({ ...base, includePrivate: false })
    expect(rows).toHaveLength(3)
    const header = rows[0]!
    const second = Object.fromEntries(header.map((name, i) => [name, rows[2]![i]]))
    expect(rows[1]![1]).toBe('2026-11-02')
    expect(second).toMatchObject({
      Date: '2026-11-16',
      Template: 'Development check-in',
      'Mood (1-5)': '4',
      Agenda: '- Action: book course',
      Answers: 'What support do you need from me?\nTime on the bar',
      'Shared notes': 'Agreed:\n\n- more bar shifts',
      'Action items': '[open] Book the espresso course (manager)',
    })
    expect(rows[1]![header.indexOf('Action items')]).toBe(
      '[carried over] Book the espresso course (employee, due 2026-11-16)',
    )
  })
})
