import { describe, expect, it } from 'vitest'
import type { Evaluation } from '../../model'
import {
  findAssumptionsProblem,
  findEvaluationProblem,
  readAssumptionsDraft,
  readEvaluationDraft,
  toAssumptionsDraft,
  toEvaluationDraft,
} from './forms'

const today = '2026-11-23'

describe('evaluation forms', () => {
  it('starts from the stored level, or a blank one dated today', () => {
    const stored: Evaluation = {
      id: 'e1',
      enrolmentId: 'n1',
      kind: 'learning',
      date: '2026-10-01',
      note: 'Quiz',
      scoreBefore: 40,
      scoreAfter: 75,
    }
    expect(toEvaluationDraft(stored, today)).toMatchObject({
      scoreBefore: '40',
      scoreAfter: '75',
      date: '2026-10-01',
    })
    expect(toEvaluationDraft(undefined, today)).toMatchObject({ date: today, relevance: '' })
    expect(readEvaluationDraft('learning', toEvaluationDraft(stored, today), 'n1')).toEqual({
      enrolmentId: 'n1',
      kind: 'learning',
      date: '2026-10-01',
      note: 'Quiz',
      scoreBefore: 40,
      scoreAfter: 75,
    })
  })

  it('names the first field to fix for each level', () => {
    const blank = toEvaluationDraft(undefined, today)
    expect(findEvaluationProblem('reaction', { ...blank, date: '' }, today)?.field).toBe('date')
    expect(
      findEvaluationProblem('reaction', { ...blank, date: '2026-11-24' }, today)?.text,
    ).toMatch(/future/)
    expect(findEvaluationProblem('reaction', blank, today)?.field).toBe('relevance')
    expect(findEvaluationProblem('reaction', { ...blank, relevance: '4' }, today)?.field).toBe(
      'engagement',
    )
    expect(findEvaluationProblem('learning', { ...blank, scoreBefore: '101' }, today)?.field).toBe(
      'scoreBefore',
    )
    expect(
      findEvaluationProblem('learning', { ...blank, scoreBefore: '0', scoreAfter: '' }, today)
        ?.field,
    ).toBe('scoreAfter')
    expect(findEvaluationProblem('behaviour', blank, today)?.field).toBe('rating')
    expect(findEvaluationProblem('behaviour', { ...blank, rating: '5' }, today)).toBeNull()
    expect(
      readEvaluationDraft(
        'reaction',
        { ...blank, relevance: '5', engagement: '4', note: ' ok ' },
        'n1',
      ),
    ).toEqual({
      enrolmentId: 'n1',
      kind: 'reaction',
      date: today,
      note: 'ok',
      relevance: 5,
      engagement: 4,
      wouldRecommend: true,
    })
  })

  it('the ROI assumptions take an optional amount and windows of 7 to 730 whole days', () => {
    const draft = toAssumptionsDraft({
      valuePerUnit: null,
      windowBeforeDays: 90,
      windowAfterDays: 60,
      note: '',
    })
    expect(draft).toEqual({ value: '', before: '90', after: '60', note: '' })
    expect(findAssumptionsProblem(draft)).toBeNull()
    expect(findAssumptionsProblem({ ...draft, value: 'a lot' })?.field).toBe('value')
    expect(findAssumptionsProblem({ ...draft, before: '6' })?.field).toBe('before')
    expect(findAssumptionsProblem({ ...draft, after: '30.5' })?.field).toBe('after')
    expect(findAssumptionsProblem({ ...draft, after: '' })?.field).toBe('after')
    expect(readAssumptionsDraft({ ...draft, value: '400', note: ' Credits ' })).toEqual({
      valuePerUnit: 400,
      windowBeforeDays: 90,
      windowAfterDays: 60,
      note: 'Credits',
    })
  })
})
