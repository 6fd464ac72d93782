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
  LeaverRecord,
  Person,
  PlanItem,
  Team,
  TrainingInitiative,
  WorkspaceSettings,
} from '../../model'

/** The records the evaluation reads: plain arrays, as stored. */
export interface EvaluationData {
  people: Person[]
  /** Who left and when: retention reads these, not guesses from the person records. */
  leavers: LeaverRecord[]
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
  settings: Pick<WorkspaceSettings, 'hourlyCost' | 'matrixSource' | 'defaultCadence' | 'currency'>
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
  /** Over the surveys that asked it (a participant's own answers); null when none did. */
  usefulness: { average: number; count: number } | null
  confidence: { average: number; count: number } | null
  /** Surveys the participants sent themselves (a training reaction request). */
  fromParticipant: number
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
  /** End dates of the measured enrolments, earliest first. */
  endDates: string[]
  /** The last day of the latest after window (null when every value was recorded by hand). */
  afterWindowEnds: string | null
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

/** Where a training's return stands, in the words the screen uses. */
export type RoiStatus =
  | 'paid-back'
  | 'not-paid-back-yet'
  | 'negative'
  | 'waiting-for-results'
  | 'no-value'
  | 'no-kpi'
  | 'not-finished'
  | 'no-cost'

/** One KPI's benefit and the assumptions it rests on. */
export interface BenefitItem {
  kpiId: string
  kpiName: string
  unit: string
  /** The KPI change in the better direction, net of the change for people not enrolled. */
  netImprovement: number
  /** Whether `netImprovement` is net of a comparison group (per-person KPIs). */
  isNetOfComparison: boolean
  /** Participants the value is counted for: the measured ones for a per-person KPI, else 1. */
  participants: number
  valuePerUnit: number
  attributionShare: number
  benefitMonths: number
  /** netImprovement x valuePerUnit x participants x attributionShare, never below 0. */
  monthlyBenefit: number
  /** Months of benefit counted so far: the mean time since the measured enrolments ended. */
  monthsCounted: number
  /** monthlyBenefit x monthsCounted. */
  benefit: number
  targetChange: number | null
  change: number
  isTargetMet: boolean | null
}

export interface RoiResult {
  cost: CostBreakdown
  /** One entry per KPI with a value per unit. */
  items: BenefitItem[]
  /** KPIs with a result but no value per unit yet. */
  unvalued: string[]
  /** Benefit counted so far; null when there is no valued KPI result. */
  benefit: number | null
  /** Benefit a month at the measured improvement. */
  monthlyBenefit: number | null
  /** Benefit over the whole benefit period at the measured improvement. */
  periodBenefit: number | null
  /** (benefit so far - cost) / cost; null when it cannot be computed. */
  roi: number | null
  /** The same over the whole benefit period, at the rate measured so far. */
  periodRoi: number | null
  /** When the benefit counted catches up with the cost at the measured rate; null if never. */
  paybackDate: string | null
  status: RoiStatus
  /** One line a manager reads: why the ROI is what it is, or why there is none. */
  why: string
  /** How the figure is computed. */
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
  /** The same, each as a short name for the at-a-glance table ("3 surveys"). */
  evidenceMissing: string[]
}
