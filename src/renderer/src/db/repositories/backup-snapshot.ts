import type { WorkspaceSnapshot } from '../../../../shared/backup-contract'
import { parseBackupTables } from '../../../../shared/domain/backup/tables'
import { countRecords, type WorkspaceInfo } from '../../../../shared/model'
import { latestWorkspaceSchemaVersion } from '../schema'
import type { WorkspaceDb } from '../workspace-db'
import { readWorkspaceData, replaceWorkspaceData } from './snapshot'

/** The whole workspace, read in one transaction, in the shape main backs up. */
export async function readWorkspaceSnapshot(
  db: WorkspaceDb,
  info: Pick<WorkspaceInfo, 'id' | 'name'>,
): Promise<WorkspaceSnapshot> {
  const data = await readWorkspaceData(db)
  return {
    workspaceId: info.id,
    workspaceName: info.name,
    schemaVersion: latestWorkspaceSchemaVersion,
    counts: countRecords(data),
    tablesJson: JSON.stringify(data),
  }
}

/**
 * Validates every record of a checked backup, then replaces the workspace in one transaction.
 * Any problem leaves the workspace exactly as it was.
 */
export async function restoreWorkspaceTables(
  db: WorkspaceDb,
  tablesJson: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const parsed = parseBackupTables(tablesJson)
  if (!parsed.ok) return parsed
  await replaceWorkspaceData(db, parsed.data)
  return { ok: true }
}
