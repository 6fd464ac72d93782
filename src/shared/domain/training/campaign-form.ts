import { isIsoDate } from '../checkins/dates'
import type { Campaign } from '../../model'
import { parseWholeWeeks, type FieldProblem } from './form-checks'

/** A step as the campaign form edits it: weeks as typed, the start week counted from 1. */
export interface CampaignStepDraft {
  /** Only keeps the row's identity while rows are added and removed; not stored. */
  id: string
  initiativeId: string
  startWeek: string
  weeks: string
}

export type CampaignDraft = Omit<Campaign, 'steps'> & { steps: CampaignStepDraft[] }

export type CampaignStepField = 'initiativeId' | 'startWeek' | 'weeks'
export type CampaignField =
  | 'name'
  | 'startDate'
  | 'description'
  | 'steps'
  | `step-${number}-${CampaignStepField}`
  | 'cohortPersonIds'

export function newCampaign(id: string, today: string): Campaign {
  return { id, name: '', description: '', startDate: today, steps: [], cohortPersonIds: [] }
}

export function toCampaignDraft(campaign: Campaign, newRowId: () => string): CampaignDraft {
  return {
    ...campaign,
    cohortPersonIds: [...campaign.cohortPersonIds],
    steps: campaign.steps.map((step) => ({
      id: newRowId(),
      initiativeId: step.initiativeId,
      startWeek: String(step.startWeek + 1),
      weeks: String(step.weeks),
    })),
  }
}

/** A new step, starting the week after the last one ends. */
export function newStepDraft(id: string, steps: readonly CampaignStepDraft[]): CampaignStepDraft {
  const lastEnd = steps.reduce((end, step) => {
    const start = parseWholeWeeks(step.startWeek)
    const weeks = parseWholeWeeks(step.weeks)
    return start !== null && weeks !== null ? Math.max(end, start + weeks - 1) : end
  }, 0)
  return { id, initiativeId: '', startWeek: String(lastEnd + 1), weeks: '1' }
}

type Problem = NonNullable<FieldProblem<CampaignField>>

function findStepProblem(step: CampaignStepDraft, index: number): Problem | null {
  const name = `Step ${index + 1}`
  if (!step.initiativeId) {
    return { field: `step-${index}-initiativeId`, text: `${name}: choose the initiative.` }
  }
  if (parseWholeWeeks(step.startWeek) === null) {
    return {
      field: `step-${index}-startWeek`,
      text: `${name}: the start week is a whole number, 1 or more (week 1 is the week the campaign starts).`,
    }
  }
  if (parseWholeWeeks(step.weeks) === null) {
    return {
      field: `step-${index}-weeks`,
      text: `${name}: the length is a whole number of weeks, 1 or more.`,
    }
  }
  return null
}

/** The first thing to fix before the campaign can be saved, in the order the form shows it. */
export function findCampaignProblem(draft: CampaignDraft): Problem | null {
  if (!draft.name.trim()) return { field: 'name', text: 'Give the campaign a name.' }
  if (!isIsoDate(draft.startDate)) {
    return { field: 'startDate', text: 'Choose the date the campaign starts.' }
  }
  if (draft.steps.length === 0) {
    return { field: 'steps', text: 'Add at least one initiative to the sequence.' }
  }
  for (const [index, step] of draft.steps.entries()) {
    const problem = findStepProblem(step, index)
    if (problem) return problem
  }
  if (draft.cohortPersonIds.length === 0) {
    return { field: 'cohortPersonIds', text: 'Choose at least one person for the cohort.' }
  }
  return null
}

/** The campaign a draft stands for; read only a draft `findCampaignProblem` passes. */
export function readCampaignDraft(draft: CampaignDraft): Campaign {
  return {
    ...draft,
    name: draft.name.trim(),
    steps: draft.steps.map((step) => ({
      initiativeId: step.initiativeId,
      startWeek: (parseWholeWeeks(step.startWeek) ?? 1) - 1,
      weeks: parseWholeWeeks(step.weeks) ?? 1,
    })),
  }
}
