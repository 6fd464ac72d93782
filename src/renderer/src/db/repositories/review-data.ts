import type { PacketSources } from '../../../../shared/domain/reviews/build-packet'
import type { WorkspaceData } from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'

/** Everything reviews, review packets, the team report and the bias flags read. */
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
  'requests',
  'responses',
] as const satisfies ReadonlyArray<keyof WorkspaceData>

/** Reads every table a review or a packet draws on, whole. */
export async function readReviewData(db: WorkspaceDb): Promise<ReviewData> {
  const arrays = await Promise.all(tables.map((name) => db.table(name).toArray()))
  return Object.fromEntries(tables.map((name, index) => [name, arrays[index]])) as ReviewData
}
