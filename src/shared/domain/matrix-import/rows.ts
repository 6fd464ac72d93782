import type { ParsedCsv } from '../csv/types'
import { joinName, splitFullName } from '../roster-import/names'
import type { RosterValues } from '../roster-import/types'
import { normalizeEmail } from '../roster-import/words'
import { cleanCell, isRequiredLabel } from './text'
import type { LevelReading, MatrixColumn, MatrixProblem, PersonField } from './types'

/** The header is row 1, so data row i is spreadsheet row i + 2. */
export const firstDataRow = 2

/** One data row read through the column mapping. */
export interface MatrixRowReading {
  row: number
  kind: 'person' | 'required'
  /** Who the row is about (empty for the Required row). */
  values: RosterValues
  /** 0-based column -> level, for skill columns whose cell holds a level. */
  levels: Map<number, number>
  blankCount: number
  problems: MatrixProblem[]
}

export interface MatrixRowsReading {
  rows: MatrixRowReading[]
  /** The first Required row; later ones are reported and left out. */
  requiredRow: MatrixRowReading | null
}

/** Reads every row: who it is about, and the level in each skill column. */
export function readMatrixRows(
  csv: Pick<ParsedCsv, 'rows'>,
  columns: readonly MatrixColumn[],
  readLevel: (text: string) => LevelReading,
): MatrixRowsReading {
  const personColumns = new Map<PersonField, number>()
  for (const { target, column } of columns) {
    if (target.kind === 'person' && !personColumns.has(target.field)) {
      personColumns.set(target.field, column)
    }
  }
  const skillColumns = columns.filter(
    (column) => column.target.kind === 'skill' || column.target.kind === 'new-skill',
  )
  const skillIndexes = new Set(skillColumns.map((column) => column.column))
  const rows: MatrixRowReading[] = []
  let requiredRow: MatrixRowReading | null = null
  csv.rows.forEach((cells, index) => {
    const row = index + firstDataRow
    const isRequired = isRequiredRow(cells, skillIndexes)
    const reading: MatrixRowReading = {
      row,
      kind: isRequired ? 'required' : 'person',
      values: isRequired ? {} : readPersonValues(cells, personColumns),
      levels: new Map(),
      blankCount: 0,
      problems: [],
    }
    if (isRequired && requiredRow !== null) {
      reading.problems.push({
        row,
        column: null,
        severity: 'warning',
        message: `another row of required levels; only row ${requiredRow.row}'s are used.`,
      })
      rows.push(reading)
      return
    }
    for (const { column } of skillColumns) {
      const cell = readLevel(cells[column] ?? '')
      if (cell.kind === 'blank') reading.blankCount++
      else if (cell.kind === 'level') reading.levels.set(column, cell.level)
      else {
        const consequence = isRequired ? 'no required level is set' : 'the cell is left out'
        reading.problems.push({
          row,
          column: column + 1,
          severity: 'error',
          message: `${cell.message} Only this cell is affected: ${consequence}.`,
        })
      }
    }
    if (isRequired) requiredRow = reading
    rows.push(reading)
  })
  return { rows, requiredRow }
}

/** A row whose first filled cell, outside the skill columns, says "Required" (or similar). */
function isRequiredRow(cells: readonly string[], skillIndexes: ReadonlySet<number>): boolean {
  const first = cells.findIndex((cell) => cleanCell(cell) !== '')
  return first >= 0 && !skillIndexes.has(first) && isRequiredLabel(cells[first] ?? '')
}

function readPersonValues(
  cells: readonly string[],
  columns: ReadonlyMap<PersonField, number>,
): RosterValues {
  const read = (field: PersonField): string => {
    const column = columns.get(field)
    return column === undefined ? '' : cleanCell(cells[column])
  }
  const values: RosterValues = {}
  const externalId = read('externalId')
  if (externalId !== '') values.externalId = externalId
  const email = read('email')
  if (email !== '') values.email = normalizeEmail(email)
  const fullName = read('fullName')
  const displayName =
    fullName !== ''
      ? splitFullName(fullName).displayName
      : joinName(read('givenName'), read('familyName'))
  if (displayName !== '') values.displayName = displayName
  return values
}

/** What a row says about who it is, for the list of people not found. */
export function describePersonValues(values: RosterValues): string {
  const parts = [values.displayName, values.externalId, values.email].filter(
    (part): part is string => part !== undefined && part !== '',
  )
  return parts.join(' · ')
}
