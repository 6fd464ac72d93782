import {
  createEmptyWorkspaceData,
  tableNames,
  type TableName,
  type WorkspaceData,
} from '../../../../shared/model'
import { listTables, type WorkspaceDb } from '../workspace-db'

/** Reads every table in one consistent read transaction. */
export async function readWorkspaceData(db: WorkspaceDb): Promise<WorkspaceData> {
  const data = createEmptyWorkspaceData()
  await db.transaction('r', listTables(db), async () => {
    for (const name of tableNames) {
      ;(data as Record<TableName, unknown[]>)[name] = await db.table(name).toArray()
    }
  })
  return data
}

/** Replaces the whole workspace in one transaction: either all of `data` is there, or nothing changed. */
export async function replaceWorkspaceData(db: WorkspaceDb, data: WorkspaceData): Promise<void> {
  await db.transaction('rw', listTables(db), async () => {
    for (const name of tableNames) {
      const table = db.table(name)
      await table.clear()
      await table.bulkAdd(data[name])
    }
  })
}

export async function countWorkspaceRecords(db: WorkspaceDb): Promise<Record<TableName, number>> {
  const entries = await db.transaction('r', listTables(db), () =>
    Promise.all(tableNames.map(async (name) => [name, await db.table(name).count()] as const)),
  )
  return Object.fromEntries(entries) as Record<TableName, number>
}
