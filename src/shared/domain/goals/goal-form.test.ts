import { describe, expect, it } from 'vitest'
import {
  emptyKeyResultDraft,
  findGoalProblem,
  newGoal,
  readGoalDraft,
  toGoalDraft,
  type GoalDraft,
} from './goal-form'
import { makeGoal, makeKr } from './test-helpers'

function draftOf(changes: Partial<GoalDraft> = {}): GoalDraft {
  return { ...toGoalDraft(makeGoal('g', { teamId: 't1' }), [makeKr('k', 'g')]), ...changes }
}

describe('goal form', () => {
  it('round-trips a stored goal and its key results through the draft', () => {
    const goal = makeGoal('g', { teamId: 't1', dueDate: '2026-12-31' })
    const kr = makeKr('k', 'g', { unit: '%', kpiId: 'kpi1' })
    const draft = toGoalDraft(goal, [kr, makeKr('other', 'elsewhere')])
    expect(draft.keyResults.map((row) => row.id)).toEqual(['k'])
    expect(draft.weight).toBe('1')
    expect(findGoalProblem(draft)).toBeNull()
    expect(readGoalDraft(draft)).toEqual({ goal, keyResults: [kr] })
  })

  it('starts a goal one level below its parent, in the parent’s team', () => {
    expect(newGoal('n', '2026-Q4', undefined).level).toBe('company')
    const company = makeGoal('c', { level: 'company' })
    expect(newGoal('n', '2026-Q4', company)).toMatchObject({ level: 'team', parentId: 'c' })
    const team = makeGoal('t', { level: 'team', teamId: 'team1' })
    expect(newGoal('n', '2026-Q4', team)).toMatchObject({ level: 'person', teamId: 'team1' })
  })

  it('names the first field to fix, in the order of the form', () => {
    expect(findGoalProblem(draftOf({ title: ' ' }))).toEqual({
      field: 'title',
      text: 'Give the goal a title.',
    })
    expect(findGoalProblem(draftOf({ period: 'Q3' }))?.field).toBe('period')
    expect(findGoalProblem(draftOf({ level: 'team', teamId: '' }))?.field).toBe('teamId')
    expect(findGoalProblem(draftOf({ level: 'person', ownerPersonId: '' }))?.field).toBe(
      'ownerPersonId',
    )
    expect(findGoalProblem(draftOf({ dueDate: '31/12/2026' }))?.field).toBe('dueDate')
    expect(findGoalProblem(draftOf({ weight: '-1' }))?.field).toBe('weight')
    expect(findGoalProblem(draftOf({ weight: '' }))?.field).toBe('weight')
  })

  it('names the key result and its field', () => {
    const second = { ...emptyKeyResultDraft('k2'), title: 'Returns', baseline: '5', target: '2' }
    const draft = draftOf()
    expect(findGoalProblem({ ...draft, keyResults: [...draft.keyResults, second] })).toEqual({
      field: 'kr-1-current',
      text: 'Key result 2: the current is a number.',
    })
    const untitled = emptyKeyResultDraft('k3')
    expect(findGoalProblem({ ...draft, keyResults: [untitled] })?.field).toBe('kr-0-title')
    const heavy = { ...second, current: '3', weight: '-2' }
    expect(findGoalProblem({ ...draft, keyResults: [heavy] })?.text).toMatch(/0 or more/)
  })

  it('reads comma decimals, drops the SMART checklist of an OKR and the team of a company goal', () => {
    const draft = draftOf({
      level: 'company',
      teamId: 't1',
      weight: '1,5',
      style: 'okr',
      keyResults: [{ ...emptyKeyResultDraft('k'), title: ' Returns ', baseline: '4', target: '2' }],
    })
    const { goal, keyResults } = readGoalDraft(draft)
    expect(goal).toMatchObject({ teamId: null, weight: 1.5, smart: null })
    // A key result without a current value starts at its baseline.
    expect(keyResults[0]).toMatchObject({ title: 'Returns', current: 4, kpiId: null })
    expect(readGoalDraft(draftOf({ style: 'smart' })).goal.smart).toEqual(draft.smart)
  })
})
