import { describe, expect, it } from 'vitest'
import { buildAgenda } from './build-agenda'
import { createAgendaContext } from './context'
import { listGoalUpdateItems, listQuarterReviewItems } from './goal-items'
import { makeGoal, makeGoalUpdate, makeInput, makePerson } from './test-fixtures'

const today = '2026-12-07'
const people = [
  makePerson('aoife', { displayName: 'Aoife Brennan' }),
  makePerson('gone', { status: 'left', leftDate: '2026-11-01' }),
]
const context = createAgendaContext(people, today)

describe('goal update items', () => {
  it('asks for an update 30 days after the last one, or after the quarter began', () => {
    const input = makeInput({
      people,
      goals: [
        makeGoal('g1', { title: 'Raise repeat orders', ownerPersonId: 'aoife' }),
        makeGoal('g2', { title: 'Open the second shop', level: 'team' }),
        makeGoal('g3', { ownerPersonId: 'aoife' }),
      ],
      goalUpdates: [
        makeGoalUpdate('u0', 'g1', '2026-10-20'),
        makeGoalUpdate('u1', 'g1', '2026-11-03'),
        makeGoalUpdate('u2', 'g3', '2026-12-01'),
        // Dated ahead: not an update yet.
        makeGoalUpdate('u3', 'g3', '2026-12-20'),
      ],
    })
    expect(listGoalUpdateItems(input, context)).toEqual([
      {
        id: 'goal-update:g1:2026-12-03',
        kind: 'goal-update',
        date: '2026-12-03',
        personId: 'aoife',
        title: 'Update the goal “Raise repeat orders”',
        why: 'The last update was on 3 Nov 2026, 34 days ago; goals get one at least every 30 days.',
        isOverdue: true,
        action: { route: '/goals', label: 'Add an update' },
      },
      {
        id: 'goal-update:g2:2026-10-31',
        kind: 'goal-update',
        date: '2026-10-31',
        personId: null,
        title: 'Update the goal “Open the second shop”',
        why: 'No update yet since 2026-Q4 began on 1 Oct 2026; goals get one at least every 30 days.',
        isOverdue: true,
        action: { route: '/goals', label: 'Add an update' },
      },
      expect.objectContaining({ id: 'goal-update:g3:2026-12-31', isOverdue: false }),
    ])
  })

  it('skips decided goals, goals of people who left and quarters not begun', () => {
    const input = makeInput({
      people,
      goals: [
        makeGoal('done', { status: 'done' }),
        makeGoal('dropped', { status: 'dropped' }),
        makeGoal('carried', { status: 'carried-over' }),
        makeGoal('theirs', { ownerPersonId: 'gone' }),
        makeGoal('next', { period: '2027-Q1' }),
        makeGoal('odd', { period: 'someday' }),
      ],
    })
    expect(listGoalUpdateItems(input, context)).toEqual([])
  })
})

describe('quarterly review items', () => {
  it('puts the review at the end of the current fiscal quarter while its goals wait for a decision', () => {
    const input = makeInput({
      people,
      goals: [makeGoal('g1'), makeGoal('g2'), makeGoal('g3', { status: 'done' })],
    })
    expect(listQuarterReviewItems(input, context)).toEqual([
      {
        id: 'quarter-review:2026-Q4',
        kind: 'quarter-review',
        date: '2026-12-31',
        personId: null,
        title: 'Quarterly goal review',
        why: '2026-Q4 ends on 31 Dec 2026; 2 goals still need a decision: done, carried over or dropped.',
        isOverdue: false,
        action: { route: '/goals', label: 'Review the quarter' },
      },
    ])
  })

  it('follows the fiscal year start, and the horizon decides whether it shows', () => {
    // Fiscal years from February: Q4 of 2026 runs from November to January.
    const input = makeInput({
      people,
      goals: [makeGoal('g1', { period: '2026-Q4' })],
      settings: { defaultCadence: 'biweekly', fiscalYearStartMonth: 2 },
    })
    const [item] = listQuarterReviewItems(input, context)
    expect(item).toMatchObject({ id: 'quarter-review:2026-Q4', date: '2027-01-31' })
    expect(buildAgenda(input, today).filter((i) => i.kind === 'quarter-review')).toEqual([])
    expect(
      buildAgenda({ ...input, horizonDays: 60 }, today).filter((i) => i.kind === 'quarter-review'),
    ).toHaveLength(1)
  })

  it("keeps last quarter's review, overdue, while any of its goals is undecided", () => {
    const input = makeInput({
      people,
      goals: [makeGoal('old', { period: '2026-Q3' }), makeGoal('older', { period: '2026-Q2' })],
    })
    expect(listQuarterReviewItems(input, context)).toEqual([
      expect.objectContaining({
        id: 'quarter-review:2026-Q3',
        date: '2026-09-30',
        isOverdue: true,
        why: '2026-Q3 ended on 30 Sep 2026; 1 goal still needs a decision: done, carried over or dropped.',
      }),
    ])
  })

  it('has no review for a quarter without undecided goals', () => {
    const input = makeInput({ people, goals: [makeGoal('theirs', { ownerPersonId: 'gone' })] })
    expect(listQuarterReviewItems(input, context)).toEqual([])
  })
})
