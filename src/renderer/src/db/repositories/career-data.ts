import { careerTables, type CareerData } from '../../../../shared/domain/careers'
import { readTables } from '../read-tables'
import type { WorkspaceDb } from '../workspace-db'
import { readWorkspaceSettings } from './settings'

/** Everything the careers screens and the person's Career tab read, side by side. */
export async function loadCareerData(db: WorkspaceDb): Promise<CareerData> {
  const [tables, settings] = await Promise.all([
    readTables(db, careerTables),
    readWorkspaceSettings(db),
  ])
  return { ...tables, settings }
}
