import { isIsoDate } from '../checkins/dates'
import type { AssessmentSource, PlanEvidence, PlanItem } from '../../model'
import { findPlanDatesProblem, parseAmount, type FieldProblem } from './form-checks'
import type { PlanSuggestion } from './suggest'

/** One suggestion of "Suggest a plan" as the user accepts, edits or drops it. */
export interface SuggestionDraft {
  suggestion: PlanSuggestion
  isDropped: boolean
  isEditing: boolean
  title: string
  hours: string
  cost: string
}

export interface SuggestPlanDraft {
  decisions: SuggestionDraft[]
  startDate: string
  dueDate: string
}

export type SuggestionEditField = 'title' | 'hours' | 'cost'
export type SuggestPlanField =
  `suggestion-${number}-${SuggestionEditField}` | 'decisions' | 'startDate' | 'dueDate'

export function toSuggestionDraft(suggestion: PlanSuggestion): SuggestionDraft {
  return {
    suggestion,
    isDropped: false,
    isEditing: false,
    title: suggestion.title,
    hours: String(suggestion.hours),
    cost: String(suggestion.cost),
  }
}

/** Accepted items start on the first day of the period, or today once it has begun. */
export function toSuggestPlanDraft(
  suggestions: readonly PlanSuggestion[],
  range: { start: string; end: string } | null,
  today: string,
): SuggestPlanDraft {
  return {
    decisions: suggestions.map(toSuggestionDraft),
    startDate: range && range.start > today ? range.start : today,
    dueDate: range?.end ?? '',
  }
}

/** The first thing to fix before the accepted suggestions become plan items. */
export function findSuggestPlanProblem(
  draft: SuggestPlanDraft,
): NonNullable<FieldProblem<SuggestPlanField>> | null {
  for (const [index, decision] of draft.decisions.entries()) {
    if (decision.isDropped) continue
    const name = `“${decision.suggestion.title}”`
    if (!decision.title.trim()) {
      return { field: `suggestion-${index}-title`, text: `Give ${name} a title, or drop it.` }
    }
    if (parseAmount(decision.hours) === null) {
      return {
        field: `suggestion-${index}-hours`,
        text: `The hours of ${name} are a number, 0 or more.`,
      }
    }
    if (parseAmount(decision.cost) === null) {
      return {
        field: `suggestion-${index}-cost`,
        text: `The cost of ${name} is a number, 0 or more (0 for free).`,
      }
    }
  }
  if (draft.decisions.every((decision) => decision.isDropped)) {
    return { field: 'decisions', text: 'Accept at least one suggestion, or cancel.' }
  }
  return findPlanDatesProblem(draft)
}

/** The accepted suggestions with their edits; read only a draft `findSuggestPlanProblem` passes. */
export function readAcceptedSuggestions(draft: SuggestPlanDraft): PlanSuggestion[] {
  return draft.decisions
    .filter((decision) => !decision.isDropped)
    .map((decision) => ({
      ...decision.suggestion,
      title: decision.title.trim(),
      hours: parseAmount(decision.hours) ?? 0,
      cost: parseAmount(decision.cost) ?? 0,
    }))
}

/** The after-training assessment: a level per skill ("" for not now), who assessed, and when. */
export interface AssessAfterDraft {
  levels: Record<string, string>
  source: AssessmentSource
  date: string
}

export type AssessAfterField = `level-${string}` | 'source' | 'date'

/** At least one level, and a day up to today. `skillIds` in the order the form shows them. */
export function findAssessAfterProblem(
  draft: AssessAfterDraft,
  skillIds: readonly string[],
  today: string,
): NonNullable<FieldProblem<AssessAfterField>> | null {
  const first = skillIds[0]
  if (first !== undefined && !skillIds.some((id) => (draft.levels[id] ?? '') !== '')) {
    return {
      field: `level-${first}`,
      text: 'Choose the level of at least one skill, or skip for now.',
    }
  }
  if (!isIsoDate(draft.date)) return { field: 'date', text: 'Choose the date of the assessment.' }
  if (draft.date > today) {
    return { field: 'date', text: 'An assessment is recorded for today or an earlier day.' }
  }
  return null
}

/** The levels chosen, in the form's order; read only a draft `findAssessAfterProblem` passes. */
export function readAssessAfterLevels(
  draft: AssessAfterDraft,
  skillIds: readonly string[],
): Array<{ skillId: string; level: number }> {
  return skillIds.flatMap((skillId) => {
    const level = draft.levels[skillId] ?? ''
    return level === '' ? [] : [{ skillId, level: Number(level) }]
  })
}

/** "Applied on the job" needs evidence: when marking it, or for an item already applied. */
export function findEvidenceProblem(
  draft: { evidence: readonly PlanEvidence[] },
  item: Pick<PlanItem, 'status'>,
  isApplying: boolean,
): NonNullable<FieldProblem<'evidence'>> | null {
  if (draft.evidence.length > 0 || !(isApplying || item.status === 'applied')) return null
  return {
    field: 'evidence',
    text: '“Applied on the job” needs evidence: choose at least one check-in answer or feedback entry.',
  }
}
