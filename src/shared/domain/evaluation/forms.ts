import {
  defaultEvaluationAssumptions,
  type Evaluation,
  type EvaluationAssumptions,
} from '../../model'

/** The levels the record dialog enters by hand; results come from the KPI. */
export type RecordedKind = 'reaction' | 'learning' | 'behaviour'

/** What the record dialog edits: every level's inputs, ratings and scores as typed. */
export interface EvaluationDraft {
  relevance: string
  engagement: string
  wouldRecommend: boolean
  scoreBefore: string
  scoreAfter: string
  rating: string
  note: string
  date: string
}

export type EvaluationField =
  'date' | 'relevance' | 'engagement' | 'scoreBefore' | 'scoreAfter' | 'rating'

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never
export type RecordedEvaluation = WithoutId<Extract<Evaluation, { kind: RecordedKind }>>

type Problem<F extends string> = { field: F; text: string } | null

/** The draft for a level: what is stored for it, or a blank one dated today. */
export function toEvaluationDraft(
  existing: Evaluation | undefined,
  today: string,
): EvaluationDraft {
  return {
    relevance: existing?.kind === 'reaction' ? String(existing.relevance) : '',
    engagement: existing?.kind === 'reaction' ? String(existing.engagement) : '',
    wouldRecommend: existing?.kind === 'reaction' ? existing.wouldRecommend : true,
    scoreBefore: existing?.kind === 'learning' ? String(existing.scoreBefore) : '',
    scoreAfter: existing?.kind === 'learning' ? String(existing.scoreAfter) : '',
    rating: existing?.kind === 'behaviour' ? String(existing.observationRating) : '',
    note: existing?.note ?? '',
    date: existing?.date ?? today,
  }
}

function readScore(text: string): number | null {
  if (text.trim() === '') return null
  const value = Number(text)
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null
}

/** The first thing to fix before the level can be saved, in the order of the form. */
export function findEvaluationProblem(
  kind: RecordedKind,
  draft: EvaluationDraft,
  today: string,
): Problem<EvaluationField> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date))
    return { field: 'date', text: 'Choose the date it was recorded.' }
  if (draft.date > today) return { field: 'date', text: 'The date cannot be in the future.' }
  if (kind === 'reaction') {
    if (!draft.relevance) return { field: 'relevance', text: 'Choose how relevant it was, 1 to 5.' }
    if (!draft.engagement)
      return { field: 'engagement', text: 'Choose how engaging it was, 1 to 5.' }
  } else if (kind === 'learning') {
    if (readScore(draft.scoreBefore) === null)
      return { field: 'scoreBefore', text: 'Enter the score before, from 0 to 100.' }
    if (readScore(draft.scoreAfter) === null)
      return { field: 'scoreAfter', text: 'Enter the score after, from 0 to 100.' }
  } else if (!draft.rating) {
    return { field: 'rating', text: 'Choose how well the skill is applied on the job, 1 to 5.' }
  }
  return null
}

/** The record of a draft `findEvaluationProblem` passes. */
export function readEvaluationDraft(
  kind: RecordedKind,
  draft: EvaluationDraft,
  enrolmentId: string,
): RecordedEvaluation {
  const base = { enrolmentId, date: draft.date, note: draft.note.trim() }
  switch (kind) {
    case 'reaction':
      return {
        ...base,
        kind,
        relevance: Number(draft.relevance),
        engagement: Number(draft.engagement),
        wouldRecommend: draft.wouldRecommend,
      }
    case 'learning':
      return {
        ...base,
        kind,
        scoreBefore: readScore(draft.scoreBefore) ?? 0,
        scoreAfter: readScore(draft.scoreAfter) ?? 0,
      }
    case 'behaviour':
      return { ...base, kind, observationRating: Number(draft.rating) }
  }
}

/** The ROI assumptions as the dialog edits them: every figure as typed. */
export interface AssumptionsDraft {
  value: string
  /** The share credited to the training, in percent. */
  attribution: string
  months: string
  before: string
  after: string
  note: string
}

export type AssumptionsField = 'value' | 'attribution' | 'months' | 'before' | 'after'

export function toAssumptionsDraft(current: EvaluationAssumptions): AssumptionsDraft {
  const share = current.attributionShare ?? defaultEvaluationAssumptions.attributionShare
  return {
    value: current.valuePerUnit === null ? '' : String(current.valuePerUnit),
    attribution: String(Math.round(share * 1000) / 10),
    months: String(current.benefitMonths ?? defaultEvaluationAssumptions.benefitMonths),
    before: String(current.windowBeforeDays),
    after: String(current.windowAfterDays),
    note: current.note,
  }
}

function readWhole(text: string, min: number, max: number): number | null {
  const value = Number(text)
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : null
}

function readValuePerUnit(text: string): number | null {
  return text.trim() === '' ? null : Number(text)
}

function readPercent(text: string): number | null {
  const value = Number(text.trim().replace(/%$/, ''))
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100 ? value : null
}

export function findAssumptionsProblem(draft: AssumptionsDraft): Problem<AssumptionsField> {
  const value = readValuePerUnit(draft.value)
  if (value !== null && !Number.isFinite(value))
    return { field: 'value', text: 'Enter an amount, such as 250, or leave it empty.' }
  if (readPercent(draft.attribution) === null)
    return { field: 'attribution', text: 'Enter a share from 0 to 100, such as 60.' }
  if (readWhole(draft.months, 1, 60) === null)
    return { field: 'months', text: 'Enter whole months between 1 and 60.' }
  const days = 'Enter whole days between 7 and 730.'
  if (readWhole(draft.before, 7, 730) === null) return { field: 'before', text: days }
  if (readWhole(draft.after, 7, 730) === null) return { field: 'after', text: days }
  return null
}

/** The assumptions of a draft `findAssumptionsProblem` passes. */
export function readAssumptionsDraft(draft: AssumptionsDraft): EvaluationAssumptions {
  const defaults = defaultEvaluationAssumptions
  const percent = readPercent(draft.attribution)
  return {
    valuePerUnit: readValuePerUnit(draft.value),
    attributionShare: percent === null ? defaults.attributionShare : percent / 100,
    benefitMonths: readWhole(draft.months, 1, 60) ?? defaults.benefitMonths,
    windowBeforeDays: readWhole(draft.before, 7, 730) ?? defaults.windowBeforeDays,
    windowAfterDays: readWhole(draft.after, 7, 730) ?? defaults.windowAfterDays,
    note: draft.note.trim(),
  }
}
