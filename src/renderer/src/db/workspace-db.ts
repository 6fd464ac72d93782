import Dexie, { type Table } from 'dexie'
import { tableNames, type TableName, type TableRecord } from '../../../shared/model'
import { keepCachesTrue } from './derived-cache'
import { workspaceSchemaHistory, type SchemaVersion } from './schema'
import { recordUndo } from './undo'

export type WorkspaceTables = { [T in TableName]: Table<TableRecord<T>, string | number> }

export type WorkspaceDb = Dexie & WorkspaceTables

export function workspaceDbName(workspaceId: string): string {
  return `trellis-workspace-${workspaceId}`
}

/** Declares the schema history up to `upToVersion` (tests build old databases this way). */
export function applySchemaHistory(
  db: Dexie,
  history: SchemaVersion[] = workspaceSchemaHistory,
  upToVersion = Number.POSITIVE_INFINITY,
): void {
  for (const step of history) {
    if (step.version > upToVersion) break
    const declared = db.version(step.version).stores(step.stores)
    if (step.upgrade) declared.upgrade(step.upgrade)
  }
}

export function openWorkspaceDb(workspaceId: string, upToVersion?: number): WorkspaceDb {
  const db = new Dexie(workspaceDbName(workspaceId)) as WorkspaceDb
  applySchemaHistory(db, workspaceSchemaHistory, upToVersion)
  db.use(keepCachesTrue)
  db.use(recordUndo)
  return db
}

export function listTables(db: WorkspaceDb): Table[] {
  return tableNames.map((name) => db.table(name))
}
