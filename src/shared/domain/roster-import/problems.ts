import { describeRosterField } from './fields'
import { cleanText } from './text'
import type { ColumnMapping, RosterField, RowProblem } from './types'

/** A problem whose message says where, as the user sees it: "Row 5, column 'Start date': ...". */
export function createRowProblem(
  row: number,
  field: RosterField | null,
  mapping: Pick<ColumnMapping, 'column' | 'header'> | undefined,
  severity: RowProblem['severity'],
  text: string,
): RowProblem {
  if (field === null || mapping === undefined) {
    return { row, column: null, field, severity, message: `Row ${row}: ${text}` }
  }
  const columnName = cleanText(mapping.header) || describeRosterField(field)
  return {
    row,
    column: mapping.column + 1,
    field,
    severity,
    message: `Row ${row}, column '${columnName}': ${text}`,
  }
}

/** "row 4", "rows 4 and 9", "rows 4, 9, 12 and 3 more"; `total` counts rows not passed in. */
export function listRowNumbers(rows: readonly number[], total: number = rows.length): string {
  const shown = total > 4 ? rows.slice(0, 3) : rows
  const rest = total - shown.length
  if (shown.length === 1 && rest === 0) return `row ${shown[0] ?? ''}`
  if (rest > 0) return `rows ${shown.join(', ')} and ${rest} more`
  return `rows ${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`
}
