import { useLiveQuery } from 'dexie-react-hooks'
import type { PacketSources } from '../../../../shared/domain/reviews/build-packet'
import type { WorkspaceData } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'

export type ReviewData = PacketSources & Pick<WorkspaceData, 'reviewCycles'>

const tables = [
  'people',
  'teams',
  'roleProfiles',
  'roleRequirements',
  'requirementOverrides',
  'skills',
  'skillCategories',
  'scaleLevels',
  'assessments',
  'plans',
  'planItems',
  'goals',
  'keyResults',
  'goalUpdates',
  'kpis',
  'kpiMeasurements',
  'initiatives',
  'enrolments',
  'evaluations',
  'checkins',
  'checkinTemplates',
  'feedback',
  'reviews',
  'reviewCycles',
] as const satisfies ReadonlyArray<keyof WorkspaceData>

/** Everything reviews and packets read, live: undefined while loading. */
export function useReviewData(): ReviewData | undefined {
  const { db } = useCurrentWorkspace()
  return useLiveQuery(async () => {
    const arrays = await Promise.all(tables.map((name) => db.table(name).toArray()))
    return Object.fromEntries(tables.map((name, index) => [name, arrays[index]])) as ReviewData
  }, [db])
}
