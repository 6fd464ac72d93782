import type {
  ActionItem,
  Assessment,
  Campaign,
  Checkin,
  DevelopmentPlan,
  Enrolment,
  Evaluation,
  FeedbackEntry,
  Goal,
  GoalUpdate,
  Kpi,
  KpiMeasurement,
  Person,
  PlanItem,
  Team,
  TrainingInitiative,
  WorkspaceSettings,
} from '../../model'

/** The records the evaluation reads: plain arrays, as stored. */
export interface EvaluationData {
  people: Person[]
  teams: Team[]
  initiatives: TrainingInitiative[]
  campaigns: Campaign[]
  enrolments: Enrolment[]
  evaluations: Evaluation[]
  assessments: Assessment[]
  checkins: Checkin[]
  feedback: FeedbackEntry[]
  kpis: Kpi[]
  kpiMeasurements: KpiMeasurement[]
  planItems: PlanItem[]
  settings: Pick<WorkspaceSettings, 'hourlyCost' | 'matrixSource' | 'defaultCadence'>
}

export interface SignalData extends EvaluationData {
  actionItems: ActionItem[]
  plans: DevelopmentPlan[]
  goals: Goal[]
  goalUpdates: GoalUpdate[]
}

/** Level 1: what participants thought of the training. */
export interface ReactionLevel {
  responses: number
  relevance: number
  engagement: number
  /** Share (0-1) of respondents who would recommend it. */
  wouldRecommendShare: number
  comments: string[]
}

/** Level 2: what they learned. */
export interface LearningLevel {
  /** Number of enrolments with a before/after score. */
  scored: number
  scoreBefore: number | null
  scoreAfter: number | null
  /** Number of enrolments with an assessed level both before and after the training window. */
  assessed: number
  /** Average change in assessed level of the target skills (after - before). */
  levelChange: number | null
}

/** Level 3: whether the skill is used on the job. */
export interface BehaviourLevel {
  /** Enrolments with any behaviour evidence. */
  withEvidence: number
  /** Check-in answers to "put into practice" linked to the training's skills or plan item. */
  practisedAnswers: number
  /** Feedback entries on the target skills after the training. */
  feedbackEntries: number
  praiseEntries: number
  /** Number of manager observation ratings, and their average (1-5). */
  observations: number
  observationRating: number | null
}

/** Level 4: whether the business KPI moved. */
export interface ResultsLevel {
  kpiId: string
  kpiName: string
  unit: string
  direction: Kpi['direction']
  scope: Kpi['scope']
  /** Enrolments with a before and an after value. */
  measured: number
  before: number
  after: number
  /** after - before, in KPI units. */
  change: number
  /** The change in the better direction (positive = better). */
  improvement: number
  targetChange: number | null
  /** Whether the change reached the target (null when no target). */
  isTargetMet: boolean | null
  /** The same change for people who were not enrolled, where the KPI is per person. */
  comparisonChange: number | null
  comparisonSubjects: number
  /** Where the numbers came from. */
  source: 'measurements' | 'recorded' | 'mixed'
  /** True while an after window has not finished yet. */
  isAfterWindowOpen: boolean
}

export interface FourLevels {
  reaction: ReactionLevel | null
  learning: LearningLevel | null
  behaviour: BehaviourLevel | null
  results: ResultsLevel[] | null
}

export interface CostBreakdown {
  participants: number
  fees: number
  hours: number
  hourlyCost: number
  timeCost: number
  total: number
}

export interface RoiResult {
  cost: CostBreakdown
  /** null when there is no KPI change or no value per unit to monetise it. */
  benefit: number | null
  /** (benefit - cost) / cost; null when it cannot be computed. */
  roi: number | null
  /** Plain words: why there is no ROI, or how it was computed. */
  explanation: string
}

export interface RetentionPoint {
  months: 6 | 12
  /** People enrolled whose horizon has passed. */
  enrolledEligible: number
  enrolledRetained: number
  enrolledShare: number | null
  othersEligible: number
  othersRetained: number
  othersShare: number | null
}

export interface EvaluationCard {
  kind: 'initiative' | 'campaign'
  id: string
  title: string
  enrolments: number
  completed: number
  withdrawn: number
  levels: FourLevels
  roi: RoiResult
  retention: RetentionPoint[]
  /** What is still missing before the training can be judged. */
  evidenceNeeded: string[]
}
