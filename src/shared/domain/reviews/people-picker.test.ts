import { describe, expect, it } from 'vitest'
import {
  choosePeople,
  describePersonRole,
  foldForSearch,
  groupPeopleForPicker,
  togglePerson,
  toggleTeam,
} from './people-picker'

const teams = [
  { id: 't-roast', name: 'Roastery' },
  { id: 't-cafe', name: 'Café' },
]
const people = [
  { id: 'p1', displayName: 'Łukasz Nowak', teamId: 't-roast', roleId: 'r-roaster' },
  { id: 'p2', displayName: 'Ana Silva', teamId: 't-roast' },
  { id: 'p3', displayName: 'José Ruiz', teamId: 't-cafe', title: 'Barista ' },
  { id: 'p4', displayName: 'Mia Free', teamId: null },
  { id: 'p5', displayName: 'Old Team', teamId: 't-gone' },
]

describe('groupPeopleForPicker', () => {
  it('groups by team name, people by name, with no team last', () => {
    const groups = groupPeopleForPicker(people, teams, '')
    expect(groups.map((g) => [g.teamName, g.shown.map((p) => p.id)])).toEqual([
      ['Café', ['p3']],
      ['Roastery', ['p2', 'p1']],
      ['No team', ['p4', 'p5']],
    ])
  })

  it('finds people without minding accents or case, and a whole team by its name', () => {
    const byName = groupPeopleForPicker(people, teams, 'lukasz')
    expect(byName.flatMap((g) => g.shown.map((p) => p.id))).toEqual(['p1'])
    expect(byName.find((g) => g.teamId === 't-roast')?.members).toHaveLength(2)
    expect(
      groupPeopleForPicker(people, teams, 'cafe').flatMap((g) => g.shown.map((p) => p.id)),
    ).toEqual(['p3'])
    expect(foldForSearch('José ŁUKASZ')).toBe('jose lukasz')
  })
})

describe('roles', () => {
  const roles = [{ id: 'r-roaster', name: 'Head roaster' }]

  it('shows the role profile, else the job title, else nothing', () => {
    expect(people.map((person) => describePersonRole(person, roles))).toEqual([
      'Head roaster',
      '',
      'Barista',
      '',
      '',
    ])
  })

  it('finds people by their role or title too', () => {
    const found = (query: string) =>
      groupPeopleForPicker(people, teams, query, roles).flatMap((g) => g.shown.map((p) => p.id))
    expect(found('head roaster')).toEqual(['p1'])
    expect(found('barista')).toEqual(['p3'])
    expect(found('nobody like this')).toEqual([])
  })
})

describe('toggling', () => {
  it('adds people once each, in the order chosen', () => {
    expect(choosePeople(['p2'], ['p1', 'p2', 'p3'])).toEqual(['p2', 'p1', 'p3'])
  })

  it('ticks a whole team, and unticks it when all of it was in', () => {
    expect(toggleTeam(['p3'], ['p1', 'p2']).sort()).toEqual(['p1', 'p2', 'p3'])
    expect(toggleTeam(['p1', 'p2', 'p3'], ['p1', 'p2'])).toEqual(['p3'])
    expect(toggleTeam(['p1'], ['p1', 'p2']).sort()).toEqual(['p1', 'p2'])
  })

  it('toggles one person', () => {
    expect(togglePerson(['p1'], 'p2')).toEqual(['p1', 'p2'])
    expect(togglePerson(['p1', 'p2'], 'p1')).toEqual(['p2'])
  })
})
