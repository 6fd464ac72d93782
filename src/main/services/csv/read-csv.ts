import { randomUUID } from 'node:crypto'
import {
  csvLimits,
  type CsvDelimiter,
  type CsvEncoding,
  type ReadCsvResult,
} from '../../../shared/domain/csv/types'
import { decodeCsvBytes, findNonTextReason } from './decode'
import { parseCsvText } from './parse'

export type CsvReadOutcome = Exclude<ReadCsvResult, { status: 'cancelled' }>

/** A decoded file kept so it can be parsed again with another delimiter without its bytes. */
export interface CachedCsvText {
  fileName: string
  byteLength: number
  encoding: CsvEncoding
  text: string
}

/**
 * The last few files read, by token, least recently used first out. Besides the entry count, a
 * character budget keeps a handful of 50 MB files from pinning gigabytes; the newest always stays.
 */
export class CsvCache {
  private readonly entries = new Map<string, CachedCsvText>()

  constructor(
    private readonly maxEntries = 5,
    private readonly maxChars = 128 * 1024 * 1024,
  ) {}

  store(token: string, entry: CachedCsvText): void {
    this.entries.delete(token)
    this.entries.set(token, entry)
    let chars = [...this.entries.values()].reduce((sum, cached) => sum + cached.text.length, 0)
    for (const [oldToken, oldEntry] of this.entries) {
      if (this.entries.size <= 1) break
      if (this.entries.size <= this.maxEntries && chars <= this.maxChars) break
      this.entries.delete(oldToken)
      chars -= oldEntry.text.length
    }
  }

  find(token: string): CachedCsvText | undefined {
    const entry = this.entries.get(token)
    if (entry) {
      this.entries.delete(token)
      this.entries.set(token, entry)
    }
    return entry
  }
}

export interface ReadCsvOptions {
  /** Skips detection; used when the user chooses the delimiter. */
  delimiter?: CsvDelimiter
  /** Where to keep the decoded text so `reparseCachedCsv` can find it by the result's token. */
  cache?: CsvCache
}

/** Limits, then decoding, then parsing: each refusal says what is wrong and, when known, where. */
export function readCsvFromBytes(
  fileName: string,
  bytes: Uint8Array,
  options: ReadCsvOptions = {},
): CsvReadOutcome {
  if (bytes.byteLength > csvLimits.maxBytes) {
    return refuse(fileName, describeTooLarge(fileName, bytes.byteLength))
  }
  const nonTextReason = findNonTextReason(bytes)
  if (nonTextReason) return refuse(fileName, nonTextReason)
  const { text, encoding } = decodeCsvBytes(bytes)
  const source: CachedCsvText = { fileName, byteLength: bytes.byteLength, encoding, text }
  const token = randomUUID()
  const result = readCsvFromSource(token, source, options.delimiter)
  if (result.status === 'parsed') options.cache?.store(token, source)
  return result
}

/** Parses a cached file again, keeping its token. */
export function reparseCachedCsv(
  cache: CsvCache,
  token: string,
  delimiter: CsvDelimiter,
): CsvReadOutcome {
  const source = cache.find(token)
  if (!source) return refuse('', 'The file is no longer open; pick it again.')
  return readCsvFromSource(token, source, delimiter)
}

function readCsvFromSource(
  token: string,
  source: CachedCsvText,
  delimiter: CsvDelimiter | undefined,
): CsvReadOutcome {
  const { fileName } = source
  if (countRecordsQuickly(source.text, csvLimits.maxRows + 2) - 1 > csvLimits.maxRows) {
    return refuse(fileName, describeTooManyRows(fileName))
  }
  const parsed = parseCsvText(source.text, delimiter ? { delimiter } : {})
  if (!parsed.ok) return refuse(fileName, parsed.message)
  // The quick count can undercount when a stray quote hides line breaks; this is the real check.
  if (parsed.rows.length > csvLimits.maxRows) return refuse(fileName, describeTooManyRows(fileName))
  const { byteLength, encoding } = source
  const { headers, rows, problems } = parsed
  return {
    status: 'parsed',
    csv: {
      token,
      fileName,
      byteLength,
      encoding,
      delimiter: parsed.delimiter,
      headers,
      rows,
      problems,
    },
  }
}

function refuse(fileName: string, message: string): CsvReadOutcome {
  return { status: 'refused', fileName, message }
}

export function describeTooLarge(fileName: string, byteLength: number): string {
  return `${fileName} is ${formatMegabytes(byteLength)}; Trellis reads CSV files up to ${formatMegabytes(csvLimits.maxBytes)}.`
}

function describeTooManyRows(fileName: string): string {
  const limit = csvLimits.maxRows.toLocaleString('en-US')
  return `${fileName} has more than ${limit} data rows; Trellis reads up to ${limit} rows from one file. Split it into smaller files and import them one after another.`
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
}

/**
 * Counts non-blank lines, treating line breaks between quotes as part of a cell, and stops once
 * `stopAt` is reached. Cheap enough to run on 50 MB before committing to a full parse.
 */
export function countRecordsQuickly(text: string, stopAt: number): number {
  let records = 0
  let isInQuotes = false
  let hasContent = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x22) {
      isInQuotes = !isInQuotes
      hasContent = true
    } else if ((code === 0x0a || code === 0x0d) && !isInQuotes) {
      if (hasContent && ++records >= stopAt) return records
      hasContent = false
    } else if (code !== 0x20 && code !== 0x09 && code !== 0x2c && code !== 0x3b && code !== 0x7c) {
      // Spaces and delimiters alone do not make a row: the parser skips such lines too.
      hasContent = true
    }
  }
  return hasContent ? records + 1 : records
}
