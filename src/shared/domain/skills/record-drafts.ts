import { isIsoDate } from '../checkins/dates'

export interface AssessmentDraft {
  date: string
  note: string
}

/** Why an assessment cannot be recorded as typed, on the field to fix, or null. */
export function findAssessmentProblem(
  draft: AssessmentDraft,
  today: string,
): { field: keyof AssessmentDraft; text: string } | null {
  if (!isIsoDate(draft.date)) return { field: 'date', text: 'Enter the date as YYYY-MM-DD.' }
  if (draft.date > today) {
    return { field: 'date', text: 'An assessment is recorded for today or an earlier day.' }
  }
  if (draft.note.length > 4000) {
    return { field: 'note', text: 'Keep the note under 4,000 characters.' }
  }
  return null
}

/** Why the reason for a personal requirement cannot be saved, or null. */
export function findRequirementReasonProblem(
  reason: string,
): { field: 'reason'; text: string } | null {
  return reason.trim().length > 1000
    ? { field: 'reason', text: 'Keep the reason under 1,000 characters.' }
    : null
}
