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
/** Records written between two progress reports. */
const writeChunk = 10_000

/**
 * Replaces every table's records in one transaction. `onProgress` hears how many records are
 * written, of how many, after each chunk; a throw from it aborts the transaction (a cancel).
 */
export async function replaceWorkspaceData(
  db: WorkspaceDb,
  data: WorkspaceData,
  onProgress?: (written: number, total: number) => void,
): Promise<void> {
  const total = tableNames.reduce((sum, name) => sum + data[name].length, 0)
  let written = 0
  await db.transaction('rw', listTables(db), async () => {
    for (const name of tableNames) {
      const table = db.table(name)
      await table.clear()
      const rows = data[name]
      if (!onProgress) {
        await table.bulkAdd(rows)
        continue
      }
      for (let start = 0; start < rows.length; start += writeChunk) {
        const chunk = rows.slice(start, start + writeChunk)
        await table.bulkAdd(chunk)
        written += chunk.length
        onProgress(written, total)
      }
    }
  })
}

export async function countWorkspaceRecords(db: WorkspaceDb): Promise<Record<TableName, number>> {
  const entries = await db.transaction('r', listTables(db), () =>
    Promise.all(tableNames.map(async (name) => [name, await db.table(name).count()] as const)),
  )
  return Object.fromEntries(entries) as Record<TableName, number>
}
