import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { csvLimits, type ParsedCsv } from '../../../shared/domain/csv/types'
import {
  countRecordsQuickly,
  CsvCache,
  readCsvFromBytes,
  reparseCachedCsv,
  type CachedCsvText,
} from './read-csv'

const fixtureFolder = new URL('../../../../test/fixtures/csv/', import.meta.url)

function readFixture(name: string, options: Parameters<typeof readCsvFromBytes>[2] = {}) {
  return readCsvFromBytes(name, readFileSync(new URL(name, fixtureFolder)), options)
}

function readParsedFixture(name: string): ParsedCsv {
  const result = readFixture(name)
  if (result.status !== 'parsed') throw new Error(`${name}: ${JSON.stringify(result)}`)
  return result.csv
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('limits', () => {
  it('refuses a file over the size limit before decoding it', () => {
    // zeros would be refused as binary if the size were not checked first
    const bytes = new Uint8Array(Math.round(61.2 * 1024 * 1024))
    expect(readCsvFromBytes('big.csv', bytes)).toEqual({
      status: 'refused',
      fileName: 'big.csv',
      message: 'big.csv is 61.2 MB; Trellis reads CSV files up to 50 MB.',
    })
  })

  it('refuses more data rows than the limit, and reads exactly the limit', () => {
    const header = 'Name,Team\n'
    const tooMany = readCsvFromBytes(
      'long.csv',
      encode(header + 'a,b\n'.repeat(csvLimits.maxRows + 1)),
    )
    expect(tooMany).toEqual({
      status: 'refused',
      fileName: 'long.csv',
      message:
        'long.csv has more than 200,000 data rows; Trellis reads up to 200,000 rows from one file. Split it into smaller files and import them one after another.',
    })
    const atLimit = readCsvFromBytes('ok.csv', encode(header + 'a,b\n'.repeat(csvLimits.maxRows)))
    expect(atLimit.status === 'parsed' && atLimit.csv.rows.length).toBe(csvLimits.maxRows)
  })

  it('counts records quickly without counting quoted or blank line breaks', () => {
    expect(countRecordsQuickly('a,b\r\n"x\r\ny",2\r\n\r\n , \n3,4', 100)).toBe(3)
    expect(countRecordsQuickly('a\nb\nc\nd\n', 2)).toBe(2)
  })

  it('refuses binary data with the reason', () => {
    expect(readCsvFromBytes('photo.csv', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0))).toEqual({
      status: 'refused',
      fileName: 'photo.csv',
      message: expect.stringMatching(/^This does not look like a text file \(CSV\)/),
    })
  })
})

describe('parsing again from the cache', () => {
  it('parses the cached text with another delimiter under the same token', () => {
    const cache = new CsvCache()
    const first = readCsvFromBytes('mixed.csv', encode('a;b,c\n1;2,3\n'), { cache })
    expect(first).toMatchObject({ status: 'parsed', csv: { delimiter: ',' } })
    if (first.status !== 'parsed') return
    const again = reparseCachedCsv(cache, first.csv.token, ';')
    expect(again).toEqual({
      status: 'parsed',
      csv: { ...first.csv, delimiter: ';', headers: ['a', 'b,c'], rows: [['1', '2,3']] },
    })
  })

  it('refuses a token it does not know', () => {
    expect(reparseCachedCsv(new CsvCache(), 'gone', ',')).toEqual({
      status: 'refused',
      fileName: '',
      message: 'The file is no longer open; pick it again.',
    })
  })

  it('keeps only what parsed', () => {
    const cache = new CsvCache()
    const refused = readCsvFromBytes('x.csv', encode('a\n"open\n'), { cache })
    expect(refused.status).toBe('refused')
  })

  it('keeps the five most recently used files', () => {
    const cache = new CsvCache()
    const entry = (name: string): CachedCsvText => ({
      fileName: name,
      byteLength: 3,
      encoding: 'utf-8',
      text: 'a\n1',
    })
    for (const token of ['t1', 't2', 't3', 't4', 't5']) cache.store(token, entry(token))
    expect(cache.find('t1')?.fileName).toBe('t1') // now the most recent
    cache.store('t6', entry('t6'))
    expect(cache.find('t2')).toBeUndefined()
    expect(['t1', 't3', 't4', 't5', 't6'].map((token) => cache.find(token)?.fileName)).toEqual([
      't1',
      't3',
      't4',
      't5',
      't6',
    ])
  })

  it('drops old files beyond its character budget but always keeps the newest', () => {
    const cache = new CsvCache(5, 10)
    const entry = (text: string): CachedCsvText => ({
      fileName: 'f.csv',
      byteLength: text.length,
      encoding: 'utf-8',
      text,
    })
    cache.store('small', entry('a\n1'))
    cache.store('big', entry('a\n' + '1'.repeat(20)))
    expect(cache.find('small')).toBeUndefined()
    expect(cache.find('big')).toBeDefined()
  })
})

describe('fixtures', () => {
  const people = {
    headers: ['Name', 'City', 'Note'],
    rows: [
      ['José Álvarez', 'Málaga', 'Café on Fridays'],
      ['Zoë Brontë', 'Zürich', 'Speaks 日本語'],
      ['Łukasz Wójcik', 'Kraków', 'Runs the 🏃 club'],
    ],
  }

  it.each([
    ['utf8.csv', 'utf-8', ','],
    ['utf8-bom.csv', 'utf-8-bom', ','],
    ['utf16le-bom.csv', 'utf-16le', ','],
    ['tab.tsv', 'utf-8', '\t'],
  ])('%s: decodes as %s with delimiter %j', (name, encoding, delimiter) => {
    const csv = readParsedFixture(name)
    expect(csv).toMatchObject({ fileName: name, encoding, delimiter, problems: [], ...people })
    expect(csv.token).toMatch(/^[0-9a-f-]{36}$/)
    expect(csv.byteLength).toBe(readFileSync(new URL(name, fixtureFolder)).byteLength)
  })

  it('windows-1252.csv: é, ñ, ü, ’ and € come out right', () => {
    const csv = readParsedFixture('windows-1252.csv')
    expect(csv).toMatchObject({ encoding: 'windows-1252', headers: ['Name', 'City', 'Budget'] })
    expect(csv.rows).toEqual([
      ['René Dubois', 'Orléans', '€1200'],
      ['Iñaki Muñoz', 'Logroño', '€ 850'],
      ['Jürgen O’Neil', 'München', '€75'],
    ])
  })

  it.each([
    ['semicolon.csv', ';'],
    ['pipe.csv', '|'],
  ])('%s: detects %j and keeps decimal commas inside cells', (name, delimiter) => {
    const csv = readParsedFixture(name)
    expect(csv.delimiter).toBe(delimiter)
    expect(csv.headers).toEqual(['Employee ID', 'Name', 'Bonus', 'Rate'])
    expect(csv.rows[0]).toEqual(['E1', 'Anna de Vries', '1.250,50', '0,15'])
  })

  it.each(['crlf.csv', 'cr-only.csv'])('%s: reads the same rows', (name) => {
    const csv = readParsedFixture(name)
    expect(csv.headers).toEqual(['Employee ID', 'Name', 'Department'])
    expect(csv.rows).toEqual([
      ['E1', 'Ada Lovelace', 'Engineering'],
      ['E2', 'Grace Hopper', 'Engineering'],
      ['E3', 'Mary Jackson', 'Research'],
    ])
  })

  it('embedded-newlines.csv: keeps line breaks and quotes inside cells', () => {
    expect(readParsedFixture('embedded-newlines.csv').rows).toEqual([
      ['E1', 'Ada Lovelace', 'First line\nSecond line'],
      ['E2', 'Grace Hopper', 'Windows break\r\ninside, with a comma'],
      ['E3', 'Mary Jackson', 'Said "hello", then left'],
      ['E4', 'Katherine Johnson', ''],
    ])
  })

  it('unterminated-quote.csv: refused, naming row 4', () => {
    expect(readFixture('unterminated-quote.csv')).toEqual({
      status: 'refused',
      fileName: 'unterminated-quote.csv',
      message: expect.stringMatching(/^Row 4 opens a quoted cell with " that is never closed/),
    })
  })

  it('ragged-rows.csv: keeps short and long rows and reports both', () => {
    const csv = readParsedFixture('ragged-rows.csv')
    expect(csv.rows.map((row) => row.length)).toEqual([6, 5, 6, 7, 6])
    expect(csv.problems).toEqual([
      { row: 3, column: null, message: 'Row 3 has 5 fields; the header has 6.' },
      { row: 5, column: null, message: 'Row 5 has 7 fields; the header has 6.' },
    ])
  })

  it('duplicate-headers.csv and empty-header.csv: reported, not renamed', () => {
    const duplicate = readParsedFixture('duplicate-headers.csv')
    expect(duplicate.headers).toEqual(['Employee ID', 'Email', 'Name', 'Department', 'Email'])
    expect(duplicate.problems).toEqual([
      { row: 1, column: 5, message: "Columns 2 and 5 are both called 'Email'." },
    ])
    const empty = readParsedFixture('empty-header.csv')
    expect(empty.headers).toEqual(['Employee ID', 'Name', '', 'Department'])
    expect(empty.problems).toEqual([{ row: 1, column: 3, message: 'Column 3 has no header.' }])
  })

  it('proto-header.csv: __proto__ is a plain header and Object.prototype is untouched', () => {
    const csv = readParsedFixture('proto-header.csv')
    expect(csv.headers).toEqual(['__proto__', 'constructor', 'Name'])
    expect(csv.rows[0]).toEqual(['{"polluted":true}', 'toString', 'Ada Lovelace'])
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(csv.headers)).toBe(Array.prototype)
  })

  it('roster-10000.csv: 10,000 rows of 20 columns, cells with commas, quotes and newlines', () => {
    const csv = readParsedFixture('roster-10000.csv')
    expect(csv.headers).toHaveLength(20)
    expect(csv.headers.slice(0, 10)).toEqual(
      'Employee ID,First name,Last name,Email,Job title,Department,Manager ID,Start date,Status,Location'.split(
        ',',
      ),
    )
    expect(csv.rows).toHaveLength(10_000)
    expect(csv.problems).toEqual([])
    expect(csv.rows.every((row) => row.length === 20)).toBe(true)
    expect(csv.rows.at(-1)?.[0]).toBe('E20000')
    const notes = new Set(csv.rows.map((row) => row[18]))
    expect(notes).toContain('Goes by "Sam"')
    expect(notes).toContain('Returning from leave in May;\nplan a check-in')
  })

  it('roster-hr-export(-changed).csv: the re-import differs exactly as described', () => {
    const before = readParsedFixture('roster-hr-export.csv')
    const after = readParsedFixture('roster-hr-export-changed.csv')
    expect(before.headers).toEqual(
      'Employee Number|Employee_Name|Work email|Position|Department|Supervisor|Date of hire|Employment status|Office'.split(
        '|',
      ),
    )
    expect(after.headers).toEqual(before.headers)
    expect([before.problems, after.problems]).toEqual([[], []])
    expect(before.rows).toHaveLength(25)
    expect(new Set(before.rows.map((row) => row[4]))).toEqual(
      new Set(['Sales', 'Engineering', 'Finance', 'Operations']),
    )
    expect(before.rows[0]).toEqual([
      '1001',
      'Whitfield, Monica',
      'monica.whitfield@northwind.example',
      'VP Sales',
      'Sales',
      '',
      '3/14/2012',
      'Active',
      'Chicago',
    ])

    const beforeById = new Map(before.rows.map((row) => [row[0], row]))
    const afterById = new Map(after.rows.map((row) => [row[0], row]))
    const left = [...beforeById.keys()].filter((id) => !afterById.has(id))
    const joined = [...afterById.keys()].filter((id) => !beforeById.has(id))
    const changedCells = [...afterById].flatMap(([id, row]) =>
      row.flatMap((cell, column) => {
        const old = beforeById.get(id)?.[column]
        return old === undefined || old === cell
          ? []
          : [`${id} ${before.headers[column]}: ${old} -> ${cell}`]
      }),
    )
    expect(left).toEqual(['1017'])
    expect(joined).toEqual(['1026', '1027'])
    expect(changedCells).toEqual([
      '1002 Position: Account Executive -> Senior Account Executive',
      '1009 Position: Software Engineer -> Senior Software Engineer',
      '1011 Office: Denver -> ',
      '1021 Position: Warehouse Lead -> Warehouse Supervisor',
    ])
  })
})
