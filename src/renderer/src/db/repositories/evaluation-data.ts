import type { SignalData } from '../../../../shared/domain/evaluation'
import { settingsFromRecords } from '../../../../shared/model'
import { readTables } from '../read-tables'
import type { WorkspaceDb } from '../workspace-db'

/** The tables the evaluation, the attention signals and the dashboard lists read, whole. */
export const evaluationTables = [
  'people',
  'leavers',
  'teams',
  'initiatives',
  'campaigns',
  'enrolments',
  'evaluations',
  'assessments',
  'checkins',
  'feedback',
  'kpis',
  'kpiMeasurements',
  'planItems',
  'actionItems',
  'plans',
  'goals',
  'goalUpdates',
  'settings',
] as const

/** Everything the evaluation, the attention signals and the dashboard lists read. */
export async function loadEvaluationData(
  db: WorkspaceDb,
): Promise<SignalData & { currency: string }> {
  const records = await readTables(db, evaluationTables)
  const settings = settingsFromRecords(records.settings)
  return { ...records, settings, currency: settings.currency }
}
