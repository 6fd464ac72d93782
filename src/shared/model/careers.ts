import { z } from 'zod'
import { Id, IsoDate, OptionalDate, OptionalId, Timestamp } from './common'

/** The parts of a person's job a career event can change. */
export const CareerField = z.enum(['roleId', 'title', 'teamId', 'managerId'])
export type CareerField = z.infer<typeof CareerField>

export const CareerChange = z.object({
  field: CareerField,
  /** Ids for role, team and manager; the text for a title. Null when none was set. */
  from: z.string().max(200).nullable(),
  to: z.string().max(200).nullable(),
})
export type CareerChange = z.infer<typeof CareerChange>

/**
 * One dated change of a person's role, title, team or manager. The person record holds today's
 * values; the events, replayed backwards, give what was true on any past date.
 */
export const CareerEvent = z.object({
  id: Id,
  personId: Id,
  date: IsoDate,
  changes: z.array(CareerChange).min(1),
  isPromotion: z.boolean().default(false),
  /** Who recorded it: typed in, a roster re-import (named by its file), or the sample company. */
  source: z.enum(['manual', 'import', 'sample']).default('manual'),
  sourceName: z.string().max(260).default(''),
  importRunId: OptionalId,
  note: z.string().max(2000).default(''),
  createdAt: Timestamp,
})
export type CareerEvent = z.infer<typeof CareerEvent>

/** The standard exit-interview questions, by id; answers keep the wording they were asked in. */
export const exitInterviewQuestions = [
  { id: 'why', text: 'What made you decide to leave?' },
  { id: 'stay', text: 'What could we have done to keep you?' },
  { id: 'growth', text: 'Did you get the development you wanted here?' },
  { id: 'manager', text: 'How did your manager support you?' },
  { id: 'recommend', text: 'Would you recommend working here to a friend? Why?' },
] as const

export const ExitAnswer = z.object({
  questionId: z.string().min(1).max(40),
  question: z.string().max(300),
  answer: z.string().max(4000),
})
export type ExitAnswer = z.infer<typeof ExitAnswer>

/**
 * One time a person left. The job they left (role, team, manager) and the hire date of that stint
 * are kept with it, so reports of past periods and a later re-hire both keep what was true then.
 */
export const LeaverRecord = z.object({
  id: Id,
  personId: Id,
  date: IsoDate,
  hireDate: OptionalDate,
  isVoluntary: z.boolean(),
  isRegretted: z.boolean(),
  /** One of the workspace's leaving reasons, or '' when only the free text says why. */
  reason: z.string().max(120).default(''),
  reasonDetail: z.string().max(2000).default(''),
  exitInterview: z.array(ExitAnswer).default([]),
  roleId: OptionalId,
  teamId: OptionalId,
  managerId: OptionalId,
  createdAt: Timestamp,
})
export type LeaverRecord = z.infer<typeof LeaverRecord>

/** A ladder of roles, lowest first (Barista -> Shift lead -> Store manager). */
export const CareerPath = z.object({
  id: Id,
  name: z.string().trim().min(1).max(160),
  description: z.string().max(2000).default(''),
  roleIds: z.array(Id).min(2),
})
export type CareerPath = z.infer<typeof CareerPath>

export const Evidence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('link'), url: z.string().max(2000) }),
  z.object({ kind: z.literal('file'), materialId: Id, fileName: z.string().max(260) }),
])
export type Evidence = z.infer<typeof Evidence>

export const Certification = z.object({
  id: Id,
  personId: Id,
  name: z.string().trim().min(1).max(200),
  issuer: z.string().max(200).default(''),
  issuedOn: IsoDate,
  expiresOn: OptionalDate,
  evidence: Evidence.default({ kind: 'none' }),
})
export type Certification = z.infer<typeof Certification>

/**
 * A link or a local file attached to a training initiative (or a certification's evidence). A file
 * is copied into the workspace: its bytes live in the record, so backups and the open export carry it.
 */
export const Material = z.discriminatedUnion('kind', [
  z.object({
    id: Id,
    ownerId: Id,
    kind: z.literal('link'),
    title: z.string().trim().min(1).max(300),
    url: z.string().max(2000),
    addedAt: Timestamp,
  }),
  z.object({
    id: Id,
    ownerId: Id,
    kind: z.literal('file'),
    title: z.string().trim().min(1).max(300),
    fileName: z.string().min(1).max(260),
    size: z.number().int().min(0),
    /** The file's bytes, base64. */
    data: z.string(),
    addedAt: Timestamp,
  }),
])
export type Material = z.infer<typeof Material>

/** What the manager did with an agenda item: done, or snoozed until a date. Keyed by the item's id. */
export const AgendaMark = z.object({
  id: z.string().min(1).max(300),
  doneOn: OptionalDate,
  snoozedUntil: OptionalDate,
})
export type AgendaMark = z.infer<typeof AgendaMark>
