import { readRosterDate } from './dates'
import { joinName, splitFullName, type NameParts } from './names'
import { createRowProblem } from './problems'
import { cleanText } from './text'
import type { ColumnMapping, DateOrder, RosterField, RosterValues, RowProblem } from './types'
import { isValidEmail, normalizeEmail, parseStatusWord, parseWorkArrangementWord } from './words'

/** The Person schema's limits: a longer value would make the saved record invalid. */
const maxLengths: Partial<Record<RosterField, number>> = {
  externalId: 64,
  fullName: 200,
  givenName: 100,
  familyName: 100,
  email: 254,
  title: 200,
  team: 120,
  location: 120,
}

/** Reads one row's mapped cells into cleaned values, collecting what is wrong with them. */
export class RowValueReader {
  readonly problems: RowProblem[] = []

  constructor(
    private readonly cells: readonly string[],
    private readonly row: number,
    private readonly columns: ReadonlyMap<RosterField, ColumnMapping>,
  ) {}

  readValues(dateOrder: DateOrder | null): RosterValues {
    const values: RosterValues = {}
    this.assignName(values)
    const externalId = this.readText('externalId')
    if (externalId !== null) values.externalId = externalId
    const email = this.readEmail()
    if (email !== null) values.email = email
    for (const field of ['title', 'team', 'manager', 'location'] as const) {
      const text = this.readText(field)
      if (text !== null) values[field] = text
    }
    const hireDate = this.readDate('hireDate', dateOrder)
    if (hireDate !== null) values.hireDate = hireDate
    const status = this.readWord('status', parseStatusWord, 'error', 'active or left')
    if (status !== null) values.status = status
    const arrangement = this.readWord(
      'workArrangement',
      parseWorkArrangementWord,
      'warning',
      'onsite, hybrid or remote',
    )
    if (arrangement !== null) values.workArrangement = arrangement
    return values
  }

  private report(field: RosterField | null, severity: RowProblem['severity'], text: string): void {
    const mapping = field === null ? undefined : this.columns.get(field)
    this.problems.push(createRowProblem(this.row, field, mapping, severity, text))
  }

  private readCell(field: RosterField): string {
    const mapping = this.columns.get(field)
    return mapping === undefined ? '' : cleanText(this.cells[mapping.column])
  }

  private readText(field: RosterField): string | null {
    const text = this.readCell(field)
    if (text === '') return null
    const maxLength = maxLengths[field]
    if (maxLength !== undefined && text.length > maxLength) {
      this.report(field, 'error', `is longer than ${maxLength} characters.`)
      return null
    }
    return text
  }

  private assignName(values: RosterValues): void {
    const fullName = this.readText('fullName')
    const givenName = this.readText('givenName')
    const familyName = this.readText('familyName')
    if (fullName === null && givenName === null && familyName === null) {
      // A name too long to keep has been reported already; "no name" would contradict it.
      if (!this.problems.some((problem) => problem.severity === 'error')) {
        this.report(null, 'error', 'has no name (a full name, or a first or last name).')
      }
      return
    }
    const parts: Partial<NameParts> = fullName === null ? {} : splitFullName(fullName)
    values.displayName = parts.displayName ?? joinName(givenName ?? '', familyName ?? '')
    const given = givenName ?? parts.givenName
    const family = familyName ?? parts.familyName
    // A name split from a full name is written whole, so an old family name cannot linger.
    if (given !== undefined) values.givenName = given
    if (family !== undefined) values.familyName = family
  }

  private readEmail(): string | null {
    const text = this.readText('email')
    if (text === null) return null
    const email = normalizeEmail(text)
    if (!isValidEmail(email)) {
      this.report('email', 'error', `'${text}' is not an email address.`)
      return null
    }
    return email
  }

  private readDate(field: 'hireDate', order: DateOrder | null): string | null {
    const text = this.readCell(field)
    if (text === '') return null
    const reading = readRosterDate(text, order)
    if (reading.kind === 'date') return reading.date
    this.report(
      field,
      'error',
      reading.kind === 'invalid'
        ? `'${text}' is not a date.`
        : `'${text}' could be ${reading.dayFirst} or ${reading.monthFirst}: choose whether the file writes the day or the month first.`,
    )
    return null
  }

  private readWord<T>(
    field: RosterField,
    parseWord: (text: string) => T | null,
    severity: RowProblem['severity'],
    expected: string,
  ): T | null {
    const text = this.readCell(field)
    if (text === '') return null
    const value = parseWord(text)
    if (value === null) {
      const consequence = severity === 'error' ? '' : ' It was left as it was.'
      this.report(
        field,
        severity,
        `'${text}' is not a word Trellis knows (${expected}).${consequence}`,
      )
    }
    return value
  }
}
