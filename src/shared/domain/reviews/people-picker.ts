import type { Person, RoleProfile, Team } from '../../model'

type Pickable = Pick<Person, 'id' | 'displayName' | 'teamId'> &
  Partial<Pick<Person, 'roleId' | 'title'>>
type Role = Pick<RoleProfile, 'id' | 'name'>

export interface PickerGroup<P extends Pickable> {
  /** '' for people without a team. */
  teamId: string
  teamName: string
  /** Every pickable member of the team, whatever the search. */
  members: P[]
  /** The members the search finds. */
  shown: P[]
}

/** Lower case without accents, so "lukasz" finds "Łukasz" and "jose" finds "José". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
}

/** What someone does, shown beside their name: their role profile, else their job title. */
export function describePersonRole(person: Pickable, roles: readonly Role[]): string {
  const role = person.roleId ? roles.find((r) => r.id === person.roleId) : undefined
  return role?.name ?? person.title?.trim() ?? ''
}

/**
 * People grouped by team (teams by name, "No team" last), each group with the members the search
 * finds by name or role. A search on a team's name shows the whole team.
 */
export function groupPeopleForPicker<P extends Pickable>(
  people: readonly P[],
  teams: readonly Pick<Team, 'id' | 'name'>[],
  query: string,
  roles: readonly Role[] = [],
): PickerGroup<P>[] {
  const needle = foldForSearch(query.trim())
  const isFound = (person: P) =>
    foldForSearch(person.displayName).includes(needle) ||
    foldForSearch(describePersonRole(person, roles)).includes(needle)
  const teamNames = new Map(teams.map((team) => [team.id, team.name]))
  const groups = new Map<string, P[]>()
  for (const person of people) {
    const key = person.teamId && teamNames.has(person.teamId) ? person.teamId : ''
    groups.set(key, [...(groups.get(key) ?? []), person])
  }
  return [...groups]
    .map(([teamId, members]) => {
      const teamName = teamNames.get(teamId) ?? 'No team'
      const sorted = [...members].sort((a, b) => a.displayName.localeCompare(b.displayName))
      const isTeamMatch = needle !== '' && teamId !== '' && foldForSearch(teamName).includes(needle)
      const shown = needle === '' || isTeamMatch ? sorted : sorted.filter(isFound)
      return { teamId, teamName, members: sorted, shown }
    })
    .sort((a, b) => {
      if (a.teamId === '' || b.teamId === '') return a.teamId === '' ? 1 : -1
      return a.teamName.localeCompare(b.teamName)
    })
}

/** Ticks every member of a team, or unticks them all when every one was already in. */
export function toggleTeam(chosen: readonly string[], memberIds: readonly string[]): string[] {
  const picked = new Set(chosen)
  const isWholeTeamIn = memberIds.every((id) => picked.has(id))
  for (const id of memberIds) {
    if (isWholeTeamIn) picked.delete(id)
    else picked.add(id)
  }
  return [...picked]
}

/** Adds people to the choice, keeping its order and never listing anyone twice. */
export function choosePeople(chosen: readonly string[], personIds: readonly string[]): string[] {
  return [...new Set([...chosen, ...personIds])]
}

export function togglePerson(chosen: readonly string[], personId: string): string[] {
  return chosen.includes(personId) ? chosen.filter((id) => id !== personId) : [...chosen, personId]
}
