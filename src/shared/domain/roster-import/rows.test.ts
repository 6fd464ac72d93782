import { describe, expect, it } from 'vitest'
import { suggestColumnMapping } from './mapping'
import { buildRosterRows, detectFileDateOrder } from './rows'
import { buildRowsFromTable } from './test-fixtures'
import type { ColumnMapping } from './types'

const errorsOf = (row: { problems: { severity: string; message: string }[] } | undefined) =>
  (row?.problems ?? []).filter((problem) => problem.severity === 'error').map((p) => p.message)

describe('buildRosterRows: values', () => {
  it('cleans every mapped value and numbers rows as a spreadsheet does', () => {
    const [row] = buildRowsFromTable([
      [
        'Employee ID',
        'Name',
        'Email',
        'Title',
        'Dept',
        'Manager',
        'Start date',
        'Status',
        'Office',
        'Remote',
      ],
      [
        ' E1 ',
        '  Ann   Lee ',
        ' Ann.Lee@Example.com ',
        'Head  of  Ops',
        ' Ops ',
        ' Bo Diaz ',
        '13/02/2020',
        ' On leave ',
        'Leeds',
        'Hybrid',
      ],
    ])
    expect(row).toEqual({
      row: 2,
      values: {
        externalId: 'E1',
        displayName: 'Ann Lee',
        givenName: 'Ann',
        familyName: 'Lee',
        email: 'ann.lee@example.com',
        title: 'Head of Ops',
        team: 'Ops',
        manager: 'Bo Diaz',
        hireDate: '2020-02-13',
        status: 'active',
        location: 'Leeds',
        workArrangement: 'hybrid',
      },
      customFields: {},
      problems: [],
    })
  })

  it('leaves a value out when its cell is blank or missing (short row)', () => {
    const rows = buildRowsFromTable([
      ['Name', 'Email', 'Title', 'Start date', 'Status'],
      ['Ann Lee', '  ', '', ' '],
      ['Bo Diaz'],
    ])
    expect(rows.map((row) => row.values)).toEqual([
      { displayName: 'Ann Lee', givenName: 'Ann', familyName: 'Lee' },
      { displayName: 'Bo Diaz', givenName: 'Bo', familyName: 'Diaz' },
    ])
    expect(rows.flatMap((row) => row.problems)).toEqual([])
  })

  it('splits "Last, First" and builds the display name from first and last name columns', () => {
    const [fromFull] = buildRowsFromTable([['Full name'], ['Ødegård,  Åse']])
    expect(fromFull?.values).toEqual({
      displayName: 'Åse Ødegård',
      givenName: 'Åse',
      familyName: 'Ødegård',
    })
    const [fromParts] = buildRowsFromTable([
      ['First name', 'Surname'],
      [' Mary  Ann ', 'McDONALD'],
    ])
    expect(fromParts?.values).toEqual({
      displayName: 'Mary Ann McDONALD',
      givenName: 'Mary Ann',
      familyName: 'McDONALD',
    })
    const [both] = buildRowsFromTable([
      ['Name', 'First name', 'Last name'],
      ['Lee, Ann', 'Annie', ''],
    ])
    expect(both?.values).toEqual({ displayName: 'Ann Lee', givenName: 'Annie', familyName: 'Lee' })
    const [givenOnly] = buildRowsFromTable([
      ['First name', 'Last name'],
      ['Cher', ''],
    ])
    expect(givenOnly?.values).toEqual({ displayName: 'Cher', givenName: 'Cher' })
  })
})

describe('buildRosterRows: errors and warnings', () => {
  it('says which row and column hold a date that does not exist', () => {
    const rows = buildRowsFromTable([
      ['Name', 'Start date'],
      ['Ann', '01/02/2020'],
      ['Bo', '02/01/2020'],
      ['Cy', '13/01/2020'],
      ['Di', '31/02/2020'],
    ])
    expect(rows[3]?.problems).toEqual([
      {
        row: 5,
        column: 2,
        field: 'hireDate',
        severity: 'error',
        message: "Row 5, column 'Start date': '31/02/2020' is not a date.",
      },
    ])
  })

  it('reads day-first or month-first as told, and asks about ambiguous values when not told', () => {
    const table = [
      ['Name', 'Hire date'],
      ['Ann', '03/04/2020'],
      ['Bo', '2021-01-31'],
      ['Cy', '25/12/2020'],
    ]
    expect(buildRowsFromTable(table, 'month-first').map((row) => row.values.hireDate)).toEqual([
      '2020-03-04',
      '2021-01-31',
      undefined,
    ])
    const unordered = buildRowsFromTable(table, null)
    expect(unordered.map((row) => row.values.hireDate)).toEqual([
      undefined,
      '2021-01-31',
      '2020-12-25',
    ])
    expect(errorsOf(unordered[0])).toEqual([
      "Row 2, column 'Hire date': '03/04/2020' could be 2020-04-03 or 2020-03-04: choose whether the file writes the day or the month first.",
    ])
  })

  it('refuses a row with no name, an invalid email or an unknown status word', () => {
    const rows = buildRowsFromTable([
      ['Employee ID', 'First name', 'Last name', 'Email', 'Status'],
      ['E1', '', ' ', 'e1@example.com', 'active'],
      ['E2', 'Bo', 'Diaz', 'bo at example.com', 'active'],
      ['E3', 'Cy', 'Ng', 'cy@example.com', 'gone fishing'],
    ])
    expect(errorsOf(rows[0])).toEqual([
      'Row 2: has no name (a full name, or a first or last name).',
    ])
    expect(errorsOf(rows[1])).toEqual([
      "Row 3, column 'Email': 'bo at example.com' is not an email address.",
    ])
    expect(errorsOf(rows[2])).toEqual([
      "Row 4, column 'Status': 'gone fishing' is not mapped to a status: choose what it means in the Values step, or leave the row out.",
    ])
  })

  it('warns about an unknown work arrangement and leaves it out', () => {
    const [row] = buildRowsFromTable([
      ['Name', 'Work mode'],
      ['Ann', 'sometimes'],
    ])
    expect(row?.values.workArrangement).toBeUndefined()
    expect(row?.problems.map((problem) => [problem.severity, problem.column])).toEqual([
      ['warning', 2],
    ])
  })

  it('refuses values longer than a person record can hold', () => {
    const [row] = buildRowsFromTable([
      ['Name', 'Employee ID'],
      ['Ann', 'x'.repeat(65)],
    ])
    expect(errorsOf(row)).toEqual(["Row 2, column 'Employee ID': is longer than 64 characters."])
  })

  it('flags every row sharing an ID or an email, naming the others', () => {
    const rows = buildRowsFromTable([
      ['ID', 'Name', 'Email'],
      ['E1', 'Ann', 'ann@example.com'],
      ['E2', 'Bo', 'BO@example.com'],
      ['e1', 'Cy', 'cy@example.com'],
      ['E4', 'Di', 'bo@example.com'],
      ['E1', 'Ed', 'ed@example.com'],
    ])
    expect(errorsOf(rows[0])).toEqual(["Row 2, column 'ID': the ID 'E1' is also on rows 4 and 6."])
    expect(errorsOf(rows[2])).toEqual(["Row 4, column 'ID': the ID 'e1' is also on rows 2 and 6."])
    expect(errorsOf(rows[4])).toEqual(["Row 6, column 'ID': the ID 'E1' is also on rows 2 and 4."])
    expect(errorsOf(rows[1])).toEqual([
      "Row 3, column 'Email': the email 'bo@example.com' is also on row 5.",
    ])
    expect(errorsOf(rows[3])).toEqual([
      "Row 5, column 'Email': the email 'bo@example.com' is also on row 3.",
    ])
  })

  it('leaves excluded rows out of the duplicate checks', () => {
    const headers = ['ID', 'Name']
    const rows = buildRosterRows(
      {
        headers,
        rows: [
          ['E1', 'Ann'],
          ['E1', 'Ann again'],
        ],
      },
      suggestColumnMapping(headers),
      { dateOrder: null, excludedRows: new Set([3]) },
    )
    expect(rows.flatMap((row) => row.problems)).toEqual([])
  })

  it('keeps a long list of duplicates short', () => {
    const table = [['ID', 'Name'], ...Array.from({ length: 8 }, (_, i) => ['E1', `P${i}`])]
    expect(errorsOf(buildRowsFromTable(table)[0])).toEqual([
      "Row 2, column 'ID': the ID 'E1' is also on rows 3, 4, 5 and 4 more.",
    ])
  })
})

describe('buildRosterRows: custom fields', () => {
  const headers = ['Name', '__proto__', 'constructor', 'Shirt size', 'Salary', 'hasOwnProperty']
  const mappings: ColumnMapping[] = headers.map((header, column) => ({
    column,
    header,
    target: column === 0 ? 'fullName' : header === 'Salary' ? 'ignore' : 'custom',
  }))

  it('keeps any header as an ordinary key, without touching a prototype', () => {
    const [row] = buildRosterRows(
      { headers, rows: [['Ann', 'polluted', 'ctor', ' L ', '50000', 'own']] },
      mappings,
      { dateOrder: null },
    )
    const fields = row?.customFields ?? {}
    expect(Object.keys(fields)).toEqual([
      '__proto__',
      'constructor',
      'Shirt size',
      'hasOwnProperty',
    ])
    expect(fields['__proto__']).toBe('polluted')
    expect(fields['constructor']).toBe('ctor')
    expect(Object.getPrototypeOf(fields)).toBeNull()
    expect(JSON.parse(JSON.stringify(fields))).toEqual(
      Object.fromEntries([
        ['__proto__', 'polluted'],
        ['constructor', 'ctor'],
        ['Shirt size', 'L'],
        ['hasOwnProperty', 'own'],
      ]),
    )
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
  })

  it('leaves blank custom values out', () => {
    const [row] = buildRosterRows({ headers, rows: [['Ann', '', ' ', 'M']] }, mappings, {
      dateOrder: null,
    })
    expect(Object.entries(row?.customFields ?? {})).toEqual([['Shirt size', 'M']])
  })
})

describe('detectFileDateOrder', () => {
  it('reads the order from the column mapped to the hire date', () => {
    const headers = ['Name', 'Updated', 'Start date']
    const rows = [['Ann', '2024-01-01', '01/02/2020'], ['Bo', '2024-01-01', '02/13/2020'], ['Cy']]
    expect(detectFileDateOrder({ rows }, suggestColumnMapping(headers))).toBe('month-first')
    expect(detectFileDateOrder({ rows }, suggestColumnMapping(['Name', 'Updated', 'Notes']))).toBe(
      'none',
    )
  })
})
