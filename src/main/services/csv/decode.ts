import type { CsvEncoding } from '../../../shared/domain/csv/types'

export interface DecodedCsv {
  text: string
  encoding: CsvEncoding
}

/**
 * Turns a file's bytes into text: a byte order mark decides when there is one; otherwise UTF-8
 * when the bytes are valid UTF-8, else Windows-1252 (what Excel on Windows writes for "CSV").
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const bom = detectBom(bytes)
  // TextDecoder drops exactly one BOM itself (ignoreBOM defaults to false)
  if (bom === 'utf-8-bom') return { text: new TextDecoder('utf-8').decode(bytes), encoding: bom }
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    return { text: new TextDecoder(bom).decode(bytes), encoding: bom }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  }
}

function detectBom(bytes: Uint8Array): 'utf-8-bom' | 'utf-16le' | 'utf-16be' | null {
  const [b0, b1, b2] = bytes
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8-bom'
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le'
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be'
  return null
}

/** WHATWG index-windows-1252 for bytes 0x80-0x9F; the rest of the code page equals Latin-1. */
const windows1252HighControls = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
]

/**
 * Node 20.18.3+ and 22.13+ decode 'windows-1252' as Latin-1, so 0x80 comes out as U+0080 instead
 * of € (nodejs/node#56542, #60888). Mapping the C1 range afterwards is right with or without the fix.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) =>
      String.fromCharCode(windows1252HighControls[char.charCodeAt(0) - 0x80] ?? char.charCodeAt(0)),
    )
}

const sampleBytes = 64 * 1024

/**
 * Says why the bytes are not a text file, or null when they look like text. Checks well-known
 * binary formats first (a workbook picked by mistake deserves a specific hint), then NUL and other
 * control characters in the first 64 KB, which text files in any supported encoding do not have.
 */
export function findNonTextReason(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return 'This looks like a spreadsheet workbook (such as .xlsx or .xls), not a CSV file. In your spreadsheet program, save it as "CSV UTF-8" and pick that file.'
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return 'This is a PDF document, not a CSV file.'
  }
  const bom = detectBom(bytes)
  const codeUnits =
    bom === 'utf-16le' || bom === 'utf-16be'
      ? toCodeUnits(new TextDecoder(bom).decode(bytes.subarray(0, sampleBytes)))
      : bytes.subarray(0, sampleBytes)
  if (hasBinaryCodeUnits(codeUnits)) {
    return 'This does not look like a text file (CSV): it contains binary data. If it is a UTF-16 text file without a byte order mark, save it again as "CSV UTF-8".'
  }
  return null
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

function toCodeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length)
  for (let index = 0; index < text.length; index++) units[index] = text.charCodeAt(index)
  return units
}

const textControls = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1a])

/**
 * Any NUL, or more than 1 in 20 characters being control characters other than tab, line breaks,
 * form feed and the DOS end-of-file mark. Multi-byte UTF-8 never uses bytes below 0x80, so the
 * check is the same on raw UTF-8 or Windows-1252 bytes as on decoded text.
 */
function hasBinaryCodeUnits(units: Uint8Array | Uint16Array): boolean {
  let controls = 0
  for (const unit of units) {
    if (unit === 0) return true
    if (unit < 0x20 && !textControls.has(unit)) controls++
  }
  return controls * 20 > units.length
}
