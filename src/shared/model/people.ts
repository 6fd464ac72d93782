import { z } from 'zod'
import { Cadence, Id, IsoDate, OptionalDate, OptionalId } from './common'

export const Team = z.object({
  id: Id,
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).default(''),
  parentTeamId: OptionalId,
  leadPersonId: OptionalId,
})
export type Team = z.infer<typeof Team>

export const PersonStatus = z.enum(['active', 'left'])
export const WorkArrangement = z.enum(['onsite', 'hybrid', 'remote'])

export const Person = z.object({
  id: Id,
  employeeId: z.string().max(64).nullable().default(null),
  displayName: z.string().trim().min(1).max(200),
  givenName: z.string().max(100).default(''),
  familyName: z.string().max(100).default(''),
  email: z.string().max(254).default(''),
  title: z.string().max(200).default(''),
  teamId: OptionalId,
  managerId: OptionalId,
  roleId: OptionalId,
  hireDate: OptionalDate,
  status: PersonStatus.default('active'),
  leftDate: OptionalDate,
  workArrangement: WorkArrangement.nullable().default(null),
  location: z.string().max(120).default(''),
  checkinCadence: Cadence.nullable().default(null),
  customFields: z.record(z.string(), z.string()).default({}),
  createdAt: IsoDate,
  /** How they were hired, when an import said: from inside the business, or from outside. */
  hireSource: z.enum(['internal', 'external']).nullable().optional(),
})
export type Person = z.infer<typeof Person>
