import { z } from 'zod'
import { tableNames, type TableName } from '../../model'

/**
 * The plaintext of a backup (and of the open JSON export): a versioned JSON document holding the
 * whole workspace. Readers upgrade older format versions step by step and refuse newer ones.
 * `sha256` is the hash of the `tables` member exactly as JSON.stringify writes it.
 */
export const backupFormat = 'trellis-backup'
export const currentBackupFormatVersion = 1

export type BackupSummary = {
  formatVersion: number
  schemaVersion: number
  appVersion: string
  createdAt: string
  workspaceId: string
  workspaceName: string
  counts: Record<string, number>
  totalRecords: number
}

export type BackupMeta = Omit<BackupSummary, 'formatVersion' | 'totalRecords' | 'counts'>

type BackupDocument = {
  format: string
  formatVersion: number
  schemaVersion: number
  appVersion: string
  createdAt: string
  workspaceId: string
  workspaceName: string
  counts: Record<string, number>
  sha256: string
  tables: Record<string, unknown[]>
}

/** One step: turns a document of `from` into one of `from + 1`. */
export type BackupUpgrade = { from: number; upgrade(document: BackupDocument): BackupDocument }

/** Format 1 is the first released version; later versions append their step here. */
export const backupUpgrades: BackupUpgrade[] = []

export type HashText = (text: string) => string

export type ReadBackupResult =
  | { ok: true; summary: BackupSummary; tablesJson: string }
  | { ok: false; reason: 'not-backup' | 'newer-version' | 'damaged'; message: string }

const DocumentHead = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(100),
  createdAt: z.string().max(40),
  workspaceId: z.string().max(100),
  workspaceName: z.string().max(200),
  counts: z.record(z.string(), z.number().int().min(0)),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})
// The tables are checked by hand: zod would copy every one of a 50 MB backup's records.
const Document = DocumentHead.extend({
  tables: z.custom<Record<string, unknown[]>>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.values(value).every((rows) => Array.isArray(rows)),
    'expected an object of tables, each a list of records',
  ),
})

/** The head as `composeBackupText` writes it, fields in its order, without the closing brace. */
function writeHead(head: z.infer<typeof DocumentHead>): string {
  return JSON.stringify({
    format: head.format,
    formatVersion: head.formatVersion,
    schemaVersion: head.schemaVersion,
    appVersion: head.appVersion,
    createdAt: head.createdAt,
    workspaceId: head.workspaceId,
    workspaceName: head.workspaceName,
    counts: head.counts,
    sha256: head.sha256,
  }).slice(0, -1)
}

/**
 * The tables' text as written, when the file is laid out exactly as `composeBackupText` writes
 * it (so the slice is the top-level `tables` and nothing else); otherwise null, and the caller
 * serialises the parsed tables again. Saves a second pass over a large backup.
 */
function sliceTablesText(text: string, head: z.infer<typeof DocumentHead>): string | null {
  const prefix = `${writeHead(head)},"tables":`
  return text.startsWith(prefix) && text.endsWith('}') ? text.slice(prefix.length, -1) : null
}

/** Writes the document as text around `tablesJson` (JSON.stringify of the tables), hashed once. */
export function composeBackupText(options: {
  meta: BackupMeta
  counts: Record<string, number>
  tablesJson: string
  hashText: HashText
}): string {
  const { meta, counts, tablesJson, hashText } = options
  const head = {
    format: backupFormat,
    formatVersion: currentBackupFormatVersion,
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt,
    workspaceId: meta.workspaceId,
    workspaceName: meta.workspaceName,
    counts,
    sha256: hashText(tablesJson),
  }
  return `${JSON.stringify(head).slice(0, -1)},"tables":${tablesJson}}`
}

export function countTables(tables: Record<string, unknown[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]))
}

/**
 * Checks a backup's plaintext: format, versions, the hash of the data and every count. The
 * records themselves are validated where they are written (see `parseBackupTables`).
 */
export function readBackupText(
  text: string,
  options: {
    hashText: HashText
    maxSchemaVersion: number
    /** Tests pass a chain of their own to exercise the stepping. */
    upgrades?: BackupUpgrade[]
    currentVersion?: number
  },
): ReadBackupResult {
  const latest = options.currentVersion ?? currentBackupFormatVersion
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'damaged', message: 'The backup’s contents are not valid JSON.' }
  }
  const probe = z.object({ format: z.string(), formatVersion: z.number() }).safeParse(json)
  if (probe.success && probe.data.format === 'trellis-workspace') {
    return {
      ok: false,
      reason: 'not-backup',
      message: 'This is a workspace export, not a backup: open it with File → Import workspace….',
    }
  }
  if (!probe.success || probe.data.format !== backupFormat) {
    return { ok: false, reason: 'not-backup', message: 'This file is not a Trellis backup.' }
  }
  if (probe.data.formatVersion > latest) {
    return {
      ok: false,
      reason: 'newer-version',
      message: `This backup was made by a newer Trellis (backup format ${probe.data.formatVersion}; this version reads up to ${latest}). Update Trellis to restore it. Nothing was changed.`,
    }
  }
  const parsed = Document.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      ok: false,
      reason: 'damaged',
      message: `The backup’s header is damaged (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown problem'}).`,
    }
  }
  let document: BackupDocument = parsed.data
  if (document.schemaVersion > options.maxSchemaVersion) {
    return {
      ok: false,
      reason: 'newer-version',
      message: `This backup comes from a newer Trellis (database version ${document.schemaVersion}; this version knows up to ${options.maxSchemaVersion}). Update Trellis to restore it. Nothing was changed.`,
    }
  }
  let tablesJson = sliceTablesText(text, parsed.data) ?? JSON.stringify(document.tables)
  if (options.hashText(tablesJson) !== document.sha256) {
    return {
      ok: false,
      reason: 'damaged',
      message: 'The backup’s data does not match its checksum: the file was altered or damaged.',
    }
  }
  const countProblem = findCountProblem(document)
  if (countProblem) return { ok: false, reason: 'damaged', message: countProblem }
  const upgrades = options.upgrades ?? backupUpgrades
  for (let version = document.formatVersion; version < latest; version += 1) {
    const step = upgrades.find((candidate) => candidate.from === version)
    if (!step) {
      return {
        ok: false,
        reason: 'damaged',
        message: `Trellis cannot upgrade backup format ${version}.`,
      }
    }
    document = { ...step.upgrade(document), formatVersion: version + 1 }
  }
  if (document.formatVersion !== parsed.data.formatVersion) {
    tablesJson = JSON.stringify(document.tables)
  }
  return {
    ok: true,
    summary: {
      formatVersion: parsed.data.formatVersion,
      schemaVersion: document.schemaVersion,
      appVersion: document.appVersion,
      createdAt: document.createdAt,
      workspaceId: document.workspaceId,
      workspaceName: document.workspaceName,
      counts: countTables(document.tables),
      totalRecords: Object.values(document.tables).reduce((sum, rows) => sum + rows.length, 0),
    },
    tablesJson,
  }
}

function findCountProblem(document: BackupDocument): string | null {
  const known = new Set<string>(tableNames)
  const unknown = Object.keys(document.tables).find((name) => !known.has(name))
  if (unknown) return `The backup has a table this version does not know: "${unknown}".`
  for (const name of new Set([...Object.keys(document.counts), ...Object.keys(document.tables)])) {
    const expected = document.counts[name] ?? 0
    const actual = document.tables[name as TableName]?.length ?? 0
    if (expected !== actual) {
      return `Table "${name}" should hold ${expected} records but holds ${actual}: the backup is incomplete.`
    }
  }
  return null
}
