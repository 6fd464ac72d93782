import type { CheckinTemplate } from '../../model'
import { isIsoDate } from './dates'

export interface FeedbackDraft {
  personId: string
  date: string
  situation: string
  behaviour: string
  impact: string
}

export type Problem<Field extends string> = { field: Field; text: string } | null

export function findFeedbackProblem(
  draft: FeedbackDraft,
  today: string,
): Problem<'personId' | 'date' | 'behaviour'> {
  if (!draft.personId) return { field: 'personId', text: 'Choose who the feedback is about.' }
  if (!isIsoDate(draft.date)) return { field: 'date', text: 'Enter the date as YYYY-MM-DD.' }
  if (draft.date > today)
    return { field: 'date', text: 'Feedback is logged for today or an earlier day.' }
  if (!draft.behaviour.trim() && !draft.situation.trim() && !draft.impact.trim())
    return { field: 'behaviour', text: 'Describe what happened: at least the behaviour you saw.' }
  return null
}

export function findTemplateProblem(
  template: Pick<CheckinTemplate, 'id' | 'name' | 'sections'>,
  others: ReadonlyArray<Pick<CheckinTemplate, 'id' | 'name'>>,
): Problem<'name' | 'sections' | `section-${number}`> {
  const name = template.name.trim()
  if (!name) return { field: 'name', text: 'Give the template a name.' }
  if (
    others.some((t) => t.id !== template.id && t.name.trim().toLowerCase() === name.toLowerCase())
  )
    return { field: 'name', text: `There is already a template called “${name}”.` }
  if (template.sections.length === 0)
    return { field: 'sections', text: 'A template needs at least one section.' }
  const empty = template.sections.findIndex((s) => !s.prompt.trim())
  if (empty >= 0) return { field: `section-${empty}`, text: `Section ${empty + 1} needs a prompt.` }
  return null
}

export function findActionProblem(text: string, dueDate: string | null): string | null {
  if (!text.trim()) return 'Describe the action.'
  if (dueDate !== null && dueDate !== '' && !isIsoDate(dueDate))
    return 'Enter the due date as YYYY-MM-DD.'
  return null
}
