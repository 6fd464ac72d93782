import { z } from 'zod'
import { Id, IsoDate, Timestamp } from './common'
import { Person, Team } from './people'
import { Review, ReviewCycle } from './reviews'

/** One committed roster import, with what it takes to undo it. */
export const ImportRun = z.object({
  id: Id,
  kind: z.literal('roster'),
  fileName: z.string().max(260),
  committedAt: Timestamp,
  counts: z.object({
    create: z.number().int().min(0),
    update: z.number().int().min(0),
    unchanged: z.number().int().min(0),
    skipped: z.number().int().min(0),
  }),
  createdPersonIds: z.array(Id).default([]),
  createdTeamIds: z.array(Id).default([]),
  /** The records as they were before this import changed them. */
  previousPeople: z.array(Person).default([]),
  previousTeams: z.array(Team).default([]),
  /** Leaver records the file added (former staff, or people who left since the last export). */
  createdLeaverIds: z.array(Id).default([]),
  /** The past review a performance column filled: what was added, and what it replaced. */
  createdCycleIds: z.array(Id).default([]),
  previousCycles: z.array(ReviewCycle).default([]),
  createdReviewIds: z.array(Id).default([]),
  previousReviews: z.array(Review).default([]),
  undoneAt: Timestamp.nullable().default(null),
})
export type ImportRun = z.infer<typeof ImportRun>

/**
 * A saved import profile: how a file of one layout (its header signature) maps, column by column
 * and value by value. Offered again when a file of that layout is opened; stored as a setting.
 */
export const ImportProfile = z.object({
  signature: z.string().min(1).max(20000),
  name: z.string().trim().min(1).max(120),
  headers: z.array(z.string().max(1000)).max(2000),
  /** One mapping target per column (see MappingTarget). */
  targets: z.array(z.string().max(40)).max(2000),
  valueChoices: z
    .record(z.string().max(1100), z.record(z.string().max(1000), z.string().max(200)))
    .default({}),
  dateOrder: z.enum(['month-first', 'day-first']).nullable().default(null),
  pastReview: z
    .object({ name: z.string().trim().min(1).max(200), periodStart: IsoDate, periodEnd: IsoDate })
    .nullable()
    .default(null),
  savedAt: Timestamp,
})
export type ImportProfile = z.infer<typeof ImportProfile>

/** The setting key a profile is stored under. */
export const importProfileKeyPrefix = 'rosterProfile:'
