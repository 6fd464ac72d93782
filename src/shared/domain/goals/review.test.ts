import { describe, expect, it } from 'vitest'
import { decideReview, listCarryChain, listGoalHistory } from './review'
import { buildGoalTree, flattenGoalTree, listDescendantIds } from './tree'
import { makeGoal, makeKr, makeUpdate } from './test-helpers'

function ids(): () => string {
  let next = 1
  return () => `new-${next++}`
}

describe('quarterly review', () => {
  it('records done and dropped with the note and day, without copies', () => {
    const goal = makeGoal('g')
    const outcome = decideReview({
      goal,
      keyResults: [],
      decision: 'dropped',
      note: ' Priorities changed ',
      today: '2026-12-30',
      fiscalStartMonth: 1,
      goals: [goal],
      newId: ids(),
    })
    expect(outcome.goal).toMatchObject({
      status: 'dropped',
      reviewNote: 'Priorities changed',
      reviewedOn: '2026-12-30',
    })
    expect(outcome.carried).toBeNull()
  })

  it('carries a goal into the next period with its key results, from where they stand', () => {
    const parent = makeGoal('parent', { period: '2026-Q4' })
    const parentCopy = makeGoal('parent-copy', { period: '2027-Q1', carriedFromId: 'parent' })
    const goal = makeGoal('g', { parentId: 'parent', period: '2026-Q4' })
    const kr = makeKr('k', 'g', { baseline: 10, target: 50, current: 30 })
    const outcome = decideReview({
      goal,
      keyResults: [kr, makeKr('other', 'x')],
      decision: 'carried-over',
      note: 'Half done',
      today: '2026-12-30',
      fiscalStartMonth: 1,
      goals: [parent, parentCopy, goal],
      newId: ids(),
    })
    expect(outcome.goal.status).toBe('carried-over')
    expect(outcome.carried?.goal).toMatchObject({
      id: 'new-1',
      period: '2027-Q1',
      status: 'active',
      carriedFromId: 'g',
      parentId: 'parent-copy',
      dueDate: '2027-03-31',
    })
    expect(outcome.carried?.keyResults).toEqual([
      { ...kr, id: 'new-2', goalId: 'new-1', baseline: 30 },
    ])
  })

  it('does not carry the same goal twice, and keeps the history along the chain', () => {
    const first = makeGoal('q3', { period: '2026-Q3', status: 'carried-over' })
    const second = makeGoal('q4', { period: '2026-Q4', carriedFromId: 'q3' })
    const outcome = decideReview({
      goal: first,
      keyResults: [],
      decision: 'carried-over',
      note: '',
      today: '2026-12-30',
      fiscalStartMonth: 1,
      goals: [first, second],
      newId: ids(),
    })
    expect(outcome.carried).toBeNull()
    expect(listCarryChain('q4', [first, second]).map((goal) => goal.id)).toEqual(['q4', 'q3'])
    const history = listGoalHistory(
      'q4',
      [first, second],
      [
        makeUpdate('a', 'q3', { date: '2026-08-01' }),
        makeUpdate('b', 'q4', { date: '2026-10-20' }),
        makeUpdate('c', 'elsewhere'),
      ],
    )
    expect(history.map((update) => update.id)).toEqual(['b', 'a'])
  })
})

describe('goal tree', () => {
  it('nests company, team and person goals and sorts siblings by level then title', () => {
    const goals = [
      makeGoal('p', { level: 'person', parentId: 't', title: 'Person' }),
      makeGoal('t', { level: 'team', parentId: 'c', title: 'Team' }),
      makeGoal('c', { level: 'company', title: 'Company' }),
      makeGoal('orphan', {
        level: 'team',
        parentId: 'elsewhere',
        title: 'Aligned to last quarter',
      }),
    ]
    const flat = flattenGoalTree(buildGoalTree(goals))
    expect(flat.map((node) => [node.goal.id, node.depth])).toEqual([
      ['c', 0],
      ['t', 1],
      ['p', 2],
      ['orphan', 0],
    ])
    expect(flat[3]?.isParentElsewhere).toBe(true)
    expect([...listDescendantIds('c', goals)].sort()).toEqual(['c', 'p', 't'])
  })
})
