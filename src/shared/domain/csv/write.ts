/** Prepended to exported files so Excel opens them as UTF-8 instead of the system code page. */
export const csvBom = '\ufeff'

const lineBreak = '\r\n'

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"):
 * such a cell is written with a leading apostrophe, which spreadsheets show as text.
 */
const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r'])

/**
 * Writes rows as RFC 4180 CSV with a comma delimiter. Every record ends with CRLF, the last one
 * included, as Excel writes it; readers treat the final line break as the end of the last record.
 * Rows are written as given: nothing pads them to the same width.
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  let text = ''
  for (const row of rows) {
    text += row.map(formatCell).join(',') + lineBreak
  }
  return text
}

/** The cell as written: protected against formula injection, then quoted when it needs to be. */
export function formatCell(value: string): string {
  const safe = isFormulaLike(value) ? `'${value}` : value
  return needsQuotes(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export function isFormulaLike(value: string): boolean {
  return value.length > 0 && formulaTriggers.has(value.charAt(0))
}

function needsQuotes(value: string): boolean {
  return /[",\r\n]/.test(value)
}
