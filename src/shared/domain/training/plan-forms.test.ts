import { describe, expect, it } from 'vitest'
import {
  findAssessAfterProblem,
  findEvidenceProblem,
  findSuggestPlanProblem,
  readAcceptedSuggestions,
  readAssessAfterLevels,
  toSuggestPlanDraft,
  type SuggestPlanDraft,
} from './plan-forms'
import type { PlanSuggestion } from './suggest'

function suggestion(key: string, title: string): PlanSuggestion {
  return {
    key,
    kind: 'enrolment',
    initiativeId: key,
    title,
    skillIds: ['s1'],
    hours: 6,
    cost: 300,
    isLowCost: false,
    isFullCover: true,
    reasoning: 'Builds the skill.',
  }
}

const range = { start: '2027-01-01', end: '2027-06-30' }

function draftOf(): SuggestPlanDraft {
  return toSuggestPlanDraft(
    [suggestion('i1', 'Burner safety'), suggestion('i2', 'Cupping circle')],
    range,
    '2026-11-20',
  )
}

describe('suggest a plan', () => {
  it('starts the items with the period, or today once the period has begun', () => {
    expect(draftOf()).toMatchObject({ startDate: '2027-01-01', dueDate: '2027-06-30' })
    expect(toSuggestPlanDraft([], range, '2027-03-02').startDate).toBe('2027-03-02')
    expect(toSuggestPlanDraft([], null, '2027-03-02')).toMatchObject({ dueDate: '' })
  })

  it('reads the accepted suggestions with their edits', () => {
    const draft = draftOf()
    draft.decisions[0] = { ...draft.decisions[0]!, title: ' Burner buddies ', cost: '250' }
    draft.decisions[1] = { ...draft.decisions[1]!, isDropped: true }
    expect(findSuggestPlanProblem(draft)).toBeNull()
    expect(readAcceptedSuggestions(draft)).toEqual([
      { ...suggestion('i1', 'Burner safety'), title: 'Burner buddies', cost: 250 },
    ])
  })

  it('names the suggestion at fault by its title, and skips the dropped ones', () => {
    const draft = draftOf()
    draft.decisions[1] = { ...draft.decisions[1]!, title: '' }
    expect(findSuggestPlanProblem(draft)).toEqual({
      field: 'suggestion-1-title',
      text: 'Give “Cupping circle” a title, or drop it.',
    })
    draft.decisions[1] = { ...draft.decisions[1]!, isDropped: true }
    draft.decisions[0] = { ...draft.decisions[0]!, hours: '-3' }
    expect(findSuggestPlanProblem(draft)).toEqual({
      field: 'suggestion-0-hours',
      text: 'The hours of “Burner safety” are a number, 0 or more.',
    })
    draft.decisions[0] = { ...draft.decisions[0]!, hours: '3', cost: 'a lot' }
    expect(findSuggestPlanProblem(draft)?.field).toBe('suggestion-0-cost')
    draft.decisions[0] = { ...draft.decisions[0]!, isDropped: true }
    expect(findSuggestPlanProblem(draft)).toEqual({
      field: 'decisions',
      text: 'Accept at least one suggestion, or cancel.',
    })
  })

  it('checks the dates after the items', () => {
    expect(findSuggestPlanProblem({ ...draftOf(), dueDate: '2026-12-01' })?.field).toBe('dueDate')
    expect(findSuggestPlanProblem({ ...draftOf(), startDate: '' })?.field).toBe('startDate')
  })
})

describe('assess after training', () => {
  const skills = ['s1', 's2']

  it('needs one level at least, blaming the first skill', () => {
    const draft = { levels: { s1: '', s2: '' }, source: 'manager' as const, date: '2026-09-01' }
    expect(findAssessAfterProblem(draft, skills, '2026-09-01')).toEqual({
      field: 'level-s1',
      text: 'Choose the level of at least one skill, or skip for now.',
    })
    const chosen = { ...draft, levels: { s1: '', s2: '3' } }
    expect(findAssessAfterProblem(chosen, skills, '2026-09-01')).toBeNull()
    expect(readAssessAfterLevels(chosen, skills)).toEqual([{ skillId: 's2', level: 3 }])
  })

  it('takes a day up to today', () => {
    const draft = { levels: { s1: '2' }, source: 'self' as const, date: '' }
    expect(findAssessAfterProblem(draft, skills, '2026-09-01')).toEqual({
      field: 'date',
      text: 'Choose the date of the assessment.',
    })
    expect(findAssessAfterProblem({ ...draft, date: '2026-09-02' }, skills, '2026-09-01')).toEqual({
      field: 'date',
      text: 'An assessment is recorded for today or an earlier day.',
    })
  })
})

describe('evidence', () => {
  const linked = { evidence: [{ kind: 'feedback' as const, id: 'f1', sectionId: null }] }

  it('is needed to mark an item applied, and to keep it applied', () => {
    const text =
      '“Applied on the job” needs evidence: choose at least one check-in answer or feedback entry.'
    expect(findEvidenceProblem({ evidence: [] }, { status: 'completed' }, true)).toEqual({
      field: 'evidence',
      text,
    })
    expect(findEvidenceProblem({ evidence: [] }, { status: 'applied' }, false)?.text).toBe(text)
    expect(findEvidenceProblem({ evidence: [] }, { status: 'completed' }, false)).toBeNull()
    expect(findEvidenceProblem(linked, { status: 'completed' }, true)).toBeNull()
  })
})
