import {
  createEmptyWorkspaceData,
  tableNames,
  type TableName,
  type WorkspaceData,
} from '../../model'
import { parseTable } from '../workspace/file-format'

/** Validates every record of a checked backup against today's schemas (older records gain defaults). */
export function parseBackupTables(
  tablesJson: string,
): { ok: true; data: WorkspaceData } | { ok: false; message: string } {
  let tables: Record<string, unknown[]>
  try {
    tables = JSON.parse(tablesJson) as Record<string, unknown[]>
  } catch {
    return { ok: false, message: 'The backup’s data is not valid JSON.' }
  }
  const data = createEmptyWorkspaceData()
  for (const name of tableNames) {
    const parsed = parseTable(name, tables[name] ?? [])
    if (!parsed.ok) return parsed
    ;(data as Record<TableName, unknown[]>)[name] = parsed.rows
  }
  return { ok: true, data }
}

/** Records that the user made (starter scale, templates and settings do not count). */
export function countUserRecords(counts: Record<string, number>): number {
  const starter = new Set(['scaleLevels', 'checkinTemplates', 'settings'])
  return Object.entries(counts).reduce(
    (sum, [name, count]) => (starter.has(name) ? sum : sum + count),
    0,
  )
}
