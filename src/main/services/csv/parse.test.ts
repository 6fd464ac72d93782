import { describe, expect, it } from 'vitest'
import { countFieldsPerRecord, detectDelimiter, parseCsvText } from './parse'

function parseOk(text: string, options: Parameters<typeof parseCsvText>[1] = {}) {
  const result = parseCsvText(text, options)
  if (!result.ok) throw new Error(`Expected a parse, got: ${result.message}`)
  return result
}

describe('detectDelimiter', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3\n4,5,6', ','],
    ['semicolon with decimal commas', 'Name;Bonus\nAnna;1.250,50\nBram;980,00', ';'],
    ['tab with commas in the text', 'Name\tNote\nAda\tyes, really\nBram\tno', '\t'],
    ['pipe', 'id|name\n1|Ada\n2|Bram', '|'],
  ])('finds %s', (_label, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter)
  })

  it('ignores delimiters inside quotes, including quoted line breaks', () => {
    const text = 'Name;Notes\n"Smith, Ann";"a, b, c"\n"Jones, Bo";"x,\ny, z"\nLee;plain'
    expect(detectDelimiter(text)).toBe(';')
  })

  it('prefers the delimiter whose field count matches the header most often', () => {
    // an unquoted "Last, First" header cell makes commas inconsistent; semicolons stay at 2
    const text = 'Last, First;Amount\nSmith, Ann;1,5\nJones, Bo;2\nLee;3,25'
    expect(detectDelimiter(text)).toBe(';')
  })

  it('gives ties and single-column files to comma', () => {
    expect(detectDelimiter('a,b;c\n1,2;3')).toBe(',')
    expect(detectDelimiter('Name\nAda\nBram')).toBe(',')
    expect(detectDelimiter('')).toBe(',')
  })

  it('looks at the first 50 records only', () => {
    const text = 'a;b\n' + '1;2\n'.repeat(49) + 'x,y,z\n'.repeat(500)
    expect(detectDelimiter(text)).toBe(';')
  })
})

describe('countFieldsPerRecord', () => {
  it('counts fields per non-empty record, treating quotes as RFC 4180 does', () => {
    const text = 'a,b\r\n"x,""y""",2\r\n\r\n5" screen,3\r"multi\nline",4\n,'
    expect(countFieldsPerRecord(text, ',', 10)).toEqual([2, 2, 2, 2, 2])
    expect(countFieldsPerRecord(text, ',', 2)).toEqual([2, 2])
  })
})

describe('parseCsvText: line ends and quoting', () => {
  it.each([
    ['CRLF', 'Name,Team\r\nAda,Core\r\nBram,Ops\r\n'],
    ['LF', 'Name,Team\nAda,Core\nBram,Ops\n'],
    ['CR', 'Name,Team\rAda,Core\rBram,Ops\r'],
    ['no final line break', 'Name,Team\nAda,Core\nBram,Ops'],
  ])('reads %s line ends', (_label, text) => {
    expect(parseOk(text)).toEqual({
      ok: true,
      delimiter: ',',
      headers: ['Name', 'Team'],
      rows: [
        ['Ada', 'Core'],
        ['Bram', 'Ops'],
      ],
      problems: [],
    })
  })

  it('keeps line breaks, delimiters and doubled quotes inside quoted cells', () => {
    const text = 'Name,Notes\r\n"Ada","line one\r\nline two"\r\n"Bram","said ""hi"", left"\r\n'
    expect(parseOk(text).rows).toEqual([
      ['Ada', 'line one\r\nline two'],
      ['Bram', 'said "hi", left'],
    ])
  })

  it('trims nothing and keeps a quote inside an unquoted cell', () => {
    expect(parseOk('Name , Size\n  Ada  ,5" screen\n').rows).toEqual([['  Ada  ', '5" screen']])
    expect(parseOk('Name , Size\n  Ada  ,5" screen\n').headers).toEqual(['Name ', ' Size'])
  })

  it('skips blank and all-empty rows and numbers problems by the rows kept', () => {
    const result = parseOk('a,b\n\n1,2\n,\n   ,  \n3\n\n\n')
    expect(result.rows).toEqual([['1', '2'], ['3']])
    expect(result.problems).toEqual([
      { row: 3, column: null, message: 'Row 3 has 1 field; the header has 2.' },
    ])
  })

  it('uses the delimiter it is given', () => {
    const result = parseOk('a;b,c\n1;2,3', { delimiter: ';' })
    expect(result).toMatchObject({ delimiter: ';', headers: ['a', 'b,c'], rows: [['1', '2,3']] })
  })
})

describe('parseCsvText: refusals', () => {
  it('refuses an unterminated quote, naming the row where it opens', () => {
    const text = 'Name,Notes\nAda,ok\nBram,"never closed\nCleo,ok\nDev,ok\n'
    expect(parseCsvText(text)).toEqual({
      ok: false,
      message:
        'Row 3 opens a quoted cell with " that is never closed, so the rest of the file would be read as that one cell. Close or remove that quote and pick the file again.',
    })
  })

  it('adds the line of the file when blank lines or quoted line breaks shift it', () => {
    const text = 'Name,Notes\n\nAda,"two\nlines"\nBram,"open\n'
    const result = parseCsvText(text)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/^Row 3 \(line 5 of the file\) opens a quoted/)
  })

  it('refuses an unterminated quote in the header as row 1', () => {
    expect(parseCsvText('"Name,Team\nAda,Core\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Row 1 opens/),
    })
  })

  it('refuses a file with no rows or only a header', () => {
    for (const text of ['', '\n\n', ' , \r\n']) {
      expect(parseCsvText(text)).toEqual({
        ok: false,
        message: 'The file is empty: it has no header row and no rows.',
      })
    }
    expect(parseCsvText('Name,Team\r\n\r\n')).toEqual({
      ok: false,
      message: 'The file has a header row but no data rows below it.',
    })
  })
})

describe('parseCsvText: problems', () => {
  it('reports rows with too few or too many fields and keeps them as they are', () => {
    const result = parseOk('a,b,c\n1,2,3\n1,2\n1,2,3,4\n1,2,3\n')
    expect(result.rows).toEqual([
      ['1', '2', '3'],
      ['1', '2'],
      ['1', '2', '3', '4'],
      ['1', '2', '3'],
    ])
    expect(result.problems).toEqual([
      { row: 3, column: null, message: 'Row 3 has 2 fields; the header has 3.' },
      { row: 4, column: null, message: 'Row 4 has 4 fields; the header has 3.' },
    ])
  })

  it('reports empty headers and never renames them', () => {
    const result = parseOk('Name,,Team,  \nAda,x,Core,y\n')
    expect(result.headers).toEqual(['Name', '', 'Team', '  '])
    expect(result.problems).toEqual([
      { row: 1, column: 2, message: 'Column 2 has no header.' },
      { row: 1, column: 4, message: 'Column 4 has no header.' },
    ])
  })

  it('reports duplicate headers, ignoring case and surrounding spaces', () => {
    const result = parseOk('ID,Email,Name,Team,email \n1,a,b,c,d\n')
    expect(result.headers).toEqual(['ID', 'Email', 'Name', 'Team', 'email '])
    expect(result.problems).toEqual([
      { row: 1, column: 5, message: "Columns 2 and 5 are both called 'Email'." },
    ])
    expect(parseOk('X,X,X\n1,2,3').problems).toEqual([
      { row: 1, column: 2, message: "Columns 1, 2 and 3 are all called 'X'." },
    ])
  })

  it('reports a stray quote that made cells run together', () => {
    const result = parseOk('Name,Notes\nAda,"a"b",x\nBram,ok\n')
    expect(result.rows).toEqual([
      ['Ada', 'a"b', 'x'],
      ['Bram', 'ok'],
    ])
    expect(result.problems).toEqual([
      {
        row: 2,
        column: null,
        message:
          'Row 2 has a quote (") inside a quoted cell that is not doubled, so cells near it may have run together.',
      },
      { row: 2, column: null, message: 'Row 2 has 3 fields; the header has 2.' },
    ])
  })

  it('keeps __proto__ and constructor as plain header text', () => {
    const result = parseOk('__proto__,constructor\n{"isPolluted":true},x\n')
    expect(result.headers).toEqual(['__proto__', 'constructor'])
    expect(Object.getPrototypeOf(result.rows[0])).toBe(Array.prototype)
    expect(({} as Record<string, unknown>).isPolluted).toBeUndefined()
  })
})
