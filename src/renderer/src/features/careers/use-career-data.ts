import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import {
  buildCareerOverview,
  type CareerData,
  type CareerOverview,
  type NameLookup,
} from '../../../../shared/domain/careers'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { loadCareerData } from '../../db/repositories/career-data'

export interface CareerView {
  data: CareerData
  overview: CareerOverview
  names: NameLookup & { skill: (id: string) => string }
}

/** The careers tables, live, with the overview built once per change. Undefined while loading. */
export function useCareerData(): CareerView | undefined {
  const { db } = useCurrentWorkspace()
  const data = useLiveQuery(() => loadCareerData(db), [db])
  return useMemo(() => {
    if (!data) return undefined
    const maps = {
      role: new Map(data.roleProfiles.map((r) => [r.id, r.name])),
      team: new Map(data.teams.map((t) => [t.id, t.name])),
      person: new Map(data.people.map((p) => [p.id, p.displayName])),
      skill: new Map(data.skills.map((s) => [s.id, s.name])),
    }
    return {
      data,
      overview: buildCareerOverview(data),
      names: {
        role: (id) => maps.role.get(id) ?? 'a deleted role',
        team: (id) => maps.team.get(id) ?? 'a deleted team',
        person: (id) => maps.person.get(id) ?? 'someone deleted',
        skill: (id) => maps.skill.get(id) ?? 'a deleted skill',
      },
    }
  }, [data])
}
