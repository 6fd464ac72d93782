import { z } from 'zod'
import { Id, IsoDate, OptionalDate, OptionalId } from './common'

export const GoalLevel = z.enum(['company', 'team', 'person'])
export const GoalStyle = z.enum(['okr', 'smart'])
export const GoalStatus = z.enum(['active', 'done', 'carried-over', 'dropped'])
export const Confidence = z.enum(['on-track', 'at-risk', 'off-track'])
export type Confidence = z.infer<typeof Confidence>

export const SmartChecklist = z.object({
  specific: z.boolean().default(false),
  measurable: z.boolean().default(false),
  achievable: z.boolean().default(false),
  relevant: z.boolean().default(false),
  timeBound: z.boolean().default(false),
})

export const Goal = z.object({
  id: Id,
  title: z.string().trim().min(1).max(300),
  description: z.string().max(4000).default(''),
  level: GoalLevel,
  style: GoalStyle,
  /** A period key such as `2026-Q3`. */
  period: z.string().min(1).max(20),
  parentId: OptionalId,
  teamId: OptionalId,
  ownerPersonId: OptionalId,
  dueDate: OptionalDate,
  status: GoalStatus.default('active'),
  weight: z.number().min(0).default(1),
  smart: SmartChecklist.nullable().default(null),
  skillIds: z.array(Id).default([]),
  carriedFromId: OptionalId,
  /** The quarterly review's note on the decision (done, carried over, dropped), and its day. */
  reviewNote: z.string().max(4000).optional(),
  reviewedOn: IsoDate.optional(),
})
export type Goal = z.infer<typeof Goal>

export const KeyResult = z.object({
  id: Id,
  goalId: Id,
  title: z.string().trim().min(1).max(300),
  unit: z.string().max(30).default(''),
  direction: z.enum(['increase', 'decrease']),
  baseline: z.number(),
  target: z.number(),
  current: z.number(),
  weight: z.number().min(0).default(1),
  kpiId: OptionalId,
})
export type KeyResult = z.infer<typeof KeyResult>

export const GoalUpdate = z.object({
  id: Id,
  goalId: Id,
  keyResultId: OptionalId,
  date: IsoDate,
  value: z.number().nullable().default(null),
  confidence: Confidence,
  note: z.string().max(4000).default(''),
})
export type GoalUpdate = z.infer<typeof GoalUpdate>

export const Kpi = z.object({
  id: Id,
  name: z.string().trim().min(1).max(200),
  description: z.string().max(4000).default(''),
  unit: z.string().max(30).default(''),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  scope: z.enum(['company', 'team', 'person']),
})
export type Kpi = z.infer<typeof Kpi>

export const KpiMeasurement = z.object({
  id: Id,
  kpiId: Id,
  /** The team or person measured; null for a company-wide KPI. */
  subjectId: OptionalId,
  date: IsoDate,
  value: z.number(),
})
export type KpiMeasurement = z.infer<typeof KpiMeasurement>
