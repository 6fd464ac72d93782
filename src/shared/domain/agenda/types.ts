import type {
  ActionItem,
  Certification,
  Checkin,
  Enrolment,
  Evaluation,
  Goal,
  GoalUpdate,
  InputRequest,
  Kpi,
  Person,
  RequestResponse,
  Review,
  ReviewCycle,
  TrainingInitiative,
  WorkspaceSettings,
} from '../../model'

export type AgendaKind =
  | 'checkin'
  | 'action'
  | 'goal-update'
  | 'quarter-review'
  | 'review-deadline'
  | 'request'
  | 'training-results'
  | 'certification'

/** The kinds in the order the agenda lists them within one day. */
export const agendaKinds: readonly AgendaKind[] = [
  'checkin',
  'action',
  'goal-update',
  'quarter-review',
  'review-deadline',
  'request',
  'training-results',
  'certification',
]

/** Where the item's button goes: a hash path of the app (no query strings: the router has none). */
export interface AgendaAction {
  route: string
  label: string
}

export interface AgendaItem {
  /**
   * Stable across runs, so marks and calendar UIDs keep to it. Recurring kinds carry their due
   * date (`checkin:<personId>:<dueDate>`), so a mark on one occurrence leaves the next one alone.
   */
  id: string
  kind: AgendaKind
  /** When it is due, YYYY-MM-DD. */
  date: string
  personId: string | null
  title: string
  /** One plain sentence: why it is on the agenda now. */
  why: string
  /** Past its date. A certification's early warnings never are; only its expiry can be. */
  isOverdue: boolean
  action: AgendaAction
}

/** Everything the agenda reads; the records as the repositories return them. */
export interface AgendaInput {
  people: readonly Person[]
  checkins: readonly Checkin[]
  actionItems: readonly ActionItem[]
  goals: readonly Goal[]
  goalUpdates: readonly GoalUpdate[]
  kpis: readonly Kpi[]
  initiatives: readonly TrainingInitiative[]
  enrolments: readonly Enrolment[]
  evaluations: readonly Evaluation[]
  certifications: readonly Certification[]
  reviewCycles: readonly ReviewCycle[]
  reviews: readonly Review[]
  requests: readonly InputRequest[]
  responses: readonly RequestResponse[]
  settings: Pick<WorkspaceSettings, 'defaultCadence' | 'fiscalYearStartMonth'>
  /** How many days ahead upcoming items are listed; 30 when not given. */
  horizonDays?: number
}
