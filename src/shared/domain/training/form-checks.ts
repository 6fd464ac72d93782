import { isIsoDate } from '../checkins/dates'

/** What the user has to fix, and the field of the form to fix it in ('form' for no one field). */
export type FieldProblem<F extends string> = { field: F | 'form'; text: string } | null

/**
 * A number field's text as an amount: a number at least 0 ("" counts as 0, a comma as the
 * decimal point), or null when it is not one.
 */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return 0
  const value = Number(trimmed)
  return Number.isFinite(value) && value >= 0 ? value : null
}

/** A whole number of weeks, 1 or more, or null. */
export function parseWholeWeeks(text: string): number | null {
  const trimmed = text.trim()
  return /^\d+$/.test(trimmed) && Number(trimmed) >= 1 ? Number(trimmed) : null
}

/** The hours and the cost of an initiative or a plan item: numbers, 0 or more. */
export function findEffortProblem(draft: {
  hours: string
  cost: string
}): FieldProblem<'hours' | 'cost'> {
  if (parseAmount(draft.hours) === null) {
    return { field: 'hours', text: 'The hours are a number, 0 or more.' }
  }
  if (parseAmount(draft.cost) === null) {
    return { field: 'cost', text: 'The cost is a number, 0 or more (0 for free).' }
  }
  return null
}

/** A plan item's dates: a start date, and an optional due date that is not before it. */
export function findPlanDatesProblem(draft: {
  startDate: string
  dueDate: string
}): FieldProblem<'startDate' | 'dueDate'> {
  if (!isIsoDate(draft.startDate)) return { field: 'startDate', text: 'Choose a start date.' }
  if (draft.dueDate !== '' && !isIsoDate(draft.dueDate)) {
    return { field: 'dueDate', text: 'Choose a due date, or leave it empty.' }
  }
  if (draft.dueDate !== '' && draft.dueDate < draft.startDate) {
    return {
      field: 'dueDate',
      text: 'The due date is before the start date: choose a later one, or leave it empty.',
    }
  }
  return null
}
