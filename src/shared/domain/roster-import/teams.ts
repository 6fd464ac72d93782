import type { Team } from '../../model'
import { cleanText, toMatchKey } from './text'

export interface TeamResolver {
  /** The id of the team with this name (any letter case), creating the team the first time. */
  resolveTeamId(name: string): string
  listNewTeams(): Team[]
}

export function createTeamResolver(teams: readonly Team[], createId: () => string): TeamResolver {
  const byName = new Map<string, Team>()
  for (const team of teams) {
    const key = toMatchKey(team.name)
    if (!byName.has(key)) byName.set(key, team)
  }
  const newTeams: Team[] = []
  return {
    resolveTeamId(name) {
      const key = toMatchKey(name)
      const found = byName.get(key)
      if (found !== undefined) return found.id
      const team: Team = {
        id: createId(),
        name: cleanText(name),
        description: '',
        parentTeamId: null,
        leadPersonId: null,
      }
      byName.set(key, team)
      newTeams.push(team)
      return team.id
    },
    listNewTeams: () => [...newTeams],
  }
}
