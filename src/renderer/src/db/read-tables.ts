import type { TableName, WorkspaceData } from '../../../shared/model'
import type { WorkspaceDb } from './workspace-db'

/** Every record of each named table, read side by side, keyed by the table's name. */
export async function readTables<N extends TableName>(
  db: WorkspaceDb,
  names: readonly N[],
): Promise<Pick<WorkspaceData, N>> {
  const lists = await Promise.all(names.map((name) => db.table(name).toArray()))
  return Object.fromEntries(names.map((name, index) => [name, lists[index]])) as Pick<
    WorkspaceData,
    N
  >
}
