import type { CsvProblem } from '../csv/types'
import type { Kpi, KpiMeasurement, Person, Team } from '../../model'

/** The columns a KPI file needs, with the header names each is recognised by (any case). */
export const kpiImportColumns = {
  date: ['date', 'day', 'measured on'],
  kpi: ['kpi', 'metric', 'kpi name'],
  scope: ['scope', 'team', 'person', 'subject', 'team or person'],
  value: ['value', 'measurement', 'amount'],
} as const

export type KpiImportColumn = keyof typeof kpiImportColumns

export const kpiTemplateRows: string[][] = [
  ['date', 'KPI', 'scope', 'value'],
  ['2026-10-05', 'Customer satisfaction (CSAT)', 'Customer Care', '4.4'],
]

export interface KpiImportRow {
  /** Spreadsheet row number (the header is row 1). */
  row: number
  measurement: KpiMeasurement
  /** Replaces this stored measurement (same KPI, scope and date). */
  replacesId: string | null
}

export interface KpiImportPlan {
  rows: KpiImportRow[]
  /** Rows left out, each naming the row and column at fault. */
  problems: CsvProblem[]
  /** Required columns no header matched; nothing can be imported while one is missing. */
  missingColumns: KpiImportColumn[]
}

const columnLabels: Record<KpiImportColumn, string> = {
  date: 'date',
  kpi: 'KPI',
  scope: 'scope',
  value: 'value',
}

function normalize(text: string): string {
  return text.trim().toLocaleLowerCase().replace(/\s+/g, ' ')
}

/** Finds the column index of each required column by its header. */
export function matchKpiColumns(
  headers: readonly string[],
): Partial<Record<KpiImportColumn, number>> {
  const found: Partial<Record<KpiImportColumn, number>> = {}
  headers.forEach((header, index) => {
    const name = normalize(header)
    for (const column of Object.keys(kpiImportColumns) as KpiImportColumn[]) {
      if (found[column] !== undefined) continue
      if ((kpiImportColumns[column] as readonly string[]).includes(name)) {
        found[column] = index
        break
      }
    }
  })
  return found
}

/** Reads `12.5`, `12,5`, `1 234.5` and `85%`; anything else is not a number. */
export function parseKpiValue(text: string): number | null {
  let cleaned = text
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(/%$/, '')
  if (cleaned === '') return null
  if (!cleaned.includes('.') && /^-?\d+,\d+$/.test(cleaned)) cleaned = cleaned.replace(',', '.')
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null
  const value = Number(cleaned)
  return Number.isFinite(value) ? value : null
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/**
 * Turns a parsed CSV (date, KPI, scope, value) into measurements. The KPI is matched by name (or
 * id); the scope by team name for team KPIs, by person name, employee ID or email for person KPIs,
 * and is blank (or "company") for company KPIs. A row that repeats a stored measurement's KPI,
 * scope and date replaces its value. Every bad row is left out with a problem naming its row and
 * column; the good rows are still offered.
 */
export function planKpiImport(input: {
  headers: readonly string[]
  rows: readonly (readonly string[])[]
  kpis: readonly Kpi[]
  teams: readonly Team[]
  people: readonly Person[]
  existing: readonly KpiMeasurement[]
  today: string
  newId: () => string
}): KpiImportPlan {
  const columns = matchKpiColumns(input.headers)
  const missingColumns = (Object.keys(kpiImportColumns) as KpiImportColumn[]).filter(
    (column) => columns[column] === undefined,
  )
  if (missingColumns.length > 0) {
    return {
      rows: [],
      missingColumns,
      problems: [
        {
          row: 1,
          column: null,
          message: `The header row has no ${missingColumns.map((column) => `“${columnLabels[column]}”`).join(', ')} column. The file needs the columns date, KPI, scope and value.`,
        },
      ],
    }
  }
  const kpiByName = new Map<string, Kpi>()
  for (const kpi of input.kpis) {
    kpiByName.set(normalize(kpi.name), kpi)
    kpiByName.set(normalize(kpi.id), kpi)
  }
  const teamByName = new Map(input.teams.map((team) => [normalize(team.name), team]))
  const personByKey = new Map<string, Person>()
  for (const person of input.people) {
    personByKey.set(normalize(person.displayName), person)
    if (person.employeeId) personByKey.set(normalize(person.employeeId), person)
    if (person.email) personByKey.set(normalize(person.email), person)
  }
  const existingByKey = new Map(
    input.existing.map((m) => [`${m.kpiId}|${m.subjectId ?? ''}|${m.date}`, m]),
  )
  const seen = new Map<string, number>()
  const rows: KpiImportRow[] = []
  const problems: CsvProblem[] = []

  input.rows.forEach((cells, index) => {
    const row = index + 2
    if (cells.every((cell) => cell.trim() === '')) return
    const cell = (column: KpiImportColumn): string => (cells[columns[column]!] ?? '').trim()
    const problem = (column: KpiImportColumn, message: string): void => {
      problems.push({ row, column: columns[column]! + 1, message })
    }
    const date = cell('date')
    if (date === '') return problem('date', 'The date is empty.')
    if (!isRealDate(date))
      return problem('date', `“${date}” is not a date; write it as YYYY-MM-DD, e.g. 2026-10-05.`)
    if (date > input.today) return problem('date', `${date} is in the future.`)
    const kpiText = cell('kpi')
    if (kpiText === '') return problem('kpi', 'The KPI is empty.')
    const kpi = kpiByName.get(normalize(kpiText))
    if (!kpi)
      return problem('kpi', `There is no KPI called “${kpiText}”. Add it first, or fix the name.`)
    const scopeText = cell('scope')
    let subjectId: string | null = null
    if (kpi.scope === 'company') {
      if (scopeText !== '' && normalize(scopeText) !== 'company')
        return problem(
          'scope',
          `“${kpi.name}” is measured for the whole company: leave the scope blank or write “company”.`,
        )
    } else if (scopeText === '') {
      return problem('scope', `“${kpi.name}” is measured per ${kpi.scope}: name the ${kpi.scope}.`)
    } else if (kpi.scope === 'team') {
      const team = teamByName.get(normalize(scopeText))
      if (!team) return problem('scope', `There is no team called “${scopeText}”.`)
      subjectId = team.id
    } else {
      const person = personByKey.get(normalize(scopeText))
      if (!person)
        return problem(
          'scope',
          `Nobody is called “${scopeText}” (matched by name, employee ID or email).`,
        )
      subjectId = person.id
    }
    const valueText = cell('value')
    if (valueText === '') return problem('value', 'The value is empty.')
    const value = parseKpiValue(valueText)
    if (value === null) return problem('value', `“${valueText}” is not a number.`)
    const key = `${kpi.id}|${subjectId ?? ''}|${date}`
    const earlier = seen.get(key)
    if (earlier !== undefined)
      return problem(
        'date',
        `Row ${earlier} already gives “${kpi.name}” for ${scopeText || 'the company'} on ${date}.`,
      )
    seen.set(key, row)
    const replaced = existingByKey.get(key)
    rows.push({
      row,
      replacesId: replaced?.id ?? null,
      measurement: { id: replaced?.id ?? input.newId(), kpiId: kpi.id, subjectId, date, value },
    })
  })
  return { rows, problems, missingColumns }
}
