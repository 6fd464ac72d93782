import { describe, expect, it } from 'vitest'
import { decodeCsvBytes, decodeWindows1252, findNonTextReason } from './decode'

const encodeUtf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

function encodeUtf16(text: string, isBigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(isBigEndian ? [0xfe, 0xff] : [0xff, 0xfe])
  for (let index = 0; index < text.length; index++) {
    const [high, low] = [text.charCodeAt(index) >> 8, text.charCodeAt(index) & 0xff]
    bytes.set(isBigEndian ? [high, low] : [low, high], 2 + index * 2)
  }
  return bytes
}

describe('decodeCsvBytes', () => {
  it('reads plain UTF-8', () => {
    expect(decodeCsvBytes(encodeUtf8('Name\nZoë 🏃\n'))).toEqual({
      text: 'Name\nZoë 🏃\n',
      encoding: 'utf-8',
    })
  })

  it('strips a UTF-8 byte order mark, only one', () => {
    const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, ...encodeUtf8('Name\nJosé'))
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Name\nJosé', encoding: 'utf-8-bom' })
    const doubled = Uint8Array.of(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41)
    expect(decodeCsvBytes(doubled).text).toBe('\ufeffA')
  })

  it('reads UTF-16 in both byte orders from their byte order marks', () => {
    const text = 'Name,City\r\nZoë,Kraków 🏃\r\n'
    expect(decodeCsvBytes(encodeUtf16(text, false))).toEqual({ text, encoding: 'utf-16le' })
    expect(decodeCsvBytes(encodeUtf16(text, true))).toEqual({ text, encoding: 'utf-16be' })
  })

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    const bytes = Uint8Array.of(0x52, 0x65, 0x6e, 0xe9, 0x2c, 0x80, 0x35, 0x2c, 0xf1)
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'René,€5,ñ', encoding: 'windows-1252' })
  })

  it('reads empty input as empty UTF-8', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' })
  })
})

describe('decodeWindows1252', () => {
  it('maps every byte from 0x80 to 0x9F as the WHATWG table does', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index)
    expect(decodeWindows1252(bytes)).toBe(
      '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ',
    )
  })

  it('maps the rest of the code page like Latin-1', () => {
    const bytes = Uint8Array.from({ length: 96 }, (_, index) => 0xa0 + index)
    expect(decodeWindows1252(bytes)).toBe(
      String.fromCharCode(...Array.from({ length: 96 }, (_, index) => 0xa0 + index)),
    )
  })
})

describe('findNonTextReason', () => {
  it('accepts text in every supported encoding', () => {
    expect(findNonTextReason(encodeUtf8('Name,Team\r\nAda,Core\r\n'))).toBeNull()
    expect(findNonTextReason(Uint8Array.of(0x52, 0xe9, 0x0a, 0x80, 0x09, 0x0c, 0x1a))).toBeNull()
    expect(findNonTextReason(encodeUtf16('Name,Team\r\nAda,Core', false))).toBeNull()
    expect(findNonTextReason(encodeUtf16('Name,Team\r\nAda,Core', true))).toBeNull()
    expect(findNonTextReason(new Uint8Array())).toBeNull()
  })

  it('refuses NUL bytes without a UTF-16 byte order mark', () => {
    const utf16WithoutBom = encodeUtf16('Name,Team', false).subarray(2)
    expect(findNonTextReason(utf16WithoutBom)).toMatch(/^This does not look like a text file/)
    expect(findNonTextReason(Uint8Array.of(0x41, 0x00, 0x42))).toMatch(/binary data/)
  })

  it('refuses text full of control characters', () => {
    const bytes = Uint8Array.from({ length: 100 }, (_, index) => (index % 4 === 0 ? 0x01 : 0x41))
    expect(findNonTextReason(bytes)).toMatch(/does not look like a text file/)
  })

  it('refuses a UTF-16 byte order mark followed by binary data', () => {
    expect(findNonTextReason(Uint8Array.of(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00))).toMatch(
      /does not look like a text file/,
    )
  })

  it('names workbooks and PDFs picked by mistake', () => {
    const xlsx = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)
    const xls = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)
    expect(findNonTextReason(xlsx)).toMatch(/spreadsheet workbook .* save it as "CSV UTF-8"/)
    expect(findNonTextReason(xls)).toMatch(/spreadsheet workbook/)
    expect(findNonTextReason(encodeUtf8('%PDF-1.7\n'))).toBe(
      'This is a PDF document, not a CSV file.',
    )
  })
})
