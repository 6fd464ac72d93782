import { z } from 'zod'
import { Id, IsoDate } from './common'

export const ReviewCycle = z.object({
  id: Id,
  name: z.string().trim().min(1).max(200),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  personIds: z.array(Id).default([]),
})
export type ReviewCycle = z.infer<typeof ReviewCycle>

const Rating = z.number().int().min(0).max(10)

export const Review = z.object({
  id: Id,
  cycleId: Id,
  personId: Id,
  raterName: z.string().max(200).default(''),
  state: z.enum(['draft', 'ready', 'shared', 'final']).default('draft'),
  skillRatings: z
    .array(z.object({ skillId: Id, rating: Rating, evidenceIds: z.array(Id).default([]) }))
    .default([]),
  goalRatings: z
    .array(z.object({ goalId: Id, rating: Rating, evidenceIds: z.array(Id).default([]) }))
    .default([]),
  selfRatings: z.array(z.object({ skillId: Id, rating: Rating })).default([]),
  overallRating: Rating.nullable().default(null),
  potential: z.enum(['low', 'medium', 'high']).nullable().default(null),
  strengths: z.string().max(8000).default(''),
  growthAreas: z.string().max(8000).default(''),
  nextGoals: z.string().max(8000).default(''),
  /** Calibration: the 9-box performance row when moved by hand (null: from the overall rating). */
  calibratedPerformance: z.enum(['low', 'medium', 'high']).nullable().optional(),
  calibrationNote: z.string().max(4000).optional(),
  updatedAt: IsoDate,
})
export type Review = z.infer<typeof Review>
