import Papa from 'papaparse'
import { csvDelimiters, type CsvDelimiter, type CsvProblem } from '../../../shared/domain/csv/types'

export type ParseCsvTextResult =
  | {
      ok: true
      delimiter: CsvDelimiter
      headers: string[]
      rows: string[][]
      problems: CsvProblem[]
    }
  | { ok: false; message: string }

/**
 * Splits CSV text into a header row and data rows. Cells are kept exactly as written (nothing is
 * trimmed or renamed); rows are arrays, never objects, so a header such as `__proto__` is just text.
 * Rows whose cells are all blank are not rows (spreadsheets export them as `,,,`).
 * Row numbers in messages count as a spreadsheet would show `rows`: header 1, first data row 2.
 */
export function parseCsvText(
  text: string,
  options: { delimiter?: CsvDelimiter } = {},
): ParseCsvTextResult {
  const delimiter = options.delimiter ?? detectDelimiter(text)
  // Blank rows are skipped here rather than by papaparse, whose error rows count skipped lines.
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    quoteChar: '"',
    escapeChar: '"',
  })
  const records: string[][] = []
  const rowNumberByRawIndex = new Int32Array(parsed.data.length + 1)
  parsed.data.forEach((record, rawIndex) => {
    rowNumberByRawIndex[rawIndex] = records.length + 1
    if (!isBlankRecord(record)) records.push(record)
  })
  rowNumberByRawIndex[parsed.data.length] = records.length + 1
  const rowNumberOf = (rawIndex: number | undefined): number =>
    rowNumberByRawIndex[Math.min(rawIndex ?? parsed.data.length, parsed.data.length)] ?? 1

  const unterminated = parsed.errors.find((error) => error.code === 'MissingQuotes')
  if (unterminated) {
    return { ok: false, message: describeUnterminatedQuote(text, unterminated, rowNumberOf) }
  }
  const [headers, ...rows] = records
  if (!headers) {
    return { ok: false, message: 'The file is empty: it has no header row and no rows.' }
  }
  if (rows.length === 0) {
    return { ok: false, message: 'The file has a header row but no data rows below it.' }
  }
  const problems = [
    ...findHeaderProblems(headers),
    ...findQuoteProblems(parsed.errors, rowNumberOf),
    ...findRaggedRows(rows, headers.length),
  ]
  return { ok: true, delimiter, headers, rows, problems }
}

function isBlankRecord(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '')
}

const detectionRecords = 50
const detectionChars = 1024 * 1024

/**
 * Picks the delimiter whose field count is most consistent over the first 50 records: the share
 * of records with as many fields as the header, counting delimiters outside quotes only. A
 * candidate that does not split the header into at least two fields scores nothing. Ties keep the
 * earlier candidate, so comma wins a tie and a file with one column is read as comma-separated.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, detectionChars)
  const isTruncated = sample.length < text.length
  let best: CsvDelimiter = ','
  let bestScore = 0
  for (const candidate of csvDelimiters) {
    const counts = countFieldsPerRecord(sample, candidate, detectionRecords + 1)
    // A record cut off by the sample's end would skew its count; drop it.
    if (isTruncated && counts.length <= detectionRecords) counts.pop()
    const score = scoreFieldCounts(counts.slice(0, detectionRecords))
    if (score > bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best
}

function scoreFieldCounts(counts: number[]): number {
  const [headerCount] = counts
  if (headerCount === undefined || headerCount < 2) return 0
  return counts.filter((count) => count === headerCount).length / counts.length
}

/**
 * Fields per non-empty record, read as RFC 4180 does for this delimiter: a quote opens a quoted
 * field only at the start of a field, and `""` inside one is a literal quote.
 */
export function countFieldsPerRecord(
  text: string,
  delimiter: CsvDelimiter,
  maxRecords: number,
): number[] {
  const counts: number[] = []
  let fields = 1
  let isRecordEmpty = true
  let isInQuotes = false
  let isAtFieldStart = true
  for (let index = 0; index < text.length && counts.length < maxRecords; index++) {
    const char = text[index]
    if (isInQuotes) {
      if (char !== '"') continue
      if (text[index + 1] === '"') index++
      else isInQuotes = false
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index++
      if (!isRecordEmpty) counts.push(fields)
      fields = 1
      isRecordEmpty = true
      isAtFieldStart = true
    } else {
      isRecordEmpty = false
      if (char === delimiter) {
        fields++
        isAtFieldStart = true
      } else {
        isInQuotes = char === '"' && isAtFieldStart
        isAtFieldStart = false
      }
    }
  }
  if (!isRecordEmpty && counts.length < maxRecords) counts.push(fields)
  return counts
}

function describeUnterminatedQuote(
  text: string,
  error: Papa.ParseError,
  rowNumberOf: (rawIndex: number | undefined) => number,
): string {
  const row = rowNumberOf(error.row)
  // papaparse's index points just past the opening quote
  const line = countLines(text, Math.max(0, (error.index ?? 1) - 1))
  const where = line === row ? '' : ` (line ${line} of the file)`
  return (
    `Row ${row}${where} opens a quoted cell with " that is never closed, so the rest of the ` +
    'file would be read as that one cell. Close or remove that quote and pick the file again.'
  )
}

/** The 1-based line that `end` falls on, counting CRLF, LF and CR each as one line break. */
function countLines(text: string, end: number): number {
  let line = 1
  for (let index = 0; index < end; index++) {
    const char = text[index]
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) line++
  }
  return line
}

function findHeaderProblems(headers: string[]): CsvProblem[] {
  const problems: CsvProblem[] = []
  const columnsByName = new Map<string, number[]>()
  headers.forEach((header, index) => {
    const name = header.trim()
    if (name === '') {
      problems.push({ row: 1, column: index + 1, message: `Column ${index + 1} has no header.` })
      return
    }
    // Compared as the column mapping will see them: trimmed, ignoring case
    const key = name.toLowerCase()
    columnsByName.set(key, [...(columnsByName.get(key) ?? []), index + 1])
  })
  for (const columns of columnsByName.values()) {
    const [first, second] = columns
    if (first === undefined || second === undefined) continue
    const name = headers[first - 1]?.trim() ?? ''
    const verb = columns.length === 2 ? 'both' : 'all'
    problems.push({
      row: 1,
      column: second,
      message: `Columns ${joinWithAnd(columns.map(String))} are ${verb} called '${name}'.`,
    })
  }
  return problems
}

function joinWithAnd(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

function findQuoteProblems(
  errors: Papa.ParseError[],
  rowNumberOf: (rawIndex: number | undefined) => number,
): CsvProblem[] {
  const rows = new Set<number>()
  const problems: CsvProblem[] = []
  for (const error of errors) {
    const row = rowNumberOf(error.row)
    if (rows.has(row)) continue
    rows.add(row)
    const message =
      error.code === 'InvalidQuotes'
        ? `Row ${row} has a quote (") inside a quoted cell that is not doubled, so cells near it may have run together.`
        : `Row ${row}: ${error.message}.`
    problems.push({ row, column: null, message })
  }
  return problems
}

function findRaggedRows(rows: string[][], headerCount: number): CsvProblem[] {
  const problems: CsvProblem[] = []
  rows.forEach((cells, index) => {
    if (cells.length === headerCount) return
    const row = index + 2
    const fields = cells.length === 1 ? '1 field' : `${cells.length} fields`
    problems.push({
      row,
      column: null,
      message: `Row ${row} has ${fields}; the header has ${headerCount}.`,
    })
  })
  return problems
}
