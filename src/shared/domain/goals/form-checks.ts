import type { BusinessGoal, Kpi } from '../../model'
import { parseKpiValue } from './kpi-import'
import type { ReviewDecision } from './review'

/** What the user has to fix, and the field of the form to fix it in ('form' for no one field). */
export type FieldProblem<F extends string> = { field: F | 'form'; text: string } | null

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/

export function findKpiProblem(draft: Pick<Kpi, 'name'>): FieldProblem<'name'> {
  if (!draft.name.trim()) return { field: 'name', text: 'Give the KPI a name.' }
  return null
}

export interface MeasurementDraft {
  date: string
  value: string
}

/** A measurement needs a number, a day up to today and, for a team or person KPI, whom it measures. */
export function findMeasurementProblem(
  draft: MeasurementDraft,
  kpi: { scope: Kpi['scope']; subjectId: string | null },
  today: string,
): FieldProblem<'date' | 'value'> {
  if (!isoDatePattern.test(draft.date))
    return { field: 'date', text: 'Choose the date of the measurement.' }
  if (draft.date > today) return { field: 'date', text: 'The date is in the future.' }
  if (parseKpiValue(draft.value) === null) return { field: 'value', text: 'The value is a number.' }
  if (kpi.scope !== 'company' && kpi.subjectId === null)
    return { field: 'form', text: `Choose the ${kpi.scope} first.` }
  return null
}

export interface GoalUpdateDraft {
  value: string
  date: string
  note: string
}

/** The update's value: null when left empty (parse only a draft `findGoalUpdateProblem` passes). */
export function readGoalUpdateValue(text: string): number | null {
  return text.trim() === '' ? null : parseKpiValue(text)
}

/**
 * An update of a key result needs its new value; an update of the goal as a whole takes an
 * optional share done (0 to 100) but then needs a note, so it says something.
 */
export function findGoalUpdateProblem(
  draft: GoalUpdateDraft,
  keyResult: { title: string } | undefined,
): FieldProblem<'value' | 'date' | 'note'> {
  const value = readGoalUpdateValue(draft.value)
  if (draft.value.trim() !== '' && value === null)
    return { field: 'value', text: 'The value is a number.' }
  if (keyResult && value === null)
    return { field: 'value', text: `Give the new value of “${keyResult.title}”.` }
  if (!keyResult && value !== null && (value < 0 || value > 100))
    return { field: 'value', text: 'Without a key result, the value is the share done, 0 to 100.' }
  if (!isoDatePattern.test(draft.date))
    return { field: 'date', text: 'Choose the date of this update.' }
  if (!keyResult && value === null && draft.note.trim() === '')
    return { field: 'note', text: 'Say what happened, or give the share done.' }
  return null
}

export interface SkillNeedDraft {
  id: string
  skillId: string
  level: string
  headcount: string
}

export type BusinessGoalField = 'title' | `need-${number}-${'skillId' | 'headcount'}`

export function findBusinessGoalProblem(draft: {
  title: string
  needs: SkillNeedDraft[]
}): FieldProblem<BusinessGoalField> {
  if (!draft.title.trim()) return { field: 'title', text: 'Give the business goal a title.' }
  for (const [index, need] of draft.needs.entries()) {
    const line = `Line ${index + 1}`
    if (!need.skillId) return { field: `need-${index}-skillId`, text: `${line}: choose a skill.` }
    const earlier = draft.needs.findIndex((other) => other.skillId === need.skillId)
    if (earlier < index)
      return {
        field: `need-${index}-skillId`,
        text: `${line}: this skill is already on line ${earlier + 1}; keep one line per skill.`,
      }
    if (!/^\d+$/.test(need.headcount.trim()) || Number(need.headcount) < 1)
      return {
        field: `need-${index}-headcount`,
        text: `${line}: the number of people is a whole number, 1 or more.`,
      }
  }
  return null
}

/** The skill needs of a draft `findBusinessGoalProblem` passes. */
export function readSkillNeeds(needs: SkillNeedDraft[]): BusinessGoal['skillNeeds'] {
  return needs.map((need) => ({
    skillId: need.skillId,
    level: Number(need.level),
    headcount: Number(need.headcount),
  }))
}

/** A review needs a decision; a goal already carried over keeps that decision. */
export function findReviewProblem(
  decision: ReviewDecision | null,
  carriedIntoPeriod: string | null,
): FieldProblem<'decision'> {
  if (decision === null)
    return { field: 'decision', text: 'Choose a decision: done, carried over or dropped.' }
  if (carriedIntoPeriod !== null && decision !== 'carried-over')
    return {
      field: 'decision',
      text: `This goal already continues in ${carriedIntoPeriod}. Delete that copy first to change the decision.`,
    }
  return null
}
