import { type z } from 'zod'
import {
  AgendaMark,
  CareerEvent,
  CareerPath,
  Certification,
  LeaverRecord,
  Material,
} from './careers'
import { ActionItem, Checkin, CheckinTemplate, FeedbackEntry } from './checkins'
import { Goal, GoalUpdate, KeyResult, Kpi, KpiMeasurement } from './goals'
import { ImportRun } from './imports'
import { Person, Team } from './people'
import { InputRequest, RequestResponse } from './requests'
import { Review, ReviewCycle } from './reviews'
import { SettingRecord } from './settings'
import {
  Aspiration,
  Assessment,
  BusinessGoal,
  RequirementOverride,
  RoleProfile,
  RoleRequirement,
  ScaleLevel,
  Skill,
  SkillCategory,
} from './skills'
import {
  Campaign,
  DevelopmentPlan,
  Enrolment,
  Evaluation,
  PlanItem,
  TrainingInitiative,
} from './training'

/** Every table of a workspace and the schema of its records, in a stable order. */
export const tableSchemas = {
  teams: Team,
  people: Person,
  skillCategories: SkillCategory,
  skills: Skill,
  scaleLevels: ScaleLevel,
  roleProfiles: RoleProfile,
  roleRequirements: RoleRequirement,
  requirementOverrides: RequirementOverride,
  assessments: Assessment,
  aspirations: Aspiration,
  businessGoals: BusinessGoal,
  goals: Goal,
  keyResults: KeyResult,
  goalUpdates: GoalUpdate,
  kpis: Kpi,
  kpiMeasurements: KpiMeasurement,
  initiatives: TrainingInitiative,
  campaigns: Campaign,
  enrolments: Enrolment,
  evaluations: Evaluation,
  plans: DevelopmentPlan,
  planItems: PlanItem,
  checkinTemplates: CheckinTemplate,
  checkins: Checkin,
  actionItems: ActionItem,
  feedback: FeedbackEntry,
  reviewCycles: ReviewCycle,
  reviews: Review,
  settings: SettingRecord,
  importRuns: ImportRun,
  requests: InputRequest,
  responses: RequestResponse,
  careerEvents: CareerEvent,
  leavers: LeaverRecord,
  careerPaths: CareerPath,
  certifications: Certification,
  materials: Material,
  agendaMarks: AgendaMark,
} as const

export type TableName = keyof typeof tableSchemas
export const tableNames = Object.keys(tableSchemas) as TableName[]

export type TableRecord<T extends TableName> = z.infer<(typeof tableSchemas)[T]>

/** A whole workspace as plain arrays, one per table. */
export type WorkspaceData = { [T in TableName]: TableRecord<T>[] }

export function createEmptyWorkspaceData(): WorkspaceData {
  return Object.fromEntries(tableNames.map((name) => [name, []])) as unknown as WorkspaceData
}

export function countRecords(data: WorkspaceData): Record<TableName, number> {
  return Object.fromEntries(tableNames.map((name) => [name, data[name].length])) as Record<
    TableName,
    number
  >
}
