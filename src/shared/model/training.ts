import { z } from 'zod'
import { Id, IsoDate, Level, OptionalDate, OptionalId } from './common'

export const LearningFormat = z.enum([
  'course',
  'workshop',
  'simulation',
  'on-the-job-coaching',
  'mentoring',
  'peer-coaching-circle',
  'role-play',
  'microlearning',
  'lunch-and-learn',
  'dedicated-learning-time',
  'self-study',
  'conference',
  'other',
])
export type LearningFormat = z.infer<typeof LearningFormat>

export const Provider = z.object({
  kind: z.enum(['internal', 'external', 'free']),
  personId: OptionalId,
  name: z.string().max(200).default(''),
})

/**
 * What the user assumes to turn a KPI change into money, and the windows it is measured over.
 * Shown beside every ROI figure. `valuePerUnit` null = not entered yet, so no ROI.
 */
export const EvaluationAssumptions = z.object({
  /**
   * Money gained per unit of KPI improvement per month (per participant when the KPI is per
   * person).
   */
  valuePerUnit: z.number().nullable().default(null),
  /** Share (0-1) of the KPI improvement credited to the training; the rest has other causes. */
  attributionShare: z.number().min(0).max(1).default(1),
  /** Months after the end of the training over which the benefit is counted. */
  benefitMonths: z.number().int().min(1).max(60).default(12),
  /** Days before the start of the training that form the "before" window. */
  windowBeforeDays: z.number().int().min(7).max(730).default(90),
  /** Days after the end of the training that form the "after" window. */
  windowAfterDays: z.number().int().min(7).max(730).default(90),
  note: z.string().max(2000).default(''),
})
export type EvaluationAssumptions = z.infer<typeof EvaluationAssumptions>

/** The assumptions of a training nobody has set any for: the schema's defaults. */
export const defaultEvaluationAssumptions: EvaluationAssumptions = EvaluationAssumptions.parse({})

export const TrainingInitiative = z.object({
  id: Id,
  title: z.string().trim().min(1).max(300),
  description: z.string().max(4000).default(''),
  format: LearningFormat,
  provider: Provider,
  cost: z.number().min(0).default(0),
  hours: z.number().min(0).default(0),
  skillTargets: z.array(z.object({ skillId: Id, targetLevel: Level })).default([]),
  /** The accountability line: outcome -> KPI -> target change -> measurement method. */
  learningOutcome: z.string().max(2000).default(''),
  kpiId: OptionalId,
  targetChange: z.number().nullable().default(null),
  measurementMethod: z.string().max(2000).default(''),
  evaluationAssumptions: EvaluationAssumptions.default(() => ({ ...defaultEvaluationAssumptions })),
})
export type TrainingInitiative = z.infer<typeof TrainingInitiative>

export const Campaign = z.object({
  id: Id,
  name: z.string().trim().min(1).max(300),
  description: z.string().max(4000).default(''),
  startDate: IsoDate,
  steps: z
    .array(
      z.object({
        initiativeId: Id,
        startWeek: z.number().int().min(0),
        weeks: z.number().int().min(1),
      }),
    )
    .default([]),
  cohortPersonIds: z.array(Id).default([]),
})
export type Campaign = z.infer<typeof Campaign>

export const EnrolmentStatus = z.enum(['enrolled', 'in-progress', 'completed', 'withdrawn'])

export const Enrolment = z.object({
  id: Id,
  personId: Id,
  initiativeId: Id,
  campaignId: OptionalId,
  status: EnrolmentStatus,
  startDate: IsoDate,
  endDate: OptionalDate,
})
export type Enrolment = z.infer<typeof Enrolment>

export const DevelopmentPlan = z.object({
  id: Id,
  personId: Id,
  period: z.string().min(1).max(20),
  focusSkillIds: z.array(Id).default([]),
  goalIds: z.array(Id).default([]),
  status: z.enum(['active', 'closed']).default('active'),
  createdAt: IsoDate,
})
export type DevelopmentPlan = z.infer<typeof DevelopmentPlan>

export const PlanEvidence = z.object({
  kind: z.enum(['checkin', 'feedback']),
  id: Id,
  /** The answered section of a check-in; null for feedback or a whole check-in. */
  sectionId: OptionalId,
})
export type PlanEvidence = z.infer<typeof PlanEvidence>

export const PlanItemStatus = z.enum(['planned', 'in-progress', 'completed', 'applied'])

export const PlanItem = z.object({
  id: Id,
  planId: Id,
  personId: Id,
  kind: z.enum(['enrolment', 'activity']),
  enrolmentId: OptionalId,
  title: z.string().trim().min(1).max(300),
  status: PlanItemStatus,
  startDate: OptionalDate,
  dueDate: OptionalDate,
  hours: z.number().min(0).default(0),
  cost: z.number().min(0).default(0),
  skillIds: z.array(Id).default([]),
  /** What shows the item was applied on the job: a check-in answer or a feedback entry. */
  evidence: z.array(PlanEvidence).default([]),
  /** The colleague who mentors them, for a mentoring pair. */
  mentorId: Id.nullable().optional(),
})
export type PlanItem = z.infer<typeof PlanItem>

const EvaluationBase = {
  id: Id,
  enrolmentId: Id,
  date: IsoDate,
  note: z.string().max(4000).default(''),
}

/** One of the four Kirkpatrick levels recorded for an enrolment. */
export const Evaluation = z.discriminatedUnion('kind', [
  z.object({
    ...EvaluationBase,
    kind: z.literal('reaction'),
    relevance: z.number().int().min(1).max(5),
    engagement: z.number().int().min(1).max(5),
    wouldRecommend: z.boolean(),
    /** From the participant's own answer (a training reaction request); absent when typed in. */
    usefulness: z.number().int().min(1).max(5).nullable().optional(),
    confidence: z.number().int().min(1).max(5).nullable().optional(),
    /** The response it came from, when the participant answered a request. */
    responseId: Id.nullable().optional(),
  }),
  z.object({
    ...EvaluationBase,
    kind: z.literal('learning'),
    scoreBefore: z.number().min(0).max(100),
    scoreAfter: z.number().min(0).max(100),
  }),
  z.object({
    ...EvaluationBase,
    kind: z.literal('behaviour'),
    observationRating: z.number().int().min(1).max(5),
  }),
  z.object({
    ...EvaluationBase,
    kind: z.literal('results'),
    kpiId: Id,
    valueBefore: z.number(),
    valueAfter: z.number(),
  }),
])
export type Evaluation = z.infer<typeof Evaluation>
