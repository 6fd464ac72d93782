import type { InputRequest, RequestResponse } from '../../model/requests'
import { enpsQuestionId, pulseCommentQuestionId } from './pulse-library'

export type Enps = { score: number; promoters: number; passives: number; detractors: number }

export type PulseQuestionResult = {
  questionId: string
  prompt: string
  answerCount: number
  /** Hidden while fewer than the minimum answered this question. */
  isHidden: boolean
  /** Count per option, in the scale's order; empty while hidden. */
  distribution: { value: number; label: string; count: number }[]
  average: number | null
}

export type PulseResults = {
  requestId: string
  title: string
  date: string
  audienceSize: number
  responseCount: number
  responseRate: number | null
  minResponses: number
  /** The whole pulse stays hidden while it has fewer responses than the minimum. */
  isHidden: boolean
  questions: PulseQuestionResult[]
  enps: Enps | null
  /** Free text, only when the pulse is shown; sorted so their order says nothing about who. */
  comments: string[]
}

/** eNPS: % promoters (9-10) minus % detractors (0-6), rounded. */
export function computeEnps(scores: readonly number[]): Enps | null {
  if (scores.length === 0) return null
  const promoters = scores.filter((s) => s >= 9).length
  const detractors = scores.filter((s) => s <= 6).length
  return {
    score: Math.round(((promoters - detractors) / scores.length) * 100),
    promoters,
    passives: scores.length - promoters - detractors,
    detractors,
  }
}

export function summarizePulse(
  request: InputRequest,
  responses: readonly RequestResponse[],
  minResponses: number,
): PulseResults {
  const own = responses.filter((r) => r.requestId === request.id)
  const questions = request.recipients[0]?.questions ?? []
  const isHidden = own.length < minResponses
  const valuesOf = (questionId: string) =>
    own.flatMap((r) => {
      const value = r.answers.find((a) => a.questionId === questionId)?.value
      return value === undefined || value === null ? [] : [value]
    })
  const results: PulseQuestionResult[] = questions
    .filter((q) => q.type === 'scale' && q.id !== enpsQuestionId)
    .map((question) => {
      const numbers = valuesOf(question.id).filter((v): v is number => typeof v === 'number')
      const isQuestionHidden = isHidden || numbers.length < minResponses
      const options = question.type === 'scale' ? question.options : []
      return {
        questionId: question.id,
        prompt: question.prompt,
        answerCount: numbers.length,
        isHidden: isQuestionHidden,
        distribution: isQuestionHidden
          ? []
          : options.map((o) => ({
              value: o.value,
              label: o.label,
              count: numbers.filter((n) => n === o.value).length,
            })),
        average: isQuestionHidden ? null : numbers.reduce((s, n) => s + n, 0) / numbers.length,
      }
    })
  const scores = valuesOf(enpsQuestionId).filter((v): v is number => typeof v === 'number')
  const comments = isHidden
    ? []
    : valuesOf(pulseCommentQuestionId)
        .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
        .map((v) => v.trim())
        .sort((a, b) => a.localeCompare(b))
  const audienceSize = request.audiencePersonIds.length
  return {
    requestId: request.id,
    title: request.title,
    date: request.dueDate,
    audienceSize,
    responseCount: own.length,
    responseRate: audienceSize === 0 ? null : Math.min(1, own.length / audienceSize),
    minResponses,
    isHidden,
    questions: results,
    enps: isHidden || scores.length < minResponses ? null : computeEnps(scores),
    comments,
  }
}

export type PulseTrendPoint = { requestId: string; date: string; value: number | null }

/** Per agreement question (matched by id across pulses) and for eNPS: the value of each pulse, oldest first. */
export function listPulseTrends(
  pulses: readonly PulseResults[],
): { key: string; label: string; points: PulseTrendPoint[] }[] {
  const ordered = [...pulses].sort((a, b) => a.date.localeCompare(b.date))
  const keys = new Map<string, string>()
  for (const pulse of ordered) for (const q of pulse.questions) keys.set(q.questionId, q.prompt)
  const trends = [...keys].map(([key, label]) => ({
    key,
    label,
    points: ordered.map((pulse) => ({
      requestId: pulse.requestId,
      date: pulse.date,
      value: pulse.questions.find((q) => q.questionId === key)?.average ?? null,
    })),
  }))
  return [
    {
      key: enpsQuestionId,
      label: 'eNPS',
      points: ordered.map((p) => ({
        requestId: p.requestId,
        date: p.date,
        value: p.enps?.score ?? null,
      })),
    },
    ...trends,
  ]
}
