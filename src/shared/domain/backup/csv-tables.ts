/**
 * One table as CSV rows for the open export: a header of every field seen (in first-seen order),
 * then one row per record. Nested values (lists, objects) are written as JSON text.
 */
export function toCsvRows(records: readonly unknown[]): string[][] {
  const columns: string[] = []
  const seen = new Set<string>()
  for (const record of records) {
    if (!isObject(record)) continue
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key)
        columns.push(key)
      }
    }
  }
  const rows = records.map((record) =>
    columns.map((column) => toCell(isObject(record) ? record[column] : undefined)),
  )
  return [columns, ...rows]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function toCell(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}
