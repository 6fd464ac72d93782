import { z } from 'zod'
import { Id, IsoDate, OptionalDate, OptionalId, Timestamp } from './common'

/**
 * Input requests: the manager asks a person (or a whole team, for a pulse) for what only they
 * can say. The request travels as a self-contained HTML file; the answer comes back as an
 * age-encrypted `.trellis-response` file (see src/shared/domain/requests).
 */

export const RequestKind = z.enum([
  'self-review',
  'checkin-prep',
  'aspirations',
  'peer-feedback',
  'training-reaction',
  'team-pulse',
])
export type RequestKind = z.infer<typeof RequestKind>

const QuestionBase = {
  /** Stable within the request; the answer names it. Kinds give it meaning, e.g. `skill:<id>`. */
  id: z.string().min(1).max(200),
  prompt: z.string().trim().min(1).max(500),
  help: z.string().max(2000).default(''),
  /** A heading the page groups questions under ("Your skills", "Your goals"). */
  group: z.string().max(120).default(''),
  isRequired: z.boolean().default(false),
}

export const ScaleOption = z.object({
  value: z.number().int().min(-10).max(100),
  label: z.string().trim().min(1).max(120),
  descriptor: z.string().max(1000).default(''),
})
export type ScaleOption = z.infer<typeof ScaleOption>

export const ChoiceOption = z.object({
  value: z.string().min(1).max(200),
  label: z.string().trim().min(1).max(200),
})
export type ChoiceOption = z.infer<typeof ChoiceOption>

/** One question of a request, by the answer it takes. */
export const Question = z.discriminatedUnion('type', [
  /** A whole number from a fixed list: a skill level, an agreement, eNPS 0-10, a mood. */
  z.object({
    ...QuestionBase,
    type: z.literal('scale'),
    options: z.array(ScaleOption).min(2).max(11),
  }),
  /** Free text. */
  z.object({
    ...QuestionBase,
    type: z.literal('text'),
    maxLength: z.number().int().min(1).max(8000).default(4000),
  }),
  /** Several short texts, e.g. agenda items. */
  z.object({
    ...QuestionBase,
    type: z.literal('list'),
    maxItems: z.number().int().min(1).max(20).default(8),
    itemMaxLength: z.number().int().min(1).max(1000).default(500),
  }),
  /** One value (or several, when `isMultiple`) of a list: the next role, skills to grow. */
  z.object({
    ...QuestionBase,
    type: z.literal('choice'),
    options: z.array(ChoiceOption).min(1).max(300),
    isMultiple: z.boolean().default(false),
  }),
])
export type Question = z.infer<typeof Question>
export type QuestionType = Question['type']

/** What the page shows around the questions: only what the manager chose to include. */
export const RequestContext = z.object({
  /** Whom the file is for; empty for a team pulse, which names nobody. */
  personName: z.string().max(200).default(''),
  roleName: z.string().max(160).default(''),
  /** Peer feedback: the colleague the feedback is about. */
  subjectName: z.string().max(200).default(''),
  trainingTitle: z.string().max(300).default(''),
  cycleName: z.string().max(200).default(''),
  /** Headed paragraphs of plain text, e.g. "How the scale works". */
  notes: z
    .array(z.object({ heading: z.string().max(200), text: z.string().max(4000) }))
    .max(20)
    .default([]),
})
export type RequestContext = z.infer<typeof RequestContext>

/** One file of a request: a person (or, for a pulse, the whole team) and their questions. */
export const RequestRecipient = z.object({
  /** A random UUID, written into the file and echoed by the response. */
  token: z.string().uuid(),
  /** Null for a team pulse's one file. */
  personId: OptionalId,
  questions: z.array(Question).min(1).max(300),
  context: RequestContext,
  /** The last time the file was written (a reminder moves it). */
  exportedAt: OptionalDate,
  /** When the first response for this file was imported. */
  answeredAt: OptionalDate,
})
export type RequestRecipient = z.infer<typeof RequestRecipient>

export const RequestStatus = z.enum(['open', 'closed'])

export const InputRequest = z.object({
  id: Id,
  kind: RequestKind,
  title: z.string().trim().min(1).max(200),
  /** Why the manager asks, shown at the top of the page. */
  message: z.string().max(2000).default(''),
  /** Who asks, as the page names them. */
  askedBy: z.string().trim().min(1).max(200),
  createdAt: IsoDate,
  dueDate: IsoDate,
  /** After this day the page refuses to save and Trellis refuses to import. */
  expiresOn: IsoDate,
  status: RequestStatus.default('open'),
  cycleId: OptionalId,
  enrolmentId: OptionalId,
  /** Peer feedback: the colleague it is about. */
  subjectPersonId: OptionalId,
  /** Answers are shown without the rater's name (a pulse always is). */
  isAnonymous: z.boolean().default(false),
  /** Everyone asked: for a pulse the team the one file went to (the response rate's base). */
  audiencePersonIds: z.array(Id).default([]),
  recipients: z.array(RequestRecipient).min(1).max(1000),
})
export type InputRequest = z.infer<typeof InputRequest>

export const AnswerValue = z.union([
  z.number().int(),
  z.string().max(8000),
  z.array(z.string().max(1000)).max(300),
  z.null(),
])
export type AnswerValue = z.infer<typeof AnswerValue>

export const Answer = z.object({ questionId: z.string().min(1).max(200), value: AnswerValue })
export type Answer = z.infer<typeof Answer>

/** A response as imported: the answers, kept for the views that show them in the person's words. */
export const RequestResponse = z.object({
  /** The response's own UUID from the file: a second import of the same file is refused by it. */
  id: Id,
  requestId: Id,
  recipientToken: z.string().uuid(),
  /** Who answered; null for a pulse, whose files carry no name. */
  personId: OptionalId,
  submittedAt: Timestamp,
  importedAt: Timestamp,
  fileName: z.string().max(260).default(''),
  answers: z.array(Answer).max(300),
})
export type RequestResponse = z.infer<typeof RequestResponse>

/** Where the workspace's response key lives: the secret sealed by the OS (safeStorage), never plain. */
export const ResponseKeyRecord = z.object({
  /** The X25519 recipient (`age1…`) request pages encrypt to. */
  recipient: z.string().regex(/^age1[0-9a-z]{58}$/),
  /** The identity, sealed by main with the OS's secret storage, base64. */
  sealedIdentity: z.string().min(1).max(4000),
  createdAt: Timestamp,
})
export type ResponseKeyRecord = z.infer<typeof ResponseKeyRecord>
export const responseKeySettingKey = 'responseKey'
