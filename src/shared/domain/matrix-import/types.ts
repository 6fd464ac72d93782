import type {
  Assessment,
  AssessmentSource,
  Person,
  RoleProfile,
  RoleRequirement,
  ScaleLevel,
  Skill,
  SkillCategory,
} from '../../model'
import type { ParsedCsv } from '../csv/types'

/** The roster fields that say who a row is about. */
export type PersonField = 'externalId' | 'fullName' | 'givenName' | 'familyName' | 'email'

/** What one column of a wide matrix file is read as. */
export type MatrixColumnTarget =
  | { kind: 'person'; field: PersonField }
  | { kind: 'skill'; skillId: string }
  /** `categoryId` is an existing category, or `newCategoryKey` for the category the import adds. */
  | { kind: 'new-skill'; name: string; categoryId: string }
  | { kind: 'ignore' }

/** Why a column starts out ignored: the user may still map it to a skill. */
export type IgnoreReason = 'person-detail' | 'no-header' | 'ambiguous' | 'duplicate'

export interface MatrixColumn {
  /** 0-based index of the column in the file. */
  column: number
  header: string
  target: MatrixColumnTarget
  /** Set when the suggestion ignored the column, so the screen can say why. */
  ignoreReason?: IgnoreReason
}

export interface MatrixColumnConflict {
  /** 0-based column indexes involved. */
  columns: number[]
  message: string
}

/** Sources a file may be imported as; certificates are records of their own, never a spreadsheet. */
export type ImportSource = Exclude<AssessmentSource, 'certificate'>

export interface MatrixProblem {
  /** Spreadsheet row: the header is row 1, the first data row is row 2. */
  row: number
  /** 1-based, as the user sees it; null when the problem is about the whole row. */
  column: number | null
  severity: 'error' | 'warning'
  message: string
  /** Set for problems in the second file of required levels. */
  fileName?: string
}

/** A level cell read: blank means "no change", never "level 0". */
export type LevelReading =
  { kind: 'blank' } | { kind: 'level'; level: number } | { kind: 'invalid'; message: string }

/** A required level, for a column of the matrix file or for a skill named in the second file. */
export interface RequiredLevel {
  target: { kind: 'column'; column: number } | { kind: 'skill'; skillId: string }
  level: number
}

export interface RequiredLevels {
  origin: 'row' | 'file'
  /** The Required row's spreadsheet row, or the second file's name. */
  where: string
  levels: RequiredLevel[]
  problems: MatrixProblem[]
}

/** What to do with required levels found in the file. */
export type RequiredUse = 'roles' | 'skip'

export interface RequirementChange {
  before: RoleRequirement
  after: RoleRequirement
}

export interface RequirementPlan {
  creates: RoleRequirement[]
  raises: RequirementChange[]
  /** Role requirements already at or above the level: kept, because required levels only raise. */
  alreadyMet: RoleRequirement[]
  /** Matched people without a role: required levels cannot reach them. */
  peopleWithoutRole: Person[]
  roleIds: string[]
}

export type RowOutcome = 'import' | 'unchanged' | 'unknown' | 'skipped' | 'required'

export interface MatrixRowPreview {
  row: number
  outcome: RowOutcome
  /** The matched person's name, else what the row says. */
  label: string
  newCount: number
  unchangedCount: number
}

export interface MatrixImportCounts {
  /** Cells whose level differs from the person's current level for the chosen source. */
  newAssessments: number
  /** Cells at the person's current level for the chosen source: nothing is written for them. */
  unchanged: number
  blank: number
  matchedPeople: number
  unknownPeople: number
  /** Rows left out because of an error (a conflict, a repeated person). */
  skippedRows: number
  problems: number
}

export interface PlanMatrixImportInput {
  csv: Pick<ParsedCsv, 'headers' | 'rows'>
  columns: readonly MatrixColumn[]
  /** A second file with required levels; it replaces the Required row when given. */
  requiredFile?: Pick<ParsedCsv, 'fileName' | 'headers' | 'rows'> | null
  requiredUse: RequiredUse
  people: readonly Person[]
  skills: readonly Skill[]
  categories: readonly SkillCategory[]
  roles: readonly RoleProfile[]
  roleRequirements: readonly RoleRequirement[]
  scale: readonly ScaleLevel[]
  assessments: readonly Assessment[]
  source: ImportSource
  /** YYYY-MM-DD: the date the new assessments carry. */
  date: string
  /** Written on each new assessment, e.g. "Imported from matrix.csv". */
  note: string
  createId: () => string
}

export interface MatrixImportPlan {
  newCategories: SkillCategory[]
  newSkills: Skill[]
  assessments: Assessment[]
  requiredLevels: RequiredLevels | null
  /** What the commit writes to role requirements: empty unless the user chose 'roles'. */
  requirements: RequirementPlan
  /** What applying the required levels would do, shown while the user decides. */
  requirementsIfApplied: RequirementPlan
  unknownPeople: { row: number; label: string }[]
  problems: MatrixProblem[]
  rows: MatrixRowPreview[]
  counts: MatrixImportCounts
}
