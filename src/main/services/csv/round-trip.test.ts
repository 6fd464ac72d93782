import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvBom, writeCsv } from '../../../shared/domain/csv/write'
import { readCsvFromBytes } from './read-csv'

function isAllowedCharacter(char: string): boolean {
  return (char.codePointAt(0) ?? 0) >= 0x20 || char === '\t' || char === '\r' || char === '\n'
}

/**
 * Characters CSV writers and readers trip on, mixed with any Unicode code point. C0 control
 * characters other than tab, CR and LF are left out: the reader refuses NUL and control-heavy
 * data as binary on purpose, so such files cannot round-trip.
 */
const cellUnit = fc.oneof(
  fc.constantFrom(',', '"', ';', '|', '\t', '\r', '\n', '\r\n', ' ', "'", '=', '+', '-', '@'),
  fc.constantFrom('\ufeff', '\u00a0', '\u2028', 'é', '€', '日本', '🏃', 'e\u0301'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter(isAllowedCharacter),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
)

const cell = fc.string({ unit: cellUnit, maxLength: 6 })

/** What the reader gives back for a written cell: the writer's formula guard stays on. */
function readBackCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/**
 * A header and at least one data row, all `width` cells wide: the writer pads nothing, and
 * ragged rows are a reporting matter, not this property's. A row whose cells would all read
 * back blank is left out: the reader skips such rows by design, like the `,,,` lines
 * spreadsheets export. The first header cell may not start with U+FEFF: after the file's own
 * BOM, papaparse strips a second one, which is what a doubled BOM in a real file needs.
 */
function tableOf(width: number) {
  const row = fc
    .array(cell, { minLength: width, maxLength: width })
    .filter((cells) => !cells.map(readBackCell).every((value) => value.trim() === ''))
  return fc
    .tuple(row, fc.array(row, { minLength: 1, maxLength: 8 }))
    .filter(([headers]) => !headers[0]?.startsWith('\ufeff'))
}

function writeAndRead(rows: string[][], delimiter?: ',') {
  const bytes = new TextEncoder().encode(csvBom + writeCsv(rows))
  return readCsvFromBytes('round-trip.csv', bytes, delimiter ? { delimiter } : {})
}

describe('writeCsv then readCsvFromBytes', () => {
  it('gives back every cell, with the formula guard on dangerous ones', () => {
    fc.assert(
      // Two or more columns: comma is then consistent on every line, so detection finds it.
      fc.property(fc.integer({ min: 2, max: 5 }).chain(tableOf), ([headers, rows]) => {
        const result = writeAndRead([headers, ...rows])
        expect(result).toMatchObject({
          status: 'parsed',
          csv: {
            encoding: 'utf-8-bom',
            delimiter: ',',
            headers: headers.map(readBackCell),
            rows: rows.map((cells) => cells.map(readBackCell)),
            problems: expect.any(Array),
          },
        })
      }),
      { numRuns: 300 },
    )
  })

  it('gives back a single column when told the delimiter', () => {
    // With one column no delimiter is consistent, and cells may hold unquoted ; | or tab
    fc.assert(
      fc.property(tableOf(1), ([headers, rows]) => {
        const result = writeAndRead([headers, ...rows], ',')
        expect(result).toMatchObject({
          status: 'parsed',
          csv: { headers: headers.map(readBackCell), rows: rows.map((r) => r.map(readBackCell)) },
        })
      }),
      { numRuns: 200 },
    )
  })

  it('keeps a cell that is exactly a quote, a comma or a line break', () => {
    const rows = [
      ['"', ','],
      ['\r\n', '\n\r'],
      ['', '\r'],
    ]
    const result = writeAndRead(rows)
    expect(result).toMatchObject({
      status: 'parsed',
      csv: {
        headers: ['"', ','],
        rows: [
          ["'\r\n", '\n\r'],
          ['', "'\r"],
        ],
      },
    })
  })
})
