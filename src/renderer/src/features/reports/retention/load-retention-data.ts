import type { RetentionReportInput } from '../../../../../shared/domain/careers'
import { readRatingScale } from '../../../../../shared/domain/reviews/evidence'
import { readTables } from '../../../db/read-tables'
import { readWorkspaceSettings } from '../../../db/repositories/settings'
import type { WorkspaceDb } from '../../../db/workspace-db'

const tables = [
  'people',
  'leavers',
  'careerEvents',
  'teams',
  'enrolments',
  'reviews',
  'reviewCycles',
  'scaleLevels',
  'roleProfiles',
] as const

/** What the retention report reads, and the fiscal year start it counts periods from. */
export async function loadRetentionData(db: WorkspaceDb) {
  const [records, settings] = await Promise.all([readTables(db, tables), readWorkspaceSettings(db)])
  const input: RetentionReportInput = {
    ...records,
    events: records.careerEvents,
    scale: readRatingScale(records),
  }
  return { input, roles: records.roleProfiles, fiscalStartMonth: settings.fiscalYearStartMonth }
}
