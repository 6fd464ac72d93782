import type { Person, Team } from '../../model'

export type PeopleSortKey = 'name' | 'title' | 'team' | 'manager' | 'hireDate'
export type StatusFilter = 'active' | 'left' | 'all'

export interface PeopleQuery {
  search: string
  teamId: string | 'all' | 'none'
  status: StatusFilter
  sortKey: PeopleSortKey
  isDescending: boolean
}

export interface PersonListRow {
  person: Person
  teamName: string
  managerName: string
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
}

/** Filters, searches and sorts the people list; search ignores case and accents. */
export function selectPeople(people: Person[], teams: Team[], query: PeopleQuery): PersonListRow[] {
  const teamNames = new Map(teams.map((team) => [team.id, team.name]))
  const names = new Map(people.map((person) => [person.id, person.displayName]))
  const terms = normalize(query.search.trim()).split(/\s+/).filter(Boolean)
  const rows: PersonListRow[] = []
  for (const person of people) {
    if (query.status !== 'all' && person.status !== query.status) continue
    if (
      query.teamId === 'none'
        ? person.teamId !== null
        : query.teamId !== 'all' && person.teamId !== query.teamId
    ) {
      continue
    }
    const row = {
      person,
      teamName: person.teamId ? (teamNames.get(person.teamId) ?? '') : '',
      managerName: person.managerId ? (names.get(person.managerId) ?? '') : '',
    }
    if (terms.length > 0) {
      const haystack = normalize(
        [
          person.displayName,
          person.title,
          person.email,
          person.employeeId ?? '',
          row.teamName,
          person.location,
        ].join(' '),
      )
      if (!terms.every((term) => haystack.includes(term))) continue
    }
    rows.push(row)
  }
  const sortValue = (row: PersonListRow): string => {
    switch (query.sortKey) {
      case 'name':
        return row.person.displayName
      case 'title':
        return row.person.title
      case 'team':
        return row.teamName
      case 'manager':
        return row.managerName
      case 'hireDate':
        return row.person.hireDate ?? ''
    }
  }
  const direction = query.isDescending ? -1 : 1
  return rows.sort(
    (a, b) =>
      direction * collator.compare(sortValue(a), sortValue(b)) ||
      collator.compare(a.person.displayName, b.person.displayName),
  )
}
