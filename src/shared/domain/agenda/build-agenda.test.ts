import { describe, expect, it } from 'vitest'
import { buildAgenda, compareAgendaItems } from './build-agenda'
import {
  makeAction,
  makeCertification,
  makeCheckin,
  makeCycle,
  makeGoal,
  makeInput,
  makePerson,
} from './test-fixtures'
import { generateAgendaWorkload } from './test-workload'
import type { AgendaItem } from './types'

const today = '2026-12-07'

describe('buildAgenda', () => {
  const people = [
    makePerson('aoife', { displayName: 'Aoife Brennan' }),
    makePerson('ben', { displayName: 'Ben Ode', checkinCadence: 'weekly' }),
    makePerson('gone', { displayName: 'Gus Hale', status: 'left', leftDate: '2026-11-01' }),
  ]
  const input = makeInput({
    people,
    checkins: [
      makeCheckin('c1', 'aoife', '2026-11-03'),
      makeCheckin('c2', 'ben', '2026-11-10'),
      makeCheckin('c3', 'gone', '2026-10-01'),
    ],
    actionItems: [
      makeAction('a1', 'c1', 'aoife', { text: 'Zest the menu', dueDate: '2026-11-17' }),
      makeAction('a2', 'c2', 'ben', { text: 'Order beans', dueDate: '2027-01-06' }),
      makeAction('a3', 'c2', 'ben', { text: 'Too far', dueDate: '2027-01-07' }),
      makeAction('a4', 'c3', 'gone', { dueDate: '2026-12-01' }),
    ],
    goals: [makeGoal('g1', { ownerPersonId: 'gone' })],
    certifications: [makeCertification('cert', 'gone', { expiresOn: '2026-12-20' })],
    reviewCycles: [makeCycle('h2', ['gone'])],
  })

  it('lists what is due by date, then kind, then title, for active people only', () => {
    expect(buildAgenda(input, today).map(({ id, date }) => `${date} ${id}`)).toEqual([
      '2026-11-17 checkin:aoife:2026-11-17',
      '2026-11-17 checkin:ben:2026-11-17',
      '2026-11-17 action:a1',
      '2027-01-06 action:a2',
    ])
  })

  it('lists upcoming items up to the horizon, 30 days unless told', () => {
    expect(buildAgenda(input, today).some((item) => item.id === 'action:a3')).toBe(false)
    expect(buildAgenda({ ...input, horizonDays: 31 }, today).map((item) => item.id)).toContain(
      'action:a3',
    )
    expect(buildAgenda({ ...input, horizonDays: 0 }, today).map((item) => item.id)).toEqual([
      'checkin:aoife:2026-11-17',
      'checkin:ben:2026-11-17',
      'action:a1',
    ])
  })

  it('gives the same items, ids included, on every run', () => {
    expect(buildAgenda(input, today)).toEqual(buildAgenda(input, today))
    // A day later the same items keep their ids; the horizon has moved on by one day.
    const ids = (on: string) => buildAgenda(input, on).map((item) => item.id)
    expect(ids('2026-12-08')).toEqual([...ids(today), 'action:a3'])
  })

  it('orders kinds on one day in a fixed order, titles within a kind', () => {
    const item = (id: string, kind: AgendaItem['kind'], title: string): AgendaItem => ({
      id,
      kind,
      date: '2026-12-07',
      personId: null,
      title,
      why: '',
      isOverdue: false,
      action: { route: '/', label: '' },
    })
    const items = [
      item('5', 'certification', 'A'),
      item('4', 'request', 'A'),
      item('3', 'action', 'b'),
      item('2', 'action', 'Á'),
      item('1', 'checkin', 'Z'),
    ]
    expect(items.sort(compareAgendaItems).map((i) => i.id)).toEqual(['1', '2', '3', '4', '5'])
  })

  it('builds a 200-person, five-year workspace into a sorted agenda of active people', () => {
    const workload = generateAgendaWorkload()
    expect(workload.people).toHaveLength(200)
    expect(workload.checkins.length).toBeGreaterThan(25_000)
    expect(workload.actionItems.length).toBeGreaterThan(50_000)
    const items = buildAgenda(workload, '2026-12-07')
    const active = new Set(workload.people.filter((p) => p.status === 'active').map((p) => p.id))
    expect(items.every((i) => i.personId === null || active.has(i.personId))).toBe(true)
    expect([...items].sort(compareAgendaItems)).toEqual(items)
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
    expect(new Set(items.map((i) => i.kind))).toEqual(
      new Set([
        'checkin',
        'action',
        'request',
        'review-deadline',
        'training-results',
        'certification',
      ]),
    )
  })
})
