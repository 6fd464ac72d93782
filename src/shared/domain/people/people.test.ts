import { describe, expect, it } from 'vitest'
import { Person, type Team } from '../../model'
import { buildPeopleCsvRows } from './export-people'
import { buildOrgTree } from './org-tree'
import { selectPeople, type PeopleQuery } from './select-people'

const make = (id: string, fields: Partial<Person> = {}): Person =>
  Person.parse({ id, displayName: `Person ${id}`, createdAt: '2026-01-01', ...fields })
const teams: Team[] = [
  { id: 't1', name: 'Roastery', description: '', parentTeamId: null, leadPersonId: null },
]
const query = (changes: Partial<PeopleQuery> = {}): PeopleQuery => ({
  search: '',
  teamId: 'all',
  status: 'active',
  sortKey: 'name',
  isDescending: false,
  ...changes,
})

describe('selectPeople', () => {
  const people = [
    make('a', { displayName: 'Zoë Brennan', teamId: 't1', title: 'Head roaster' }),
    make('b', { displayName: 'Ana Souza', email: 'ana@x.example' }),
    make('c', { displayName: 'Liam Walsh', status: 'left', teamId: 't1' }),
  ]
  it('filters by status and team, and sorts by name with accents', () => {
    expect(selectPeople(people, teams, query()).map((row) => row.person.id)).toEqual(['b', 'a'])
    expect(
      selectPeople(people, teams, query({ status: 'all', teamId: 't1' })).map((r) => r.person.id),
    ).toEqual(['c', 'a'])
    expect(selectPeople(people, teams, query({ teamId: 'none' })).map((r) => r.person.id)).toEqual([
      'b',
    ])
    expect(
      selectPeople(people, teams, query({ isDescending: true })).map((r) => r.person.id),
    ).toEqual(['a', 'b'])
  })
  it('searches name, title, email and team ignoring case and accents', () => {
    expect(selectPeople(people, teams, query({ search: 'zoe' })).map((r) => r.person.id)).toEqual([
      'a',
    ])
    expect(
      selectPeople(people, teams, query({ search: 'ROASTERY head' })).map((r) => r.person.id),
    ).toEqual(['a'])
    expect(selectPeople(people, teams, query({ search: 'ana@x' })).map((r) => r.person.id)).toEqual(
      ['b'],
    )
  })
})

describe('buildOrgTree', () => {
  it('nests reports under managers and survives a stored cycle', () => {
    const tree = buildOrgTree([
      make('md'),
      make('lead', { managerId: 'md' }),
      make('ic', { managerId: 'lead' }),
      make('x', { managerId: 'y' }),
      make('y', { managerId: 'x' }),
      make('gone', { status: 'left', managerId: 'md' }),
    ])
    expect(tree[0]).toMatchObject({
      person: { id: 'md' },
      reports: [{ person: { id: 'lead' }, reports: [{ person: { id: 'ic' } }] }],
    })
    const ids = JSON.stringify(tree)
    expect(ids).toContain('"id":"x"')
    expect(ids).toContain('"id":"y"')
    expect(ids).not.toContain('"id":"gone"')
  })
})

describe('buildPeopleCsvRows', () => {
  it('writes headers the import recognises, manager by email, custom fields last', () => {
    const rows = buildPeopleCsvRows(
      [
        make('m', { email: 'm@x.example', displayName: 'Maeve' }),
        make('p', { managerId: 'm', teamId: 't1', customFields: { Contract: 'Part-time' } }),
      ],
      teams,
    )
    expect(rows[0]).toContain('Manager email')
    expect(rows[0]?.at(-1)).toBe('Contract')
    expect(rows[2]).toEqual(
      expect.arrayContaining(['Roastery', 'm@x.example', 'Part-time', 'Active']),
    )
  })
})
