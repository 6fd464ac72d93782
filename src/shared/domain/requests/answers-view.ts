import type { FeedbackEntry } from '../../model/checkins'
import type { Person } from '../../model/people'
import type { AnswerValue, InputRequest, Question, RequestResponse } from '../../model/requests'
import { interestOptions, questionIds } from './questions'

/**
 * The employee's own answers, shaped for the places they land: the review's "In their words",
 * the profile's aspirations and the packet's peer feedback. Pure: the reads are in
 * db/repositories/response-answers.ts.
 */
export type AnsweredRequest = { request: InputRequest; response: RequestResponse }

/** The most recently submitted response among those that match, or null. */
export function findLatestAnswer(
  answered: readonly AnsweredRequest[],
  matches: (item: AnsweredRequest) => boolean,
): AnsweredRequest | null {
  let latest: AnsweredRequest | null = null
  for (const item of answered) {
    if (!matches(item)) continue
    if (!latest || item.response.submittedAt > latest.response.submittedAt) latest = item
  }
  return latest
}

/** The questions the response answered: those of its own file. */
function questionsOf(item: AnsweredRequest): readonly Question[] {
  const recipient = item.request.recipients.find((r) => r.token === item.response.recipientToken)
  return recipient?.questions ?? []
}

function readAnswers(item: AnsweredRequest): Map<string, AnswerValue> {
  return new Map(item.response.answers.map((a) => [a.questionId, a.value]))
}

const asText = (value: AnswerValue | undefined) => (typeof value === 'string' ? value.trim() : '')
const asList = (value: AnswerValue | undefined) =>
  Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : []

/** A choice's chosen values by their labels (or by a person's name when they are people). */
function labelChoices(
  question: Question | undefined,
  values: readonly string[],
  nameOf: (id: string) => string | undefined = () => undefined,
): string[] {
  return values.map((value) => {
    const option =
      question?.type === 'choice' ? question.options.find((o) => o.value === value) : undefined
    return nameOf(value) ?? option?.label ?? value
  })
}

export type SelfReviewView = {
  title: string
  submittedAt: string
  goals: Array<{ goalId: string; title: string; text: string }>
  achievements: string
  develop: string
  /** The colleagues they proposed to ask for peer feedback, by name. */
  proposedPeers: string[]
  /** How many self-ratings it carried (they show beside the manager's ratings). */
  ratingCount: number
}

export function toSelfReviewView(
  item: AnsweredRequest,
  people: readonly Pick<Person, 'id' | 'displayName'>[],
): SelfReviewView {
  const questions = questionsOf(item)
  const answers = readAnswers(item)
  const goals = questions
    .filter((q) => q.id.startsWith('goal:'))
    .map((q) => ({
      goalId: q.id.slice('goal:'.length),
      title: q.prompt,
      text: asText(answers.get(q.id)),
    }))
    .filter((goal) => goal.text !== '')
  const peersQuestion = questions.find((q) => q.id === questionIds.peers)
  return {
    title: item.request.title,
    submittedAt: item.response.submittedAt,
    goals,
    achievements: asText(answers.get(questionIds.achievements)),
    develop: asText(answers.get(questionIds.develop)),
    proposedPeers: labelChoices(
      peersQuestion,
      asList(answers.get(questionIds.peers)),
      (id) => people.find((p) => p.id === id)?.displayName,
    ),
    ratingCount: [...answers].filter(([id, v]) => id.startsWith('skill:') && typeof v === 'number')
      .length,
  }
}

export type AspirationsView = {
  submittedAt: string
  /** The role they aim for, "stay" when happy where they are, null when not answered. */
  nextRole: { isStaying: true } | { isStaying: false; roleId: string; name: string } | null
  support: string
  interests: Array<{ skillId: string; name: string; interest: number; label: string }>
  /** Other skills they ticked to learn. */
  grow: string[]
}

export function toAspirationsView(
  item: AnsweredRequest,
  roles: readonly { id: string; name: string }[],
): AspirationsView {
  const questions = questionsOf(item)
  const answers = readAnswers(item)
  const roleValue = asText(answers.get(questionIds.nextRole))
  const roleQuestion = questions.find((q) => q.id === questionIds.nextRole)
  const nextRole =
    roleValue === ''
      ? null
      : roleValue === 'stay'
        ? ({ isStaying: true } as const)
        : {
            isStaying: false as const,
            roleId: roleValue,
            name:
              roles.find((r) => r.id === roleValue)?.name ??
              labelChoices(roleQuestion, [roleValue])[0]!,
          }
  const interests = questions.flatMap((q) => {
    const value = answers.get(q.id)
    if (!q.id.startsWith('interest:') || typeof value !== 'number') return []
    return [
      {
        skillId: q.id.slice('interest:'.length),
        name: q.prompt,
        interest: value,
        label: interestOptions.find((o) => o.value === value)?.label ?? String(value),
      },
    ]
  })
  return {
    submittedAt: item.response.submittedAt,
    nextRole,
    support: asText(answers.get(questionIds.support)),
    interests: interests.sort((a, b) => b.interest - a.interest || a.name.localeCompare(b.name)),
    grow: labelChoices(
      questions.find((q) => q.id === questionIds.grow),
      asList(answers.get(questionIds.grow)),
    ),
  }
}

/** Anonymised peer feedback is shown only once this many colleagues have answered. */
export const minAnonymousPeerRaters = 3

export type PeerFeedbackSummary = {
  /** Colleagues who answered a peer-feedback request about the person in the period. */
  raterCount: number
  /** Named feedback with the rater's name; anonymised feedback without, once enough answered. */
  entries: Array<{ date: string | null; author: string; text: string }>
  /** Set when anonymised feedback is held back: the sentence that says so. */
  heldBack: string | null
  /** Rating questions (1-5) averaged over the answers shown. */
  ratings: Array<{ prompt: string; average: number; count: number }>
}

const describeHeldBack = (count: number) =>
  `Peer feedback from ${count === 1 ? '1 colleague' : `${count} colleagues`} is held back until at least ${minAnonymousPeerRaters} have answered, to keep it anonymous.`

/** What a colleague wrote, in the order situation, behaviour, impact. */
export const joinFeedbackText = (
  entry: Pick<FeedbackEntry, 'situation' | 'behaviour' | 'impact'>,
) =>
  [entry.situation, entry.behaviour, entry.impact].filter((part) => part.trim() !== '').join(' — ')

/** Answers of peer-feedback requests about one person in a period: raters, texts and ratings. */
export function summarizePeerFeedback(input: {
  personId: string
  period: { start: string; end: string }
  feedback: readonly FeedbackEntry[]
  answered: readonly AnsweredRequest[]
}): PeerFeedbackSummary {
  const entries = input.feedback
    .filter((f) => f.personId === input.personId && f.source === 'peer' && f.responseId)
    .filter((f) => f.date >= input.period.start && f.date <= input.period.end)
    .sort((a, b) => a.date.localeCompare(b.date))
  const responses = new Map(input.answered.map((item) => [item.response.id, item]))
  const anonymous = entries.filter((f) => f.isAnonymous === true)
  const named = entries.filter((f) => f.isAnonymous !== true)
  const isAnonymousShown = anonymous.length >= minAnonymousPeerRaters
  const shown = [...named, ...(isAnonymousShown ? anonymous : [])]
  const ratings = new Map<string, { prompt: string; values: number[] }>()
  for (const entry of shown) {
    const item = responses.get(entry.responseId!)
    if (!item) continue
    const prompts = new Map(questionsOf(item).map((q) => [q.id, q.prompt]))
    for (const answer of item.response.answers) {
      if (!answer.questionId.startsWith('rating:') || typeof answer.value !== 'number') continue
      const slot = ratings.get(answer.questionId) ?? {
        prompt: prompts.get(answer.questionId) ?? answer.questionId.slice('rating:'.length),
        values: [],
      }
      slot.values.push(answer.value)
      ratings.set(answer.questionId, slot)
    }
  }
  // Anonymised texts carry no date and are sorted by text, so their order names nobody.
  const anonymousTexts = isAnonymousShown
    ? anonymous.map(joinFeedbackText).sort((a, b) => a.localeCompare(b))
    : []
  return {
    raterCount: entries.length,
    entries: [
      ...named.map((f) => ({
        date: f.date,
        author: f.authorName || 'A colleague',
        text: joinFeedbackText(f),
      })),
      ...anonymousTexts.map((text) => ({ date: null, author: 'A colleague', text })),
    ],
    heldBack: anonymous.length > 0 && !isAnonymousShown ? describeHeldBack(anonymous.length) : null,
    ratings: [...ratings.values()].map((slot) => ({
      prompt: slot.prompt,
      average: slot.values.reduce((sum, v) => sum + v, 0) / slot.values.length,
      count: slot.values.length,
    })),
  }
}
