import { describe, expect, it } from 'vitest'
import type { Kpi, KpiMeasurement, Person, Team } from '../../model'
import { buildKpiSeriesCsvRows } from './export'
import { parseKpiValue, planKpiImport } from './kpi-import'

const kpis: Kpi[] = [
  {
    id: 'kpi-csat',
    name: 'Customer satisfaction',
    description: '',
    unit: 'score',
    direction: 'higher-is-better',
    scope: 'team',
  },
  {
    id: 'kpi-aht',
    name: 'Handling time',
    description: '',
    unit: 'min',
    direction: 'lower-is-better',
    scope: 'person',
  },
  {
    id: 'kpi-rev',
    name: 'Revenue',
    description: '',
    unit: 'EUR',
    direction: 'higher-is-better',
    scope: 'company',
  },
]
const teams = [{ id: 'team-care', name: 'Customer Care' }] as Team[]
const people = [
  { id: 'p-ana', displayName: 'Ana Lima', employeeId: 'E-7', email: 'ana@kestrel.test' },
] as Person[]
const existing: KpiMeasurement[] = [
  { id: 'm-old', kpiId: 'kpi-csat', subjectId: 'team-care', date: '2026-10-05', value: 4.1 },
]

function plan(rows: string[][], headers = ['Date', 'KPI', 'Scope', 'Value']) {
  let next = 1
  return planKpiImport({
    headers,
    rows,
    kpis,
    teams,
    people,
    existing,
    today: '2026-11-23',
    newId: () => `new-${next++}`,
  })
}

describe('KPI CSV import', () => {
  it('reads good rows, matching KPI, team, person and company scopes', () => {
    const result = plan([
      ['2026-10-12', 'customer satisfaction', 'customer care', '4,35'],
      ['2026-10-12', 'Handling time', 'E-7', '6.5'],
      ['2026-10-31', 'Revenue', '', '120 500'],
      ['2026-10-05', 'kpi-csat', 'Customer Care', '4.2'],
      ['', '', '', ''],
    ])
    expect(result.problems).toEqual([])
    expect(
      result.rows.map((row) => [
        row.row,
        row.measurement.kpiId,
        row.measurement.subjectId,
        row.measurement.value,
        row.replacesId,
      ]),
    ).toEqual([
      [2, 'kpi-csat', 'team-care', 4.35, null],
      [3, 'kpi-aht', 'p-ana', 6.5, null],
      [4, 'kpi-rev', null, 120500, null],
      [5, 'kpi-csat', 'team-care', 4.2, 'm-old'],
    ])
    expect(result.rows[3]?.measurement.id).toBe('m-old')
  })

  it('leaves out bad rows, each naming its row and column', () => {
    const result = plan([
      ['2026-13-01', 'Revenue', '', '1'],
      ['2026-10-01', 'Churn', 'Customer Care', '1'],
      ['2026-10-01', 'Customer satisfaction', 'Roastery', '4'],
      ['2026-10-01', 'Handling time', '', '4'],
      ['2026-10-01', 'Customer satisfaction', 'Customer Care', 'four'],
      ['2026-12-01', 'Revenue', '', '1'],
      ['2026-10-01', 'Revenue', 'Customer Care', '1'],
      ['2026-10-02', 'Revenue', 'company', '10'],
      ['2026-10-02', 'Revenue', '', '11'],
      ['2026-10-03', 'Handling time', 'Ana Lima', ''],
    ])
    expect(result.rows.map((row) => row.row)).toEqual([9])
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 3],
      [6, 4],
      [7, 1],
      [8, 3],
      [10, 1],
      [11, 4],
    ])
    expect(result.problems[0]?.message).toMatch(/not a date/)
    expect(result.problems[1]?.message).toMatch(/no KPI called “Churn”/)
    expect(result.problems[2]?.message).toMatch(/no team called “Roastery”/)
    expect(result.problems[4]?.message).toMatch(/“four” is not a number/)
    expect(result.problems[5]?.message).toMatch(/future/)
    expect(result.problems[7]?.message).toMatch(/Row 9 already/)
  })

  it('refuses a file without the four columns, naming what is missing', () => {
    const result = plan([['2026-10-01', 'Revenue', '1']], ['date', 'metric', 'amount'])
    expect(result.missingColumns).toEqual(['scope'])
    expect(result.rows).toEqual([])
    expect(result.problems[0]).toMatchObject({ row: 1, column: null })
    expect(result.problems[0]?.message).toMatch(/“scope”/)
  })

  it('parses numbers people type', () => {
    expect(parseKpiValue('85%')).toBe(85)
    expect(parseKpiValue('-2.5')).toBe(-2.5)
    expect(parseKpiValue('1,234.5')).toBeNull()
    expect(parseKpiValue('abc')).toBeNull()
  })

  it('exports series in the columns the import reads back', () => {
    const rows = buildKpiSeriesCsvRows({
      kpis,
      teams,
      people,
      measurements: [
        ...existing,
        { id: 'm2', kpiId: 'kpi-aht', subjectId: 'p-ana', date: '2026-10-01', value: 7 },
      ],
    })
    expect(rows).toEqual([
      ['date', 'KPI', 'scope', 'value', 'unit'],
      ['2026-10-01', 'Handling time', 'Ana Lima', '7', 'min'],
      ['2026-10-05', 'Customer satisfaction', 'Customer Care', '4.1', 'score'],
    ])
    const back = planKpiImport({
      headers: rows[0]!,
      rows: rows.slice(1),
      kpis,
      teams,
      people,
      existing: [],
      today: '2026-11-23',
      newId: () => 'x',
    })
    expect(back.problems).toEqual([])
    expect(back.rows).toHaveLength(2)
  })
})
