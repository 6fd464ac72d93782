import type {
  LeaverRecord,
  Person,
  Review,
  ReviewCycle,
  RoleProfile,
  ScaleLevel,
  Team,
} from '../../model'

export type RosterField =
  | 'externalId'
  | 'fullName'
  | 'givenName'
  | 'familyName'
  | 'email'
  | 'title'
  | 'team'
  | 'manager'
  | 'managerExternalId'
  | 'hireDate'
  | 'status'
  | 'location'
  | 'workArrangement'
  | 'leftDate'
  | 'leavingType'
  | 'leavingReason'
  | 'hireSource'
  | 'performance'

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

/**
 * The user's value mapping: per column key (a field, or `custom:<name>`), per trimmed and
 * case-folded value, the Trellis value it stands for; '' means "not mapped".
 */
export type ValueChoices = Record<string, Record<string, string> | undefined>

/** What the value mapping needs from the workspace. */
export interface ValueContext {
  scale: readonly ScaleLevel[]
  leavingReasons: readonly string[]
}

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
  /** The manager's employee ID, tried before `manager`. */
  managerExternalId?: string
  /** YYYY-MM-DD. */
  hireDate?: string
  status?: PersonStatus
  location?: string
  workArrangement?: PersonWorkArrangement
  /** YYYY-MM-DD: the last day, for someone who left. */
  leftDate?: string
  /** Whose decision the leaving was, from the status words or a termination type column. */
  isVoluntary?: boolean
  /** One of the workspace's leaving reasons. */
  leavingReason?: string
  /** The reason as the file words it, when it maps to none of the workspace's reasons. */
  leavingDetail?: string
  hireSource?: 'internal' | 'external'
  /** A level of the workspace scale: the rating of the past review the file records. */
  performance?: number
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
  /** The value mapping; without it, suggestions alone are used. */
  valueChoices?: ValueChoices
  valueContext?: ValueContext
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
  /** Leaver records already stored: a re-import does not record the same leaving twice. */
  leavers?: readonly LeaverRecord[]
  /** Where a performance column's ratings go: a finished past review cycle of this name. */
  pastReview?: PastReviewInput
  cycles?: readonly ReviewCycle[]
  reviews?: readonly Review[]
  /** An ISO timestamp for the records the import creates. */
  now?: string
}

export interface PastReviewInput {
  name: string
  /** YYYY-MM-DD: the first and last day of the period the ratings are for. */
  periodStart: string
  periodEnd: string
}

/** A manager cell that names nobody (or several people), once per name with the rows it is on. */
export interface UnresolvedManager {
  value: string
  rows: number[]
  reason: 'missing' | 'ambiguous'
}

export interface RosterImportPlan {
  creates: Person[]
  updates: PersonUpdate[]
  unchanged: Person[]
  skipped: { row: number; reason: string }[]
  newTeams: Team[]
  unresolvedManagers: UnresolvedManager[]
  /** Leavings the file records that Trellis does not have yet. */
  leavers: LeaverRecord[]
  /** Of those, how many the file does not say whose decision it was (recorded as their own). */
  undecidedLeavers: number
  /** The past review the performance column fills: a new cycle, or one of that name already stored. */
  pastReview: {
    cycle: ReviewCycle
    /** The stored cycle of that name, as it was; null when the import creates the cycle. */
    previousCycle: ReviewCycle | null
    reviews: Review[]
    /** Stored reviews the import's ratings replace, as they were. */
    replaced: Review[]
  } | null
  /** Problems found while planning (matching, managers, dates in the future), row order. */
  problems: RowProblem[]
  counts: Record<RowOutcome, number>
  rowOutcomes: Map<number, RowOutcome>
}
