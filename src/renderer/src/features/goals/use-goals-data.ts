import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { computeRollup, type GoalProgress } from '../../../../shared/domain/goals/progress'
import type { Goal, GoalUpdate, KeyResult, Kpi, Person, Team } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'

export interface GoalsData {
  goals: Goal[]
  keyResults: KeyResult[]
  updates: GoalUpdate[]
  people: Person[]
  teams: Team[]
  kpis: Kpi[]
  rollup: Map<string, GoalProgress>
  personName: (id: string | null) => string
  teamName: (id: string | null) => string
}

export const fiscalStartKey = 'fiscalYearStartMonth'

/** The month the fiscal year starts in (1 = January), from the workspace settings. */
export function useFiscalStartMonth(): number {
  const { db } = useCurrentWorkspace()
  return useLiveQuery(
    async () => {
      const value = (await db.settings.get(fiscalStartKey))?.value
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12
        ? value
        : 1
    },
    [db],
    1,
  )
}

/** Goals, key results, updates and the names they need, live; with the roll-up computed. */
export function useGoalsData(): GoalsData | undefined {
  const { db } = useCurrentWorkspace()
  const raw = useLiveQuery(async () => {
    const [goals, keyResults, updates, people, teams, kpis] = await Promise.all([
      db.goals.toArray(),
      db.keyResults.toArray(),
      db.goalUpdates.toArray(),
      db.people.toArray(),
      db.teams.toArray(),
      db.kpis.toArray(),
    ])
    return { goals, keyResults, updates, people, teams, kpis }
  }, [db])
  return useMemo(() => {
    if (!raw) return undefined
    const people = new Map(raw.people.map((person) => [person.id, person.displayName]))
    const teams = new Map(raw.teams.map((team) => [team.id, team.name]))
    return {
      ...raw,
      people: [...raw.people].sort((a, b) => a.displayName.localeCompare(b.displayName)),
      teams: [...raw.teams].sort((a, b) => a.name.localeCompare(b.name)),
      kpis: [...raw.kpis].sort((a, b) => a.name.localeCompare(b.name)),
      rollup: computeRollup(raw.goals, raw.keyResults, raw.updates),
      personName: (id) => (id === null ? '' : (people.get(id) ?? 'Someone removed')),
      teamName: (id) => (id === null ? '' : (teams.get(id) ?? 'A removed team')),
    }
  }, [raw])
}
