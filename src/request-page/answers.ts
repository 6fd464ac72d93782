import type { RequestPageData, ResponseDocument } from '../shared/domain/requests/formats'
import type { Answer, AnswerValue, Question } from '../shared/model/requests'
import { toSafeFileName } from '../shared/domain/files/file-name'

/** The answers on the page so far, by question id. */
export type AnswerMap = ReadonlyMap<string, AnswerValue>

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim().length > 0
  if (Array.isArray(value)) return value.length > 0
  return true
}

/** What the response file records for a question: null when it was left unanswered. */
export function toAnswerValue(question: Question, value: AnswerValue | undefined): AnswerValue {
  if (!isAnswered(value) || value === undefined) return null
  switch (question.type) {
    case 'scale':
      return typeof value === 'number' && question.options.some((o) => o.value === value)
        ? value
        : null
    case 'text':
      return typeof value === 'string' ? value.trim().slice(0, question.maxLength) : null
    case 'list': {
      if (!Array.isArray(value)) return null
      const items = value
        .map((item) => item.trim().slice(0, question.itemMaxLength))
        .filter((item) => item.length > 0)
        .slice(0, question.maxItems)
      return items.length > 0 ? items : null
    }
    case 'choice': {
      const allowed = new Set(question.options.map((o) => o.value))
      if (question.isMultiple) {
        const picked = Array.isArray(value) ? value.filter((v) => allowed.has(v)) : []
        return picked.length > 0 ? picked : null
      }
      return typeof value === 'string' && allowed.has(value) ? value : null
    }
  }
}

/** The required questions that have no answer yet, in page order. */
export function findUnansweredRequired(
  questions: readonly Question[],
  answers: AnswerMap,
): Question[] {
  return questions.filter((q) => q.isRequired && toAnswerValue(q, answers.get(q.id)) === null)
}

export function toAnswers(questions: readonly Question[], answers: AnswerMap): Answer[] {
  return questions.map((q) => ({ questionId: q.id, value: toAnswerValue(q, answers.get(q.id)) }))
}

/** The document the page encrypts: one answer per question asked, in the request's order. */
export function buildResponseDocument(
  data: RequestPageData,
  answers: AnswerMap,
  options: { responseId: string; submittedAt: string },
): ResponseDocument {
  return {
    format: 'trellis-response',
    formatVersion: 1,
    workspaceId: data.workspaceId,
    requestId: data.requestId,
    token: data.token,
    responseId: options.responseId,
    submittedAt: options.submittedAt,
    answers: toAnswers(data.questions, answers),
  }
}

/** `<title> - <person>.trellis-response`, or `- response` for a pulse, which names nobody. */
export function toResponseFileName(data: RequestPageData): string {
  const who = data.context.personName.trim() || 'response'
  return `${toSafeFileName(`${data.title} - ${who}`, 'response').slice(0, 180)}.trellis-response`
}

/** One draft per request file: a page for another person or request never sees it. */
export function toDraftKey(data: Pick<RequestPageData, 'requestId' | 'token'>): string {
  return `trellis-request-draft:${data.requestId}:${data.token}`
}

export interface Draft {
  savedAt: string
  answers: Map<string, AnswerValue>
}

export function serializeDraft(answers: AnswerMap, savedAt: string): string {
  return JSON.stringify({ savedAt, answers: Object.fromEntries(answers) })
}

function isAnswerValue(value: unknown): value is AnswerValue {
  return (
    value === null ||
    typeof value === 'number' ||
    typeof value === 'string' ||
    (Array.isArray(value) && value.every((item) => typeof item === 'string'))
  )
}

/**
 * A stored draft, keeping only answers that still fit the questions (a list keeps its empty
 * rows, so the page shows the rows the employee had open). Null when there is none or it is not
 * readable.
 */
export function readDraft(text: string | null, questions: readonly Question[]): Draft | null {
  if (text === null) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const { savedAt, answers } = parsed as { savedAt?: unknown; answers?: unknown }
  if (typeof savedAt !== 'string' || typeof answers !== 'object' || answers === null) return null
  const kept = new Map<string, AnswerValue>()
  for (const question of questions) {
    const value: unknown = (answers as Record<string, unknown>)[question.id]
    if (!isAnswerValue(value)) continue
    if (question.type === 'list' && Array.isArray(value)) {
      kept.set(question.id, value.slice(0, question.maxItems))
    } else if (toAnswerValue(question, value) !== null) {
      kept.set(question.id, value)
    }
  }
  return { savedAt, answers: kept }
}

/** An answer in words, for the plain copy: the option's label, the list's items, the text. */
export function describeAnswer(question: Question, value: AnswerValue | undefined): string[] {
  const answer = toAnswerValue(question, value)
  if (answer === null) return []
  switch (question.type) {
    case 'scale': {
      const option = question.options.find((o) => o.value === answer)
      return option
        ? [
            option.label === String(option.value)
              ? option.label
              : `${option.label} (${option.value})`,
          ]
        : []
    }
    case 'choice': {
      const picked = Array.isArray(answer) ? answer : [String(answer)]
      return question.options.filter((o) => picked.includes(o.value)).map((o) => o.label)
    }
    case 'list':
      return Array.isArray(answer) ? answer : []
    case 'text':
      return [String(answer)]
  }
}
