import { describe, expect, it } from 'vitest'
import { listActionItems } from './action-items'
import { createAgendaContext } from './context'
import { makeAction, makeCheckin, makeInput, makePerson } from './test-fixtures'

const today = '2026-12-07'
const people = [
  makePerson('aoife', { displayName: 'Aoife Brennan' }),
  makePerson('gone', { status: 'left', leftDate: '2026-11-01' }),
]
const context = createAgendaContext(people, today)
const checkins = [
  makeCheckin('c1', 'aoife', '2026-11-03'),
  makeCheckin('c2', 'aoife', '2026-11-17'),
  makeCheckin('c9', 'gone', '2026-10-01'),
]

describe('action items', () => {
  it('lists open actions by their due date, or the check-in they came from', () => {
    const input = makeInput({
      people,
      checkins,
      actionItems: [
        makeAction('a1', 'c1', 'aoife', {
          text: 'Book the espresso course',
          dueDate: '2026-11-10',
        }),
        makeAction('a2', 'c1', 'aoife', { text: 'Ask about the rota', owner: 'manager' }),
        makeAction('a3', 'c2', 'aoife', { text: 'Try the new grinder', dueDate: '2026-12-20' }),
      ],
    })
    expect(listActionItems(input, context)).toEqual([
      {
        id: 'action:a1',
        kind: 'action',
        date: '2026-11-10',
        personId: 'aoife',
        title: 'Book the espresso course',
        why: 'Aoife Brennan agreed to this at the check-in on 3 Nov 2026; it was due on 10 Nov 2026.',
        isOverdue: true,
        action: { route: '/checkins/c1', label: 'Open the check-in' },
      },
      {
        id: 'action:a2',
        kind: 'action',
        date: '2026-11-03',
        personId: 'aoife',
        title: 'Ask about the rota',
        why: 'You agreed to this with Aoife Brennan at the check-in on 3 Nov 2026; it has no due date of its own.',
        isOverdue: true,
        action: { route: '/checkins/c1', label: 'Open the check-in' },
      },
      expect.objectContaining({
        id: 'action:a3',
        isOverdue: false,
        why: 'Aoife Brennan agreed to this at the check-in on 17 Nov 2026; it is due on 20 Dec 2026.',
      }),
    ])
  })

  it('leaves out done and carried actions (the copy carries on), and those of people who left', () => {
    const input = makeInput({
      people,
      checkins,
      actionItems: [
        makeAction('done', 'c1', 'aoife', { isDone: true, doneDate: '2026-11-10' }),
        makeAction('carried', 'c1', 'aoife'),
        makeAction('copy', 'c2', 'aoife', { carriedFromId: 'carried' }),
        makeAction('theirs', 'c9', 'gone'),
      ],
    })
    expect(listActionItems(input, context).map((item) => item.id)).toEqual(['action:copy'])
  })

  it('keeps titles to one short line and links to the person when the check-in is gone', () => {
    const input = makeInput({
      people,
      actionItems: [
        makeAction('long', 'deleted', 'aoife', {
          text: `Read\n${'about coffee '.repeat(20)}`,
          dueDate: '2026-12-01',
        }),
        makeAction('undated', 'deleted', 'aoife'),
      ],
    })
    const [item] = listActionItems(input, context)
    expect(item?.title).toHaveLength(120)
    expect(item?.title).toMatch(/^Read about coffee about .*…$/)
    expect(item).toMatchObject({
      why: 'Aoife Brennan agreed to this; it was due on 1 Dec 2026.',
      action: { route: '/people/aoife', label: 'Open their profile' },
    })
    expect(listActionItems(input, context)).toHaveLength(1)
  })
})
