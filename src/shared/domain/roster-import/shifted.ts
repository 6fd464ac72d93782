import { readRosterDate } from './dates'
import { cleanText, toMatchKey } from './text'
import type { ColumnMapping, DateOrder } from './types'
import { isValueField, type ValueColumn, type ValueReading } from './value-mapping'
import { isValidEmail } from './words'

/** How far a row's fields are looked for: one missing or extra cell shifts them by one. */
const reach = 2

export interface ShiftFinder {
  /**
   * The column a refused cell's text seems to belong to, when a neighbouring column would take
   * it: a sign that the row's fields are shifted. Null when nothing nearby fits.
   */
  findColumnFor(text: string, column: number): ColumnMapping | null
}

/**
 * Looks for the column a misplaced value belongs to. Only asked about cells already refused, so
 * a clean file costs nothing; the sets of common values are built per column on first use.
 */
export function createShiftFinder(
  rows: readonly (readonly string[])[],
  mappings: readonly ColumnMapping[],
  options: { dateOrder: DateOrder | null; readValue: (key: string, text: string) => ValueReading },
): ShiftFinder {
  const byColumn = new Map(mappings.map((mapping) => [mapping.column, mapping]))
  const common = new Map<number, Set<string>>()
  const commonValues = (column: number): Set<string> => {
    let values = common.get(column)
    if (values === undefined) {
      const counts = new Map<string, number>()
      for (const cells of rows) {
        const key = toMatchKey(cells[column] ?? '')
        if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1)
      }
      values = new Set([...counts].filter(([, count]) => count >= 2).map(([key]) => key))
      common.set(column, values)
    }
    return values
  }
  const fits = (mapping: ColumnMapping, text: string): boolean => {
    const { target } = mapping
    if (target === 'hireDate' || target === 'leftDate') {
      return readRosterDate(text, options.dateOrder).kind === 'date'
    }
    if (target === 'email') return isValidEmail(text)
    if (isValueField(target)) return options.readValue(target, text).kind === 'value'
    // Any other column, ignored ones too: its values repeat down the file.
    return commonValues(mapping.column).has(toMatchKey(text))
  }
  return {
    findColumnFor(text, column) {
      if (cleanText(text) === '') return null
      for (let distance = 1; distance <= reach; distance += 1) {
        for (const other of [column - distance, column + distance]) {
          const mapping = byColumn.get(other)
          if (mapping !== undefined && fits(mapping, text)) return mapping
        }
      }
      return null
    },
  }
}

/** "looks like a value of 'Department' (column 26): ..." for a refused cell's message. */
export function describeShift(text: string, mapping: ColumnMapping, row: number): string {
  const name = cleanText(mapping.header) || `Column ${mapping.column + 1}`
  return `'${text}' looks like a value of '${name}' (column ${mapping.column + 1}): the fields of row ${row} seem shifted. Fix the row in the file, or leave it out.`
}

/** A word of a value column met only on rows whose fields seem shifted. */
export interface ShiftedValue {
  /** The spreadsheet rows it is on. */
  rows: number[]
  /** The column its text seems to belong to; null when its row was found shifted by another cell. */
  belongsTo: ColumnMapping | null
}

/**
 * The unmapped words of the value columns that are on shifted rows only, by column key then value
 * key: shown as such rather than as words to map, since mapping them would not mend the row. A row
 * is shifted when one of its unmapped words fits a neighbouring column; any other unmapped word on
 * such rows only (a salary that moved into the score column) is counted with it.
 */
export function findShiftedValues(
  csv: { rows: readonly (readonly string[])[] },
  mappings: readonly ColumnMapping[],
  columns: readonly ValueColumn[],
  options: { dateOrder: DateOrder | null; readValue: (key: string, text: string) => ValueReading },
): Map<string, Map<string, ShiftedValue>> {
  const finder = createShiftFinder(csv.rows, mappings, options)
  // Only words whose every row is listed: a word on many rows is a word, not a shift.
  const candidates = columns.flatMap((column) =>
    column.values
      .filter(
        (value) =>
          value.rows.length === value.count &&
          options.readValue(column.key, value.text).kind === 'unmapped',
      )
      .map((value) => ({ column, value })),
  )
  const shiftedRows = new Set<number>()
  const fits = new Map<(typeof candidates)[number], ColumnMapping>()
  for (const candidate of candidates) {
    const { column, value } = candidate
    let belongsTo: ColumnMapping | null = null
    for (const row of value.rows) {
      belongsTo = finder.findColumnFor(csv.rows[row - 2]?.[column.column] ?? '', column.column)
      if (belongsTo === null) break
    }
    if (belongsTo === null) continue
    fits.set(candidate, belongsTo)
    for (const row of value.rows) shiftedRows.add(row)
  }
  const found = new Map<string, Map<string, ShiftedValue>>()
  for (const candidate of candidates) {
    const { column, value } = candidate
    const belongsTo = fits.get(candidate) ?? null
    if (belongsTo === null && !value.rows.every((row) => shiftedRows.has(row))) continue
    let byValue = found.get(column.key)
    if (byValue === undefined) {
      byValue = new Map()
      found.set(column.key, byValue)
    }
    byValue.set(value.key, { rows: value.rows, belongsTo })
  }
  return found
}
