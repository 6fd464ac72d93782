import { describe, expect, it } from 'vitest'
import { csvBom, formatCell, isFormulaLike, writeCsv } from './write'

describe('writeCsv', () => {
  it('joins cells with commas and ends every record with CRLF, the last one included', () => {
    expect(
      writeCsv([
        ['Name', 'Team'],
        ['Ada', 'Core'],
      ]),
    ).toBe('Name,Team\r\nAda,Core\r\n')
  })

  it('writes nothing for no rows and an empty line for a row without cells', () => {
    expect(writeCsv([])).toBe('')
    expect(writeCsv([[]])).toBe('\r\n')
    expect(writeCsv([['', '']])).toBe(',\r\n')
  })

  it('quotes cells with a comma, quote, CR or LF and doubles their quotes', () => {
    expect(writeCsv([['a,b', 'say "hi"', 'line\nbreak', 'cr\rhere', 'crlf\r\nhere']])).toBe(
      '"a,b","say ""hi""","line\nbreak","cr\rhere","crlf\r\nhere"\r\n',
    )
  })

  it('leaves other delimiters, spaces and non-ASCII text alone', () => {
    expect(writeCsv([['a;b', 'c|d', ' padded ', 'Zoë 日本語']])).toBe(
      'a;b,c|d, padded ,Zoë 日本語\r\n',
    )
  })

  it('keeps rows at the width they were given', () => {
    expect(writeCsv([['a', 'b', 'c'], ['1']])).toBe('a,b,c\r\n1\r\n')
  })
})

describe('formula injection', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-5', "'-5"],
    ['@mention', "'@mention"],
    ['\tindented', "'\tindented"],
  ])('prefixes %j with an apostrophe', (cell, written) => {
    expect(isFormulaLike(cell)).toBe(true)
    expect(formatCell(cell)).toBe(written)
  })

  it('prefixes first, then quotes the result when it needs quotes', () => {
    expect(formatCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
    expect(formatCell('\rcarriage')).toBe('"\'\rcarriage"')
    expect(formatCell('-1,5')).toBe('"\'-1,5"')
  })

  it('leaves a trigger character that is not first alone', () => {
    for (const cell of ['a=b', 'x+y', 'well-known', 'ada@example.com', '', "'quoted"]) {
      expect(isFormulaLike(cell)).toBe(false)
      expect(formatCell(cell)).toBe(cell)
    }
  })
})

it('exports the UTF-8 byte order mark Excel looks for', () => {
  expect(csvBom).toBe('\ufeff')
  expect(new TextEncoder().encode(csvBom)).toEqual(Uint8Array.of(0xef, 0xbb, 0xbf))
})
