import { describe, expect, it } from 'vitest'
import { countCampaignWeeks, getStepDates } from './campaigns'

describe('campaign timeline', () => {
  it('places each step by week from the campaign start', () => {
    const campaign = {
      startDate: '2026-02-26',
      steps: [
        { initiativeId: 'a', startWeek: 0, weeks: 1 },
        { initiativeId: 'b', startWeek: 1, weeks: 8 },
      ],
    }
    expect(getStepDates(campaign, campaign.steps[0]!)).toEqual({
      start: '2026-02-26',
      end: '2026-03-04',
    })
    // 26 Feb + 7 days = 5 Mar; 8 weeks end 55 days later, on 29 Apr.
    expect(getStepDates(campaign, campaign.steps[1]!)).toEqual({
      start: '2026-03-05',
      end: '2026-04-29',
    })
    expect(countCampaignWeeks(campaign)).toBe(9)
    expect(countCampaignWeeks({ steps: [] })).toBe(1)
  })
})
