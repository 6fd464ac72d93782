import { z } from 'zod'
import { Id, Timestamp } from './common'
import { Person, Team } from './people'

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
  undoneAt: Timestamp.nullable().default(null),
})
export type ImportRun = z.infer<typeof ImportRun>
