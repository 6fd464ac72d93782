import Dexie, { type Table } from 'dexie'
import type { WorkspaceInfo } from '../../../shared/model'

export type MetaDb = Dexie & {
  workspaces: Table<WorkspaceInfo, string>
  preferences: Table<{ key: string; value: unknown }, string>
}

/** The registry of workspaces: which exist, which opened last. Workspace data lives elsewhere. */
export function openMetaDb(): MetaDb {
  const db = new Dexie('trellis-meta') as MetaDb
  db.version(1).stores({ workspaces: 'id, name, openedAt', preferences: 'key' })
  return db
}
