import type {
  Aspiration,
  Assessment,
  AssessmentSource,
  DemandSource,
  Person,
  RequirementOverride,
  RoleRequirement,
  Skill,
  WorkspaceSettings,
} from '../../model'
import type { AssessmentList } from './assessment-table'

export type MatrixSource = WorkspaceSettings['matrixSource']

export const defaultMatrixSource: MatrixSource = 'manager'
export const defaultSystemicGapThreshold = 0.4
/** One person's gap is individual by definition, so a systemic gap needs at least two people. */
export const minPeopleForSystemicGap = 2
/** Training impact counts a gap in a critical skill this many times. */
export const criticalImpactWeight = 2

/** The level a person needs in a skill, with the demand behind it. */
export interface Requirement {
  personId: string
  skillId: string
  requiredLevel: number
  demandSource: DemandSource
  businessGoalId: string | null
  origin: 'role' | 'override'
  /** The RoleRequirement or RequirementOverride that set the level. */
  recordId: string
  /** The role's own requirement when an override replaced it; its demand still counts in filters. */
  replacedRoleRequirement: RoleRequirement | null
}

/** personId -> skillId -> requirement. */
export type RequirementIndex = ReadonlyMap<string, ReadonlyMap<string, Requirement>>

/** The assessment a level is read from. */
export interface CurrentLevel {
  level: number
  date: string
  source: AssessmentSource
  assessmentId: string
}

/** personId -> skillId -> latest level. */
export type LevelIndex = ReadonlyMap<string, ReadonlyMap<string, CurrentLevel>>

export interface SelfVsManager {
  personId: string
  skillId: string
  self: CurrentLevel | null
  manager: CurrentLevel | null
  /** self - manager, when both exist. */
  difference: number | null
}

/** The records the skills views read. */
export interface SkillsData {
  people: readonly Person[]
  skills: readonly Skill[]
  roleRequirements: readonly RoleRequirement[]
  requirementOverrides: readonly RequirementOverride[]
  assessments: readonly Assessment[]
  aspirations?: readonly Aspiration[]
}

export type SkillSettings = Partial<
  Pick<WorkspaceSettings, 'matrixSource' | 'systemicGapThreshold'>
>

/** Which people and skills a model covers. An empty or missing list means "no filter". */
export interface MatrixFilter {
  /** People with status 'left' are left out unless this is true. */
  includeLeft?: boolean
  personIds?: readonly string[]
  teamIds?: readonly string[]
  roleIds?: readonly string[]
  skillIds?: readonly string[]
  categoryIds?: readonly string[]
  onlyCritical?: boolean
  /** Keep only requirements that come from these demand sources. */
  demandSources?: readonly DemandSource[]
}

export interface SkillMatrixInput extends Omit<SkillsData, 'assessments'> {
  /** Records, or a table of them read in place (the packed cache of the latest ones). */
  assessments: AssessmentList
  settings?: SkillSettings
  filter?: MatrixFilter
  /** Ignore assessments dated after this day (the matrix as it stood then). */
  asOf?: string
}

export interface MatrixCell {
  /** Latest level from the counted sources; null = not assessed (counts as 0 in the gap). */
  current: number | null
  /** null = this person does not need the skill. */
  required: number | null
  /** required - current (missing = 0) when current is below required, else 0. */
  gap: number
  /** 0-3 from the person's aspiration, null when they said nothing. */
  interest: number | null
  assessedOn: string | null
  source: AssessmentSource | null
  assessmentId: string | null
}

/** One person across the model's skills: the row header and its totals. */
export interface MatrixRow {
  personId: string
  name: string
  teamId: string | null
  roleId: string | null
  requiredCount: number
  gapCount: number
  totalGap: number
  /** Required skills without any counted assessment. */
  notAssessedCount: number
  /**
   * False for an owner (owners.ts): the row's own figures describe them, but no column summary,
   * gap list or sort by gap counts them.
   */
  isCounted: boolean
}

/** One skill across the model's people: the column footer and the per-skill gap view. */
/** Owners (owners.ts) are left out of these: see MatrixRow.isCounted. */
export interface SkillGapSummary {
  skillId: string
  name: string
  categoryId: string
  isCritical: boolean
  minExperts: number
  /** People with a requirement for the skill. */
  needCount: number
  belowCount: number
  belowPersonIds: readonly string[]
  notAssessedCount: number
  /** People who need the skill and are at or above their required level. */
  holderCount: number
  shareBelow: number
  totalGap: number
  /** totalGap / needCount: the average shortfall of everyone who needs the skill. */
  meanGap: number
  highestRequiredLevel: number | null
  lowestRequiredLevel: number | null
  /** holderCount >= minExperts, or nobody in the model needs the skill. */
  isCovered: boolean
  expertShortfall: number
  isSystemic: boolean
}

export type MatrixColumn = SkillGapSummary

export interface SkillMatrixSettings {
  matrixSource: MatrixSource
  systemicGapThreshold: number
  demandSources: readonly DemandSource[] | null
  asOf: string | null
}

/**
 * An immutable people x skills model. Maps keep row and column order. An update returns a new
 * model; rows and columns that did not change keep their identity, so a UI can skip them.
 */
export interface SkillMatrix {
  readonly people: ReadonlyMap<string, Person>
  readonly skills: ReadonlyMap<string, Skill>
  readonly rows: ReadonlyMap<string, MatrixRow>
  readonly columns: ReadonlyMap<string, MatrixColumn>
  readonly settings: SkillMatrixSettings
  /**
   * O(1). The same object on every call until an update changes that cell (cells are made on
   * first read, then kept). Unknown people or skills give `emptyMatrixCell`.
   */
  getCell(personId: string, skillId: string): MatrixCell
  /** The requirement behind a cell, with its demand; null when the person does not need it. */
  getRequirement(personId: string, skillId: string): Requirement | null
}

export interface MatrixUpdate {
  model: SkillMatrix
  /** False when the assessment does not change what the matrix shows (same model returned). */
  isChanged: boolean
  cell: MatrixCell
  /** The new row summary, or null when unchanged. */
  row: MatrixRow | null
  /** The new column summary, or null when unchanged. */
  column: MatrixColumn | null
}

export interface PersonGap {
  personId: string
  skillId: string
  skillName: string
  requiredLevel: number
  currentLevel: number | null
  gap: number
  isAssessed: boolean
  isCritical: boolean
  isSystemic: boolean
  demandSource: DemandSource
  businessGoalId: string | null
}

export interface PersonGapSummary {
  personId: string
  name: string
  gapCount: number
  totalGap: number
  notAssessedCount: number
  /** Largest first. */
  topGaps: PersonGap[]
}

export interface SinglePointOfFailureAlert {
  skillId: string
  skillName: string
  kind: 'no-holder' | 'single-holder'
  /** The highest level anyone in the model needs; a holder is at or above it. */
  requiredLevel: number
  needCount: number
  holderPersonIds: string[]
  message: string
}

export interface TrainingImpact {
  skillId: string
  skillName: string
  /** totalGap x weight (criticalImpactWeight for critical skills, else 1). */
  score: number
  weight: number
  affectedPersonIds: readonly string[]
  affectedCount: number
  totalGap: number
  isCritical: boolean
  isSystemic: boolean
  reason: string
}

export interface CoveragePoint {
  /** YYYY-MM */
  month: string
  /** The day whose known assessments were used: the month's last day, or today. */
  asOf: string
  needCount: number
  holderCount: number
  belowCount: number
  notAssessedCount: number
  /** holderCount / needCount, 0 when nobody needs the skill. */
  holderShare: number
}

export interface SkillCoverageSeries {
  skillId: string
  skillName: string
  minExperts: number
  /** Oldest month first. */
  points: CoveragePoint[]
}
