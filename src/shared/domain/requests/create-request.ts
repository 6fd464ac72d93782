import { z } from 'zod'
import { Id, IsoDate } from '../../model/common'
import type { Person } from '../../model/people'
import {
  RequestKind,
  type InputRequest,
  type Question,
  type RequestContext,
  type RequestRecipient,
} from '../../model/requests'
import { addDays } from '../dates/iso-date'
import { requestKindLabels } from './kinds'
import { buildPulseQuestions, defaultPulseQuestionIds, pulseLibrary } from './pulse-library'
import {
  buildAspirationQuestions,
  buildCheckinPrepQuestions,
  buildPeerFeedbackQuestions,
  buildSelfReviewQuestions,
  buildTrainingReactionQuestions,
  type RequestSourceData,
} from './questions'

/** What the New request form holds. */
export const NewRequestInput = z
  .object({
    kind: RequestKind,
    title: z.string().trim().min(1, 'Give the request a title.').max(200),
    message: z.string().max(2000, 'Keep the message under 2,000 characters.'),
    askedBy: z
      .string()
      .trim()
      .min(1, 'Say who is asking: your name as the page shows it.')
      .max(200),
    dueDate: IsoDate,
    expiresOn: IsoDate,
    personIds: z.array(Id).min(1, 'Choose at least one person to ask.').max(1000),
    cycleId: Id.nullable(),
    enrolmentId: Id.nullable(),
    subjectPersonId: Id.nullable(),
    isAnonymous: z.boolean(),
    pulseQuestions: z
      .array(z.object({ id: z.string().min(1).max(60), prompt: z.string().trim().max(500) }))
      .max(12, 'A pulse asks at most 12 agreement questions.'),
    aspirationSkillIds: z.array(Id).max(300),
  })
  .superRefine((input, ctx) => {
    const problem = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message })
    if (input.expiresOn < input.dueDate) {
      problem('expiresOn', 'The request cannot expire before it is due: choose a later expiry.')
    }
    if (input.kind === 'self-review' && input.cycleId === null) {
      problem('cycleId', 'Choose the review cycle this self-review is for.')
    }
    if (input.kind === 'training-reaction' && input.enrolmentId === null) {
      problem('enrolmentId', 'Choose the training this reaction is about.')
    }
    if (input.kind === 'peer-feedback') {
      if (input.subjectPersonId === null) {
        problem('subjectPersonId', 'Choose the colleague the feedback is about.')
      } else if (input.personIds.includes(input.subjectPersonId)) {
        problem('personIds', 'The colleague the feedback is about cannot be one of the raters.')
      }
    }
    if (input.kind === 'team-pulse') {
      if (input.pulseQuestions.length === 0) {
        problem('pulseQuestions', 'Pick at least one statement for the pulse.')
      }
      input.pulseQuestions.forEach((q, index) => {
        if (q.prompt.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['pulseQuestions', index, 'prompt'],
            message: 'A statement cannot be empty: write it or remove it.',
          })
        }
      })
    }
  })
export type NewRequestInput = z.infer<typeof NewRequestInput>

/** Where a request was started from, to fill the form in. */
export type RequestStart = {
  kind: RequestKind
  personIds?: string[]
  cycleId?: string | null
  enrolmentId?: string | null
  subjectPersonId?: string | null
  teamId?: string | null
}

export function createDefaultRequestInput(
  start: RequestStart,
  data: RequestSourceData,
  options: { today: string; askedBy: string },
): NewRequestInput {
  const dueDate = addDays(options.today, start.kind === 'team-pulse' ? 7 : 14)
  const teamPeople =
    start.teamId === undefined || start.teamId === null
      ? []
      : activePeople(data)
          .filter((p) => p.teamId === start.teamId)
          .map((p) => p.id)
  const enrolment = data.enrolments.find((e) => e.id === start.enrolmentId)
  const cycle = data.reviewCycles.find((c) => c.id === start.cycleId)
  const personIds =
    start.personIds ??
    (start.kind === 'team-pulse' && teamPeople.length === 0
      ? activePeople(data).map((p) => p.id)
      : teamPeople.length > 0
        ? teamPeople
        : enrolment
          ? [enrolment.personId]
          : cycle
            ? cycle.personIds
            : [])
  return {
    kind: start.kind,
    title: defaultTitle(start, data),
    message: '',
    askedBy: options.askedBy,
    dueDate,
    expiresOn: addDays(dueDate, 14),
    personIds,
    cycleId: start.cycleId ?? (start.kind === 'self-review' ? (latestCycleId(data) ?? null) : null),
    enrolmentId: start.enrolmentId ?? null,
    subjectPersonId: start.subjectPersonId ?? null,
    isAnonymous: start.kind === 'team-pulse',
    pulseQuestions: pulseLibrary.filter((q) => defaultPulseQuestionIds.includes(q.id)),
    aspirationSkillIds: [],
  }
}

function defaultTitle(start: RequestStart, data: RequestSourceData): string {
  const label = requestKindLabels[start.kind]
  if (start.kind === 'self-review') {
    const cycle = data.reviewCycles.find((c) => c.id === (start.cycleId ?? latestCycleId(data)))
    return cycle ? `Self-review: ${cycle.name}` : label
  }
  if (start.kind === 'training-reaction') {
    const enrolment = data.enrolments.find((e) => e.id === start.enrolmentId)
    const initiative = data.initiatives.find((i) => i.id === enrolment?.initiativeId)
    return initiative ? `Your view of ${initiative.title}` : label
  }
  if (start.kind === 'peer-feedback') {
    const subject = data.people.find((p) => p.id === start.subjectPersonId)
    return subject ? `Feedback for ${subject.displayName}` : label
  }
  return label
}

function latestCycleId(data: RequestSourceData): string | undefined {
  return [...data.reviewCycles].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0]?.id
}

function activePeople(data: RequestSourceData): Person[] {
  return data.people.filter((p) => p.status === 'active')
}

export type CreateRequestResult =
  { ok: true; request: InputRequest } | { ok: false; field: string; message: string }

/** Builds the request and one recipient (file) per person, or for a pulse one for the team. */
export function createInputRequest(
  raw: NewRequestInput,
  data: RequestSourceData,
  options: { id: string; today: string; newToken: () => string },
): CreateRequestResult {
  const parsed = NewRequestInput.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, field: String(issue?.path[0] ?? 'title'), message: issue?.message ?? '' }
  }
  const input = parsed.data
  if (input.dueDate < options.today) {
    return {
      ok: false,
      field: 'dueDate',
      message: 'The due date is in the past: choose today or later.',
    }
  }
  const people = input.personIds.map((id) => data.people.find((p) => p.id === id))
  const missing = input.personIds.find((_, index) => people[index] === undefined)
  if (missing !== undefined) {
    return { ok: false, field: 'personIds', message: 'One of the chosen people no longer exists.' }
  }
  const found = people as Person[]
  const cycle = data.reviewCycles.find((c) => c.id === input.cycleId) ?? null
  const enrolment = data.enrolments.find((e) => e.id === input.enrolmentId) ?? null
  const initiative = data.initiatives.find((i) => i.id === enrolment?.initiativeId) ?? null
  const subject = data.people.find((p) => p.id === input.subjectPersonId) ?? null
  const roleName = (person: Person) =>
    data.roleProfiles.find((r) => r.id === person.roleId)?.name ?? ''
  const baseContext: RequestContext = {
    personName: '',
    roleName: '',
    subjectName: subject?.displayName ?? '',
    trainingTitle: initiative?.title ?? '',
    cycleName: cycle?.name ?? '',
    notes: [],
  }
  const recipient = (personId: string | null, questions: Question[], context: RequestContext) => ({
    token: options.newToken(),
    personId,
    questions,
    context,
    exportedAt: null,
    answeredAt: null,
  })
  let recipients: RequestRecipient[]
  if (input.kind === 'team-pulse') {
    recipients = [recipient(null, buildPulseQuestions(input.pulseQuestions), baseContext)]
  } else {
    recipients = []
    for (const person of found) {
      const questions = buildQuestions(input, data, person, {
        cycle,
        subjectName: subject?.displayName ?? '',
        trainingTitle: initiative?.title ?? '',
      })
      if (questions.length === 0) {
        return {
          ok: false,
          field: 'personIds',
          message: `There is nothing to ask ${person.displayName}: their role lists no skills. Give them a role first.`,
        }
      }
      recipients.push(
        recipient(person.id, questions, {
          ...baseContext,
          personName: person.displayName,
          roleName: roleName(person),
          notes: scaleNotes(input.kind, data),
        }),
      )
    }
  }
  return {
    ok: true,
    request: {
      id: options.id,
      kind: input.kind,
      title: input.title,
      message: input.message,
      askedBy: input.askedBy,
      createdAt: options.today,
      dueDate: input.dueDate,
      expiresOn: input.expiresOn,
      status: 'open',
      cycleId: input.kind === 'self-review' ? input.cycleId : null,
      enrolmentId: input.kind === 'training-reaction' ? input.enrolmentId : null,
      subjectPersonId: input.kind === 'peer-feedback' ? input.subjectPersonId : null,
      isAnonymous: input.kind === 'team-pulse' ? true : input.isAnonymous,
      audiencePersonIds: input.personIds,
      recipients,
    },
  }
}

function buildQuestions(
  input: NewRequestInput,
  data: RequestSourceData,
  person: Person,
  about: {
    cycle: { periodStart: string; periodEnd: string } | null
    subjectName: string
    trainingTitle: string
  },
): Question[] {
  switch (input.kind) {
    case 'self-review':
      return buildSelfReviewQuestions(data, person, about.cycle)
    case 'checkin-prep':
      return buildCheckinPrepQuestions(data)
    case 'aspirations':
      return buildAspirationQuestions(data, person, input.aspirationSkillIds)
    case 'peer-feedback':
      return buildPeerFeedbackQuestions(about.subjectName)
    case 'training-reaction':
      return buildTrainingReactionQuestions(about.trainingTitle)
    case 'team-pulse':
      return []
  }
}

function scaleNotes(kind: RequestKind, data: RequestSourceData): RequestContext['notes'] {
  if (kind !== 'self-review') return []
  const levels = [...data.scaleLevels].sort((a, b) => a.level - b.level)
  return [
    {
      heading: 'How the scale works',
      text: levels.map((l) => `${l.level} ${l.label}: ${l.descriptor}`).join('\n'),
    },
  ]
}
