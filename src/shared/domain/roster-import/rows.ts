import type { ParsedCsv } from '../csv/types'
import { detectDateOrder } from './dates'
import { toCustomFieldName } from './mapping'
import { createRowProblem, listRowNumbers } from './problems'
import { RowValueReader, type RowReadContext } from './row-values'
import { createShiftFinder } from './shifted'
import { createValueReader } from './value-mapping'
import { cleanCustomText, toMatchKey } from './text'
import type {
  BuildRosterRowsOptions,
  ColumnMapping,
  DetectedDateOrder,
  RosterField,
  RosterRow,
} from './types'

/** The header is row 1, so data row i is spreadsheet row i + 2. */
const firstDataRow = 2

/**
 * Turns the file's rows into cleaned values with their problems. When two columns map to one
 * field (findMappingConflicts reports it; the UI should not get here) the first column is read.
 */
export function buildRosterRows(
  csv: Pick<ParsedCsv, 'headers' | 'rows'>,
  mappings: readonly ColumnMapping[],
  options: BuildRosterRowsOptions,
): RosterRow[] {
  const fieldColumns = new Map<RosterField, ColumnMapping>()
  const customColumns = new Map<string, ColumnMapping>()
  for (const mapping of mappings) {
    if (mapping.target === 'ignore') continue
    if (mapping.target === 'custom') {
      const name = toCustomFieldName(mapping)
      if (!customColumns.has(name)) customColumns.set(name, mapping)
    } else if (!fieldColumns.has(mapping.target)) {
      fieldColumns.set(mapping.target, mapping)
    }
  }
  const readValue = createValueReader(
    options.valueChoices ?? {},
    options.valueContext ?? { scale: [], leavingReasons: [] },
  )
  const context: RowReadContext = {
    dateOrder: options.dateOrder,
    readValue,
    shifts: createShiftFinder(csv.rows, mappings, { dateOrder: options.dateOrder, readValue }),
  }
  // Custom columns the user mapped value by value (a group field: "M " and "Male" as one).
  const mappedCustom = new Set(
    [...customColumns.keys()].filter((name) => options.valueChoices?.[`custom:${name}`]),
  )
  const readCustom = (name: string, text: string): string => {
    if (!mappedCustom.has(name)) return text
    const reading = readValue(`custom:${name}`, text)
    return reading.kind === 'value' ? reading.value : text
  }
  const rows = csv.rows.map((cells, index): RosterRow => {
    const row = index + firstDataRow
    const reader = new RowValueReader(cells, row, fieldColumns)
    const values = reader.readValues(context)
    return {
      row,
      values,
      customFields: readCustomFields(cells, customColumns, readCustom),
      problems: reader.problems,
    }
  })
  const included = rows.filter((row) => options.excludedRows?.has(row.row) !== true)
  flagDuplicates(
    included,
    'externalId',
    fieldColumns.get('externalId'),
    (row) => row.values.externalId,
    'ID',
  )
  flagDuplicates(included, 'email', fieldColumns.get('email'), (row) => row.values.email, 'email')
  return rows
}

/** The date order of the file's hire and leaving dates (see detectDateOrder); 'none' when unmapped. */
export function detectFileDateOrder(
  csv: Pick<ParsedCsv, 'rows'>,
  mappings: readonly ColumnMapping[],
): DetectedDateOrder {
  const dateColumns = mappings
    .filter((candidate) => candidate.target === 'hireDate' || candidate.target === 'leftDate')
    .map((mapping) => mapping.column)
  if (dateColumns.length === 0) return 'none'
  return detectDateOrder(
    csv.rows.flatMap((cells) => dateColumns.map((column) => cells[column] ?? '')),
  )
}

function readCustomFields(
  cells: readonly string[],
  customColumns: ReadonlyMap<string, ColumnMapping>,
  readCustom: (name: string, text: string) => string,
): Record<string, string> {
  // No prototype: a header such as `__proto__` or `constructor` is just a key here.
  const fields = Object.create(null) as Record<string, string>
  for (const [name, mapping] of customColumns) {
    const text = cleanCustomText(cells[mapping.column])
    if (text !== '') fields[name] = readCustom(name, text)
  }
  return fields
}

/** Every row sharing a value with another is flagged, naming the other rows. */
function flagDuplicates(
  rows: readonly RosterRow[],
  field: RosterField,
  mapping: ColumnMapping | undefined,
  readValue: (row: RosterRow) => string | undefined,
  noun: string,
): void {
  if (mapping === undefined) return
  const rowsByKey = new Map<string, RosterRow[]>()
  for (const row of rows) {
    const value = readValue(row)
    if (value === undefined) continue
    const key = toMatchKey(value)
    const group = rowsByKey.get(key)
    if (group === undefined) rowsByKey.set(key, [row])
    else group.push(row)
  }
  for (const group of rowsByKey.values()) {
    if (group.length < 2) continue
    for (const row of group) {
      // A few names are enough to find the others; a column of one repeated value stays linear.
      const others = group
        .slice(0, 5)
        .filter((other) => other !== row)
        .slice(0, 4)
      const listed = listRowNumbers(
        others.map((other) => other.row),
        group.length - 1,
      )
      row.problems.push(
        createRowProblem(
          row.row,
          field,
          mapping,
          'error',
          `the ${noun} '${readValue(row) ?? ''}' is also on ${listed}.`,
        ),
      )
    }
  }
}
