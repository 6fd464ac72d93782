import { describe, expect, it } from 'vitest'
import { averageMonthsInRole, computePromotionFigures, listTimeInRole } from './promotions'
import type { Period } from './retention'
import { leaver, person, roleChange } from './test-fixtures'

const year2026: Period = { key: '2026', label: '2026', start: '2026-01-01', end: '2026-12-31' }

describe('promotion figures', () => {
  it('counts roles filled from inside against hires, and promotions', () => {
    const people = [
      person('lead', { roleId: 'role-lead' }),
      person('moved', { roleId: 'role-roaster' }),
      person('hire1', { hireDate: '2026-03-01' }),
      person('hire2', { hireDate: '2026-04-01', roleId: 'role-lead' }),
      person('old', { hireDate: '2019-01-01' }),
    ]
    const events = [
      roleChange('lead', '2026-05-01', 'role-barista', 'role-lead', true),
      roleChange('moved', '2026-08-01', 'role-barista', 'role-roaster', false),
      roleChange('old', '2025-05-01', 'role-barista', 'role-barista-2', true),
    ]
    const figures = computePromotionFigures(people, [], events, year2026)
    expect(figures.internal.map((f) => f.personId)).toEqual(['lead', 'moved'])
    expect(figures.hires.map((f) => [f.personId, f.roleId])).toEqual([
      ['hire1', 'role-barista'],
      ['hire2', 'role-lead'],
    ])
    expect(figures.internalRate).toBe(0.5)
    expect(figures.promotions.map((e) => e.personId)).toEqual(['lead'])
  })

  it('names the role a hire started in, before a later change that year', () => {
    const people = [person('h', { hireDate: '2026-02-01', roleId: 'role-lead' })]
    const events = [roleChange('h', '2026-10-01', 'role-barista', 'role-lead')]
    const figures = computePromotionFigures(people, [], events, year2026)
    expect(figures.hires[0]?.roleId).toBe('role-barista')
    expect(figures.internalRate).toBe(0.5)
  })

  it('counts a re-hire as a hire', () => {
    const first = leaver('r', '2024-06-30', {}, { hireDate: '2022-01-01' })
    const back = {
      ...first.person,
      status: 'active' as const,
      leftDate: null,
      hireDate: '2026-02-01',
    }
    const figures = computePromotionFigures([back], [first.record], [], year2026)
    expect(figures.hires).toHaveLength(1)
    expect(figures.internalRate).toBe(0)
  })

  it('counts a first hire the recruitment source calls internal as filled from inside', () => {
    const people = [
      person('posted', { hireDate: '2026-03-01', hireSource: 'internal' }),
      person('outside', { hireDate: '2026-04-01', hireSource: 'external' }),
    ]
    const figures = computePromotionFigures(people, [], [], year2026)
    expect(figures.internal.map((f) => f.personId)).toEqual(['posted'])
    expect(figures.hires.map((f) => f.personId)).toEqual(['outside'])
    expect(figures.internalRate).toBe(0.5)
  })

  it('has no rate when no role was filled', () => {
    expect(computePromotionFigures([person('a')], [], [], year2026).internalRate).toBeNull()
  })
})

describe('time in role', () => {
  it('counts from the last role change, or the hire date, for people on staff', () => {
    const people = [
      person('a', { hireDate: '2026-01-01' }),
      person('b', { hireDate: '2020-01-01' }),
      leaver('gone', '2025-01-01').person,
    ]
    const events = [roleChange('b', '2026-07-02', 'role-barista', 'role-lead')]
    const entries = listTimeInRole(
      people,
      [leaver('gone', '2025-01-01').record],
      events,
      '2026-12-28',
    )
    expect(entries.map((e) => [e.personId, e.since, e.days])).toEqual([
      ['a', '2026-01-01', 361],
      ['b', '2026-07-02', 179],
    ])
    expect(averageMonthsInRole(entries)).toBeCloseTo(270 / (365.25 / 12))
  })
})
