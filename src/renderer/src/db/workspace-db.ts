import Dexie, { type Table } from 'dexie'
import { tableNames, type TableName, type TableRecord } from '../../../shared/model'
import { keepCachesTrue } from './derived-cache'
import { workspaceSchemaHistory, type SchemaVersion } from './schema'

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
  // No query cache: in its default mode Dexie hands every live query a deep copy of its cached
  // result, which for the dashboard's 100,000 assessments doubled the work and the garbage (and
  // the collector's pauses showed as dropped frames on the next screen). Live queries still
  // re-run on every change, after the write commits.
  const db = new Dexie(workspaceDbName(workspaceId), { cache: 'disabled' }) as WorkspaceDb
  applySchemaHistory(db, workspaceSchemaHistory, upToVersion)
  db.use(keepCachesTrue)
  return db
}

export function listTables(db: WorkspaceDb): Table[] {
  return tableNames.map((name) => db.table(name))
}
