import { describe, expect, it } from 'vitest'
import {
  defaultEvaluationAssumptions,
  type Evaluation,
  type EvaluationAssumptions,
} from '../../model'
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

  it('the ROI assumptions take an optional amount, a share, months and windows of whole days', () => {
    const draft = toAssumptionsDraft({
      valuePerUnit: null,
      attributionShare: 0.6,
      benefitMonths: 12,
      windowBeforeDays: 90,
      windowAfterDays: 60,
      note: '',
    })
    expect(draft).toEqual({
      value: '',
      attribution: '60',
      months: '12',
      before: '90',
      after: '60',
      note: '',
    })
    expect(findAssumptionsProblem(draft)).toBeNull()
    expect(findAssumptionsProblem({ ...draft, value: 'a lot' })?.field).toBe('value')
    expect(findAssumptionsProblem({ ...draft, before: '6' })?.field).toBe('before')
    expect(findAssumptionsProblem({ ...draft, after: '30.5' })?.field).toBe('after')
    expect(findAssumptionsProblem({ ...draft, after: '' })?.field).toBe('after')
    expect(readAssumptionsDraft({ ...draft, value: '400', note: ' Credits ' })).toEqual({
      valuePerUnit: 400,
      attributionShare: 0.6,
      benefitMonths: 12,
      windowBeforeDays: 90,
      windowAfterDays: 60,
      note: 'Credits',
    })
  })

  it('the credited share is a percentage from 0 to 100 and the months whole, 1 to 60', () => {
    const draft = toAssumptionsDraft(defaultEvaluationAssumptions)
    expect(draft).toMatchObject({ attribution: '100', months: '12' })
    for (const bad of ['', '120', '-5', 'half', '0.5.1']) {
      expect(findAssumptionsProblem({ ...draft, attribution: bad }), bad).toEqual({
        field: 'attribution',
        text: 'Enter a share from 0 to 100, such as 60.',
      })
    }
    for (const bad of ['', '0', '61', '6.5', 'a year']) {
      expect(findAssumptionsProblem({ ...draft, months: bad }), bad).toEqual({
        field: 'months',
        text: 'Enter whole months between 1 and 60.',
      })
    }
    expect(findAssumptionsProblem({ ...draft, attribution: ' 35% ', months: '24' })).toBeNull()
    expect(readAssumptionsDraft({ ...draft, attribution: ' 35% ', months: '24' })).toMatchObject({
      attributionShare: 0.35,
      benefitMonths: 24,
    })
    expect(readAssumptionsDraft({ ...draft, attribution: '0' }).attributionShare).toBe(0)
    // A share typed with decimals keeps them: 12.5% stays 12.5%, shown back as typed.
    const share = readAssumptionsDraft({ ...draft, attribution: '12.5' }).attributionShare
    expect(share).toBe(0.125)
    expect(
      toAssumptionsDraft({ ...defaultEvaluationAssumptions, attributionShare: share }),
    ).toMatchObject({ attribution: '12.5' })
  })

  it('reads assumptions stored before the share and months existed with their defaults', () => {
    const stored = { valuePerUnit: 90, windowBeforeDays: 90, windowAfterDays: 90, note: '' }
    expect(toAssumptionsDraft(stored as EvaluationAssumptions)).toMatchObject({
      value: '90',
      attribution: '100',
      months: '12',
    })
  })
})
