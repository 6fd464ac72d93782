import { settingsFromRecords, type WorkspaceSettings } from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'

/** The workspace settings, with the default for anything missing or not valid. */
export async function readWorkspaceSettings(db: WorkspaceDb): Promise<WorkspaceSettings> {
  return settingsFromRecords(await db.settings.toArray())
}
