export const csvDelimiters = [',', ';', '\t', '|'] as const
export type CsvDelimiter = (typeof csvDelimiters)[number]

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/**
 * A problem found while reading a CSV. `row` counts as a spreadsheet does (the header is row 1,
 * the first data row is row 2); `column` is 1-based. Either is null when it does not apply.
 */
export interface CsvProblem {
  row: number | null
  column: number | null
  message: string
}

/** A CSV file decoded and split into cells by the main process. */
export interface ParsedCsv {
  /** Names this file in main's short-lived cache, so it can be parsed again with another delimiter. */
  token: string
  fileName: string
  byteLength: number
  encoding: CsvEncoding
  delimiter: CsvDelimiter
  headers: string[]
  /** Data rows, each as the cells found (not padded): a row whose length differs is also in `problems`. */
  rows: string[][]
  problems: CsvProblem[]
}

export type ReadCsvResult =
  | { status: 'cancelled' }
  | { status: 'parsed'; csv: ParsedCsv }
  /** Nothing usable: too large, not text, an unterminated quote... `message` says what and where. */
  | { status: 'refused'; fileName: string; message: string }

export const csvLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
} as const
