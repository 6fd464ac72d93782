import { describe, expect, it } from 'vitest'
import {
  findBusinessGoalProblem,
  findGoalUpdateProblem,
  findKpiProblem,
  findMeasurementProblem,
  findReviewProblem,
  readGoalUpdateValue,
  readSkillNeeds,
} from './form-checks'

const today = '2026-11-23'

describe('goal form checks', () => {
  it('a KPI needs a name', () => {
    expect(findKpiProblem({ name: 'Error rate' })).toBeNull()
    expect(findKpiProblem({ name: '  ' })?.field).toBe('name')
  })

  it('a measurement needs a past date, a number and its subject', () => {
    const company = { scope: 'company' as const, subjectId: null }
    const draft = { date: '2026-11-20', value: '4,5' }
    expect(findMeasurementProblem(draft, company, today)).toBeNull()
    expect(findMeasurementProblem({ ...draft, date: '' }, company, today)?.field).toBe('date')
    expect(findMeasurementProblem({ ...draft, date: '2026-11-24' }, company, today)?.text).toBe(
      'The date is in the future.',
    )
    expect(findMeasurementProblem({ ...draft, value: 'four' }, company, today)?.field).toBe('value')
    expect(findMeasurementProblem(draft, { scope: 'team', subjectId: null }, today)).toEqual({
      field: 'form',
      text: 'Choose the team first.',
    })
  })

  it('a key-result update needs its value; a goal update a share of 0-100 or a note', () => {
    const kr = { title: 'Returns' }
    const draft = { value: '7', date: today, note: '' }
    expect(findGoalUpdateProblem(draft, kr)).toBeNull()
    expect(findGoalUpdateProblem({ ...draft, value: 'seven' }, kr)?.text).toBe(
      'The value is a number.',
    )
    expect(findGoalUpdateProblem({ ...draft, value: '' }, kr)?.text).toMatch(/“Returns”/)
    expect(findGoalUpdateProblem({ ...draft, value: '120' }, undefined)?.field).toBe('value')
    expect(findGoalUpdateProblem({ ...draft, date: '' }, kr)?.field).toBe('date')
    expect(findGoalUpdateProblem({ ...draft, value: '' }, undefined)?.field).toBe('note')
    expect(findGoalUpdateProblem({ ...draft, value: '', note: 'Kicked off' }, undefined)).toBeNull()
    expect(readGoalUpdateValue(' ')).toBeNull()
    expect(readGoalUpdateValue('62,5')).toBe(62.5)
  })

  it('a business goal needs a title and, on each line, a skill named once and 1 or more people', () => {
    const need = (skillId: string, headcount = '1') => ({
      id: skillId,
      skillId,
      level: '3',
      headcount,
    })
    expect(findBusinessGoalProblem({ title: 'Second café', needs: [need('s1')] })).toBeNull()
    expect(findBusinessGoalProblem({ title: '', needs: [] })?.field).toBe('title')
    expect(findBusinessGoalProblem({ title: 'Café', needs: [need('s1'), need('')] })?.field).toBe(
      'need-1-skillId',
    )
    expect(
      findBusinessGoalProblem({ title: 'Café', needs: [need('s1'), need('s1')] })?.text,
    ).toMatch(/already on line 1/)
    for (const headcount of ['0', '1.5', 'two'])
      expect(
        findBusinessGoalProblem({ title: 'Café', needs: [need('s1', headcount)] })?.field,
      ).toBe('need-0-headcount')
    expect(readSkillNeeds([need('s1', '2')])).toEqual([{ skillId: 's1', level: 3, headcount: 2 }])
  })

  it('a review needs a decision, and a carried-over goal keeps it', () => {
    expect(findReviewProblem('done', null)).toBeNull()
    expect(findReviewProblem(null, null)?.field).toBe('decision')
    expect(findReviewProblem('done', '2027-Q1')?.text).toMatch(/continues in 2027-Q1/)
    expect(findReviewProblem('carried-over', '2027-Q1')).toBeNull()
  })
})
