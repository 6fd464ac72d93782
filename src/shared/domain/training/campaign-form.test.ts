import { describe, expect, it } from 'vitest'
import { Campaign } from '../../model'
import {
  findCampaignProblem,
  newCampaign,
  newStepDraft,
  readCampaignDraft,
  toCampaignDraft,
  type CampaignDraft,
} from './campaign-form'

const stored: Campaign = {
  id: 'c1',
  name: 'Espresso basics',
  description: 'Four weeks for the new baristas.',
  startDate: '2026-09-07',
  steps: [
    { initiativeId: 'i1', startWeek: 0, weeks: 2 },
    { initiativeId: 'i2', startWeek: 2, weeks: 3 },
  ],
  cohortPersonIds: ['p1', 'p2'],
}

let rowCount = 0
const nextRowId = () => `row-${++rowCount}`

function draftOf(changes: Partial<CampaignDraft> = {}): CampaignDraft {
  return { ...toCampaignDraft(stored, nextRowId), ...changes }
}

describe('campaign form', () => {
  it('shows start weeks from 1 and reads a stored campaign back unchanged', () => {
    const draft = draftOf()
    expect(draft.steps.map((step) => [step.startWeek, step.weeks])).toEqual([
      ['1', '2'],
      ['3', '3'],
    ])
    expect(findCampaignProblem(draft)).toBeNull()
    const read = readCampaignDraft(draft)
    expect(read).toEqual(stored)
    expect(Campaign.parse(read)).toEqual(stored)
  })

  it('adds a step the week after the last one ends', () => {
    expect(newStepDraft('n', draftOf().steps)).toEqual({
      id: 'n',
      initiativeId: '',
      startWeek: '6',
      weeks: '1',
    })
    expect(newStepDraft('n', []).startWeek).toBe('1')
    // A half-typed step does not count.
    const steps = [{ id: 'a', initiativeId: '', startWeek: '2', weeks: '' }]
    expect(newStepDraft('n', steps).startWeek).toBe('1')
  })

  it('names the first field to fix, in the order of the form', () => {
    const empty = toCampaignDraft(newCampaign('c2', '2026-09-07'), nextRowId)
    expect(findCampaignProblem(empty)).toEqual({ field: 'name', text: 'Give the campaign a name.' })
    expect(findCampaignProblem({ ...empty, name: 'Onboarding', startDate: '' })).toEqual({
      field: 'startDate',
      text: 'Choose the date the campaign starts.',
    })
    expect(findCampaignProblem({ ...empty, name: 'Onboarding' })).toEqual({
      field: 'steps',
      text: 'Add at least one initiative to the sequence.',
    })
    const [first, second] = draftOf().steps
    expect(
      findCampaignProblem(draftOf({ steps: [first!, { ...second!, initiativeId: '' }] })),
    ).toEqual({ field: 'step-1-initiativeId', text: 'Step 2: choose the initiative.' })
    expect(findCampaignProblem(draftOf({ steps: [{ ...first!, startWeek: '0' }] }))).toEqual({
      field: 'step-0-startWeek',
      text: 'Step 1: the start week is a whole number, 1 or more (week 1 is the week the campaign starts).',
    })
    expect(findCampaignProblem(draftOf({ steps: [{ ...first!, weeks: '1.5' }] }))).toEqual({
      field: 'step-0-weeks',
      text: 'Step 1: the length is a whole number of weeks, 1 or more.',
    })
    expect(findCampaignProblem(draftOf({ cohortPersonIds: [] }))).toEqual({
      field: 'cohortPersonIds',
      text: 'Choose at least one person for the cohort.',
    })
  })

  it('saves the name without surrounding spaces', () => {
    expect(readCampaignDraft(draftOf({ name: '  Latte art  ' })).name).toBe('Latte art')
  })
})
