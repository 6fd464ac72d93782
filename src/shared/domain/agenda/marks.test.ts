import { describe, expect, it } from 'vitest'
import type { AgendaMark } from '../../model'
import { buildAgenda } from './build-agenda'
import { applyMarks, listDueNotifications, recordNotified } from './marks'
import { makeCheckin, makeInput, makePerson } from './test-fixtures'
import type { AgendaItem } from './types'

const today = '2026-12-07'

function item(id: string, date: string): AgendaItem {
  return {
    id,
    kind: 'action',
    date,
    personId: null,
    title: id,
    why: '',
    isOverdue: date < today,
    action: { route: '/', label: '' },
  }
}

function mark(id: string, fields: Partial<AgendaMark> = {}): AgendaMark {
  return { id, doneOn: null, snoozedUntil: null, ...fields }
}

const items = [item('late', '2026-12-01'), item('today', today), item('soon', '2026-12-20')]

describe('agenda marks', () => {
  it('hides items marked done and items snoozed past today', () => {
    const marks = [
      mark('late', { doneOn: '2026-12-05' }),
      mark('today', { snoozedUntil: '2026-12-08' }),
      mark('soon'),
    ]
    expect(applyMarks(items, marks, today).map((i) => i.id)).toEqual(['soon'])
  })

  it('brings a snoozed item back on the day the snooze ends', () => {
    const marks = [
      mark('today', { snoozedUntil: today }),
      mark('late', { snoozedUntil: '2026-12-02' }),
    ]
    expect(applyMarks(items, marks, today)).toEqual(items)
    expect(applyMarks(items, [mark('today', { snoozedUntil: today })], '2026-12-06')).toEqual([
      items[0],
      items[2],
    ])
  })

  it('hides one check-in occurrence: the next one has its own id', () => {
    const input = makeInput({
      people: [makePerson('aoife', { displayName: 'Aoife Brennan' })],
      checkins: [makeCheckin('c1', 'aoife', '2026-11-03')],
    })
    const [first] = buildAgenda(input, today)
    expect(first?.id).toBe('checkin:aoife:2026-11-17')
    const marks = [mark(first!.id, { doneOn: today })]
    expect(applyMarks(buildAgenda(input, today), marks, today)).toEqual([])
    const held = { ...input, checkins: [...input.checkins, makeCheckin('c2', 'aoife', today)] }
    expect(applyMarks(buildAgenda(held, today), marks, today).map((i) => i.id)).toEqual([
      'checkin:aoife:2026-12-21',
    ])
  })
})

describe('agenda notifications', () => {
  it('notifies items due today or overdue, once a day each', () => {
    expect(listDueNotifications(items, [], null, today).map((i) => i.id)).toEqual(['late', 'today'])
    const log = recordNotified(null, ['late', 'today'], today)
    expect(listDueNotifications(items, [], log, today)).toEqual([])
    expect(listDueNotifications(items, [], log, '2026-12-08').map((i) => i.id)).toEqual([
      'late',
      'today',
    ])
  })

  it('does not notify items marked done or snoozed', () => {
    const marks = [
      mark('late', { doneOn: '2026-12-02' }),
      mark('today', { snoozedUntil: '2026-12-09' }),
    ]
    expect(listDueNotifications(items, marks, null, today)).toEqual([])
  })

  it('adds to today’s log once per id, and starts afresh on a new day', () => {
    const log = { date: today, ids: ['late'] }
    expect(recordNotified(log, ['late', 'today', 'today'], today)).toEqual({
      date: today,
      ids: ['late', 'today'],
    })
    expect(log.ids).toEqual(['late'])
    expect(recordNotified({ date: '2026-12-01', ids: ['old'] }, ['today'], today)).toEqual({
      date: today,
      ids: ['today'],
    })
  })
})
