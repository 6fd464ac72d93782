import type { Campaign } from '../../model'
import { addDays } from '../dates/iso-date'

/** When a campaign step runs: from its start week (0 = the first) for its number of weeks. */
export function getStepDates(
  campaign: Pick<Campaign, 'startDate'>,
  step: Campaign['steps'][number],
): { start: string; end: string } {
  const start = addDays(campaign.startDate, step.startWeek * 7)
  return { start, end: addDays(start, step.weeks * 7 - 1) }
}

/** How many weeks the whole campaign spans, at least 1. */
export function countCampaignWeeks(campaign: Pick<Campaign, 'steps'>): number {
  return Math.max(1, ...campaign.steps.map((step) => step.startWeek + step.weeks))
}
