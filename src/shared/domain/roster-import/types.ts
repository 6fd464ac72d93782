import type { Person, RoleProfile, Team } from '../../model'

export type RosterField =
  | 'externalId'
  | 'fullName'
  | 'givenName'
  | 'familyName'
  | 'email'
  | 'title'
  | 'team'
  | 'manager'
  | 'hireDate'
  | 'status'
  | 'location'
  | 'workArrangement'

export type MappingTarget = RosterField | 'custom' | 'ignore'

export interface ColumnMapping {
  /** 0-based index of the column in the file. */
  column: number
  header: string
  target: MappingTarget
}

/** Two or more columns that would write the same field, or a column that cannot be kept. */
export interface MappingConflict {
  target: RosterField | 'custom'
  /** The field's label, or the custom field's name. */
  name: string
  /** 0-based column indexes involved. */
  columns: number[]
  message: string
}

export type DateOrder = 'month-first' | 'day-first'
export type DetectedDateOrder = 'iso' | DateOrder | 'ambiguous' | 'none'

export type PersonStatus = Person['status']
export type PersonWorkArrangement = NonNullable<Person['workArrangement']>

/** Cleaned values of one row; a key is absent when its cell was blank (a blank never erases). */
export interface RosterValues {
  externalId?: string
  displayName?: string
  givenName?: string
  familyName?: string
  /** Lower-cased. */
  email?: string
  title?: string
  team?: string
  /** As written: an employee ID, an email or a name, resolved when planning. */
  manager?: string
  /** YYYY-MM-DD. */
  hireDate?: string
  status?: PersonStatus
  location?: string
  workArrangement?: PersonWorkArrangement
}

export interface RowProblem {
  /** Spreadsheet row: the header is row 1, the first data row is row 2. */
  row: number
  /** 1-based, as the user sees it; null when the problem is about the whole row. */
  column: number | null
  field: RosterField | null
  severity: 'error' | 'warning'
  message: string
}

export interface RosterRow {
  row: number
  values: RosterValues
  /** Null-prototype record: any header, even `__proto__`, is an ordinary key. No blank values. */
  customFields: Record<string, string>
  problems: RowProblem[]
}

export interface BuildRosterRowsOptions {
  /** Null when the file has no day/month dates to order (detectDateOrder gave 'iso' or 'none'). */
  dateOrder: DateOrder | null
  /** Rows the user left out: they take no part in the duplicate ID / email checks. */
  excludedRows?: ReadonlySet<number>
}

export type RowOutcome = 'create' | 'update' | 'unchanged' | 'skipped'

export interface PersonUpdate {
  before: Person
  after: Person
  /** Person field names that differ, in Person field order (e.g. 'email', 'teamId'). */
  changedFields: string[]
}

export interface PlanRosterImportInput {
  rows: RosterRow[]
  excludedRows: ReadonlySet<number>
  people: Person[]
  teams: Team[]
  /** Role profiles: a job title that names one exactly (case aside) sets the person's role. */
  roles?: readonly RoleProfile[]
  /** YYYY-MM-DD. */
  today: string
  createId: () => string
  /** The mapping the rows were built with: lets planning problems name their column. */
  mappings?: readonly ColumnMapping[]
}

export interface RosterImportPlan {
  creates: Person[]
  updates: PersonUpdate[]
  unchanged: Person[]
  skipped: { row: number; reason: string }[]
  newTeams: Team[]
  unresolvedManagers: { row: number; value: string }[]
  /** Problems found while planning (matching, managers, dates in the future), row order. */
  problems: RowProblem[]
  counts: Record<RowOutcome, number>
  rowOutcomes: Map<number, RowOutcome>
}
