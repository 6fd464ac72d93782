import { z } from 'zod'
import {
  WorkspaceName,
  countRecords,
  createEmptyWorkspaceData,
  tableNames,
  tableSchemas,
  type TableName,
  type WorkspaceData,
} from '../../model'

/** The plain JSON file a workspace exports to; readers upgrade older format versions step by step. */
export const workspaceFileFormat = 'trellis-workspace'
export const currentWorkspaceFileVersion = 1

const FileHeader = z.object({
  format: z.literal(workspaceFileFormat),
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  exportedAt: z.string(),
  workspaceName: WorkspaceName,
  counts: z.record(z.string(), z.number()),
  tables: z.record(z.string(), z.array(z.unknown())),
})

export type ReadWorkspaceResult =
  | { ok: true; workspaceName: string; exportedAt: string; data: WorkspaceData }
  | { ok: false; message: string }

export function serializeWorkspace(options: {
  workspaceName: string
  appVersion: string
  exportedAt: string
  data: WorkspaceData
}): string {
  const file = {
    format: workspaceFileFormat,
    formatVersion: currentWorkspaceFileVersion,
    appVersion: options.appVersion,
    exportedAt: options.exportedAt,
    workspaceName: options.workspaceName,
    counts: countRecords(options.data),
    tables: options.data,
  }
  return JSON.stringify(file, null, 1)
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? `field "${issue.path.join('.')}"` : 'the record'
  return `${field}: ${issue.message}`
}

/** How many records are checked between two progress reports. */
const progressStep = 5000

/**
 * Reads and checks a workspace file; on any problem says what and where, and returns no data.
 * `onProgress` hears how many records are checked, of how many, every few thousand.
 */
export function readWorkspaceFile(
  text: string,
  options: { onProgress?: (checked: number, total: number) => void } = {},
): ReadWorkspaceResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, message: `This file is not valid JSON (${reason}).` }
  }
  const probe = z.object({ format: z.string(), formatVersion: z.number() }).safeParse(json)
  if (!probe.success || probe.data.format !== workspaceFileFormat) {
    return { ok: false, message: 'This is not a Trellis workspace file.' }
  }
  if (probe.data.formatVersion > currentWorkspaceFileVersion) {
    return {
      ok: false,
      message: `This file was written by a newer Trellis (format ${probe.data.formatVersion}; this version reads up to ${currentWorkspaceFileVersion}). Update Trellis to open it.`,
    }
  }
  const header = FileHeader.safeParse(json)
  if (!header.success) {
    const issue = header.error.issues[0]
    return {
      ok: false,
      message: `The file's header is damaged: ${issue ? describeIssue(issue) : 'unknown problem'}.`,
    }
  }
  const unknownTable = Object.keys(header.data.tables).find(
    (name) => !(tableNames as string[]).includes(name),
  )
  if (unknownTable) {
    return {
      ok: false,
      message: `The file has a table this version does not know: "${unknownTable}".`,
    }
  }
  const data = createEmptyWorkspaceData()
  const total = tableNames.reduce((sum, name) => sum + (header.data.tables[name]?.length ?? 0), 0)
  let checked = 0
  const report = (count: number): void => {
    const before = Math.floor(checked / progressStep)
    checked += count
    if (Math.floor(checked / progressStep) > before || checked === total) {
      options.onProgress?.(checked, total)
    }
  }
  for (const name of tableNames) {
    const rows = header.data.tables[name] ?? []
    const expected = header.data.counts[name]
    if (expected !== undefined && expected !== rows.length) {
      return {
        ok: false,
        message: `Table "${name}" should hold ${expected} records but holds ${rows.length}: the file is incomplete.`,
      }
    }
    const parsed = parseTable(name, rows, report)
    if (!parsed.ok) return parsed
    ;(data as Record<TableName, unknown[]>)[name] = parsed.rows
  }
  return {
    ok: true,
    workspaceName: header.data.workspaceName,
    exportedAt: header.data.exportedAt,
    data,
  }
}

export function parseTable(
  name: TableName,
  rows: unknown[],
  onChecked?: (count: number) => void,
): { ok: true; rows: unknown[] } | { ok: false; message: string } {
  const schema = tableSchemas[name] as z.ZodType
  const parsedRows: unknown[] = []
  for (const [index, row] of rows.entries()) {
    if (onChecked && index > 0 && index % 1000 === 0) onChecked(1000)
    const result = schema.safeParse(row)
    if (!result.success) {
      const issue = result.error.issues[0]
      return {
        ok: false,
        message: `Table "${name}", record ${index + 1}: ${issue ? describeIssue(issue) : 'invalid'}.`,
      }
    }
    parsedRows.push(result.data)
  }
  onChecked?.(rows.length === 0 ? 0 : rows.length - Math.floor((rows.length - 1) / 1000) * 1000)
  return { ok: true, rows: parsedRows }
}
