import { z } from 'zod'
import { Id, IsoDate, OptionalDate, OptionalId } from './common'

export const TemplateSection = z.object({
  id: Id,
  prompt: z.string().trim().min(1).max(500),
  help: z.string().max(1000).default(''),
})

export const CheckinTemplate = z.object({
  id: Id,
  name: z.string().trim().min(1).max(120),
  kind: z.enum(['development', 'general', 'goal-review', 'first-90-days', 'custom']),
  sections: z.array(TemplateSection).min(1),
  isBuiltIn: z.boolean().default(false),
})
export type CheckinTemplate = z.infer<typeof CheckinTemplate>

/** The employee's own 1:1 prep: their answers per section, talking points and mood. */
export const CheckinPrep = z.object({
  responseId: Id,
  submittedAt: z.string().max(40),
  answers: z.array(z.object({ sectionId: Id, text: z.string().max(8000) })).default([]),
  agenda: z.array(z.string().max(1000)).default([]),
  mood: z.number().int().min(1).max(5).nullable().default(null),
})
export type CheckinPrep = z.infer<typeof CheckinPrep>

export const Checkin = z.object({
  id: Id,
  personId: Id,
  date: IsoDate,
  templateId: Id,
  answers: z.array(z.object({ sectionId: Id, text: z.string().max(8000) })).default([]),
  /** May go into the review packet. */
  sharedNotes: z.string().max(20000).default(''),
  /** The manager's own notes: never exported unless ticked for that export. */
  privateNotes: z.string().max(20000).default(''),
  mood: z.number().int().min(1).max(5).nullable().default(null),
  skillIds: z.array(Id).default([]),
  goalIds: z.array(Id).default([]),
  planItemIds: z.array(Id).default([]),
  /** Talking points picked for this conversation, in order. */
  agenda: z.array(z.string().max(1000)).default([]),
  status: z.enum(['draft', 'done']).default('done'),
  /** What the employee sent before the conversation (a 1:1 prep request), in their words. */
  prep: CheckinPrep.nullable().optional(),
})
export type Checkin = z.infer<typeof Checkin>

export const ActionItem = z.object({
  id: Id,
  checkinId: Id,
  personId: Id,
  text: z.string().trim().min(1).max(1000),
  owner: z.enum(['manager', 'employee']),
  dueDate: OptionalDate,
  isDone: z.boolean().default(false),
  doneDate: OptionalDate,
  /** Set on the copy made when an open item moves to the next check-in; the original then counts as carried, not open. */
  carriedFromId: OptionalId,
})
export type ActionItem = z.infer<typeof ActionItem>

/** An observation logged when it happens: situation, behaviour, impact. */
export const FeedbackEntry = z.object({
  id: Id,
  personId: Id,
  date: IsoDate,
  kind: z.enum(['praise', 'constructive', 'observation']),
  source: z.enum(['manager', 'peer', 'customer', 'self']),
  authorName: z.string().max(200).default(''),
  situation: z.string().max(4000).default(''),
  behaviour: z.string().max(4000).default(''),
  impact: z.string().max(4000).default(''),
  skillIds: z.array(Id).default([]),
  goalIds: z.array(Id).default([]),
  /** Peer feedback that came back from a request: the response, and whether to hide the rater. */
  responseId: Id.nullable().optional(),
  isAnonymous: z.boolean().optional(),
})
export type FeedbackEntry = z.infer<typeof FeedbackEntry>
