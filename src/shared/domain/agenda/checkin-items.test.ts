import { describe, expect, it } from 'vitest'
import { listCheckinItems } from './checkin-items'
import { createAgendaContext } from './context'
import { makeCheckin, makeInput, makePerson } from './test-fixtures'
import type { AgendaInput } from './types'

const today = '2026-12-07'

function itemsFor(input: AgendaInput, on = today) {
  return listCheckinItems(input, createAgendaContext(input.people, on))
}

describe('check-in items', () => {
  const aoife = makePerson('aoife', { displayName: 'Aoife Brennan' })

  it('dates the next check-in by the cadence after the last one, and says so', () => {
    const input = makeInput({
      people: [aoife],
      checkins: [
        makeCheckin('c0', 'aoife', '2026-10-20'),
        makeCheckin('c1', 'aoife', '2026-11-03'),
      ],
    })
    expect(itemsFor(input)).toEqual([
      {
        id: 'checkin:aoife:2026-11-17',
        kind: 'checkin',
        date: '2026-11-17',
        personId: 'aoife',
        title: 'Check-in with Aoife Brennan',
        why: 'Fortnightly check-ins; the last was on 3 Nov 2026, 34 days ago.',
        isOverdue: true,
        action: { route: '/checkins', label: 'Start check-in' },
      },
    ])
  })

  it("uses the person's own cadence before the workspace default", () => {
    const input = makeInput({
      people: [
        makePerson('ben', { displayName: 'Ben Ode', checkinCadence: 'weekly' }),
        makePerson('cara', { displayName: 'Cara Lin', checkinCadence: 'monthly' }),
      ],
      checkins: [makeCheckin('c1', 'ben', '2026-12-03'), makeCheckin('c2', 'cara', '2026-10-31')],
    })
    const [ben, cara] = itemsFor(input).sort((a, b) => a.title.localeCompare(b.title))
    expect(ben).toMatchObject({
      id: 'checkin:ben:2026-12-10',
      isOverdue: false,
      why: 'Weekly check-ins; the last was on 3 Dec 2026, 4 days ago.',
    })
    // Monthly after 31 Oct is the month's last day, as the check-ins list counts it.
    expect(cara).toMatchObject({ id: 'checkin:cara:2026-11-30', date: '2026-11-30' })
  })

  it('dates a first check-in from the hire date, or the day they were added, and keeps the id from day to day', () => {
    const input = makeInput({
      people: [
        makePerson('dara', { displayName: 'Dara Kane', hireDate: '2026-11-16' }),
        makePerson('eve', {
          displayName: 'Eve Moss',
          hireDate: null,
          createdAt: '2026-12-01',
          checkinCadence: 'monthly',
        }),
      ],
    })
    const items = itemsFor(input)
    expect(items.map(({ id, why }) => ({ id, why }))).toEqual([
      {
        id: 'checkin:dara:2026-11-30',
        why: 'Fortnightly check-ins; none yet since they started on 16 Nov 2026.',
      },
      {
        id: 'checkin:eve:2027-01-01',
        why: 'Monthly check-ins; none yet since they were added on 1 Dec 2026.',
      },
    ])
    expect(itemsFor(input, '2026-12-08').map((item) => item.id)).toEqual(items.map((i) => i.id))
  })

  it('continues a draft instead of starting one, and a draft is not a check-in held', () => {
    const input = makeInput({
      people: [aoife],
      checkins: [
        makeCheckin('c1', 'aoife', '2026-11-03'),
        makeCheckin('draft-1', 'aoife', '2026-12-06', { status: 'draft' }),
      ],
    })
    expect(itemsFor(input)[0]).toMatchObject({
      id: 'checkin:aoife:2026-11-17',
      action: { route: '/checkins/draft-1', label: 'Continue check-in' },
    })
  })

  it('ignores check-ins dated after today', () => {
    const input = makeInput({
      people: [aoife],
      checkins: [
        makeCheckin('c1', 'aoife', '2026-11-03'),
        makeCheckin('c2', 'aoife', '2026-12-20'),
      ],
    })
    expect(itemsFor(input)[0]?.id).toBe('checkin:aoife:2026-11-17')
  })

  it('leaves out people who left and people nobody holds check-ins with', () => {
    const input = makeInput({
      people: [
        makePerson('gone', { status: 'left', leftDate: '2026-10-01' }),
        makePerson('owner', { managerId: null }),
      ],
      checkins: [makeCheckin('c1', 'gone', '2026-09-01')],
    })
    expect(itemsFor(input)).toEqual([])
  })
})
