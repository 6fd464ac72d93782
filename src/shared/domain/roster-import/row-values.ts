import { readRosterDate } from './dates'
import { joinName, splitFullName, type NameParts } from './names'
import { createRowProblem } from './problems'
import { cleanText, toMatchKey } from './text'
import { describeShift, type ShiftFinder } from './shifted'
import type { ColumnMapping, DateOrder, RosterField, RosterValues, RowProblem } from './types'
import type { ValueReading } from './value-mapping'
import { isValidEmail, normalizeEmail } from './words'

/** What reading a row needs from the whole file: the date order, the value mapping, the shifts. */
export interface RowReadContext {
  dateOrder: DateOrder | null
  readValue: (key: string, text: string) => ValueReading
  shifts: ShiftFinder
}

const mapItUnderValues = 'choose what it means in the Values step, or leave the row out.'

/** The Person schema's limits: a longer value would make the saved record invalid. */
const maxLengths: Partial<Record<RosterField, number>> = {
  externalId: 64,
  managerExternalId: 64,
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

  readValues(context: RowReadContext): RosterValues {
    const values: RosterValues = {}
    this.assignName(values)
    const externalId = this.readText('externalId')
    if (externalId !== null) values.externalId = externalId
    const email = this.readEmail(context)
    if (email !== null) values.email = email
    for (const field of ['title', 'team', 'manager', 'managerExternalId', 'location'] as const) {
      const text = this.readText(field)
      if (text !== null) values[field] = text
    }
    for (const field of ['hireDate', 'leftDate'] as const) {
      const date = this.readDate(field, context)
      if (date !== null) values[field] = date
    }
    this.readStatus(values, context)
    this.readLeaving(values, context)
    const arrangement = this.readWord('workArrangement', context, 'on site, hybrid or remote')
    if (arrangement !== null)
      values.workArrangement = arrangement as RosterValues['workArrangement']
    const source = this.readWord('hireSource', context, 'internal or external')
    if (source !== null) values.hireSource = source as RosterValues['hireSource']
    const performance = this.readWord('performance', context, 'a level of the scale')
    if (performance !== null) values.performance = Number(performance)
    return values
  }

  private readStatus(values: RosterValues, context: RowReadContext): void {
    const text = this.readCell('status')
    if (text === '') return
    const reading = context.readValue('status', text)
    if (reading.kind === 'value') {
      values.status = reading.value === 'active' ? 'active' : 'left'
      if (reading.value === 'left-voluntary') values.isVoluntary = true
      if (reading.value === 'left-involuntary') values.isVoluntary = false
    } else if (reading.kind === 'unmapped') {
      this.reportRefused(
        'status',
        text,
        context,
        `'${text}' is not mapped to a status: ${mapItUnderValues}`,
      )
    }
  }

  private readLeaving(values: RosterValues, context: RowReadContext): void {
    const type = this.readWord('leavingType', context, 'their decision or not')
    if (type !== null) values.isVoluntary = type === 'voluntary'
    const text = this.readText('leavingReason')
    if (text === null) return
    const reading = context.readValue('leavingReason', text)
    if (reading.kind === 'blank') return
    if (reading.kind === 'value') values.leavingReason = reading.value
    if (reading.kind === 'unmapped' || toMatchKey(text) !== toMatchKey(reading.value)) {
      values.leavingDetail = text
    }
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

  private readEmail(context: RowReadContext): string | null {
    const text = this.readText('email')
    if (text === null) return null
    const email = normalizeEmail(text)
    if (!isValidEmail(email)) {
      this.reportRefused('email', text, context, `'${text}' is not an email address.`)
      return null
    }
    return email
  }

  private readDate(field: 'hireDate' | 'leftDate', context: RowReadContext): string | null {
    const text = this.readCell(field)
    if (text === '') return null
    const reading = readRosterDate(text, context.dateOrder)
    if (reading.kind === 'date') return reading.date
    if (reading.kind === 'invalid') {
      this.reportRefused(field, text, context, `'${text}' is not a date.`)
    } else {
      this.report(
        field,
        'error',
        `'${text}' could be ${reading.dayFirst} or ${reading.monthFirst}: choose whether the file writes the day or the month first.`,
      )
    }
    return null
  }

  /** A refused cell; when its text fits a neighbouring column, the row is reported as shifted. */
  private reportRefused(
    field: RosterField,
    text: string,
    context: RowReadContext,
    message: string,
  ): void {
    const column = this.columns.get(field)?.column
    const shiftedTo = column === undefined ? null : context.shifts.findColumnFor(text, column)
    this.report(
      field,
      'error',
      shiftedTo === null ? message : describeShift(text, shiftedTo, this.row),
    )
  }

  /** A word of a fixed set that only adds to the person: an unmapped one is a warning. */
  private readWord(field: RosterField, context: RowReadContext, expected: string): string | null {
    const text = this.readCell(field)
    if (text === '') return null
    const reading = context.readValue(field, text)
    if (reading.kind === 'value') return reading.value
    if (reading.kind === 'unmapped') {
      this.report(
        field,
        'warning',
        `'${text}' is not mapped (${expected}), so it was left out: choose what it means in the Values step.`,
      )
    }
    return null
  }
}
