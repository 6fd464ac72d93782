import { readRosterDate } from './dates'
import { cleanText, toMatchKey } from './text'
import type { ColumnMapping, DateOrder } from './types'
import { isValueField, type ValueReading } from './value-mapping'
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
