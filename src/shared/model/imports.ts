import { z } from 'zod'
import { Id, Timestamp } from './common'
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
