import { describe, expect, it } from 'vitest'
import {
  carryAction,
  completeAction,
  countCarries,
  describeActionState,
  findPreviousCheckin,
  indexCarriedIds,
  listActionsToReview,
  listOpenActions,
} from './actions'
import { makeAction, makeCheckin } from './test-fixtures'

describe('carry-over of open action items', () => {
  const first = makeCheckin({ id: 'c1', date: '2026-11-02' })
  const second = makeCheckin({ id: 'c2', date: '2026-11-16', status: 'draft' })
  const open = makeAction({ id: 'a1', checkinId: 'c1' })
  const done = makeAction({ id: 'a2', checkinId: 'c1', isDone: true, doneDate: '2026-11-05' })

  it('lists the open items of earlier check-ins at the top of the next one', () => {
    expect(listActionsToReview([first, second], [open, done], second).map((a) => a.id)).toEqual([
      'a1',
    ])
  })

  it('creates the copy in the new check-in, and the original then counts as carried', () => {
    const copy = carryAction(open, { checkinId: 'c2', id: 'a3' })
    expect(copy).toMatchObject({
      id: 'a3',
      checkinId: 'c2',
      carriedFromId: 'a1',
      isDone: false,
      dueDate: '2026-11-16',
      text: open.text,
    })
    const all = [open, done, copy]
    const carried = indexCarriedIds(all)
    expect(describeActionState(open, carried)).toBe('carried')
    expect(describeActionState(copy, carried)).toBe('open')
    expect(listOpenActions(all, 'p1').map((a) => a.id)).toEqual(['a3'])
    // The copy belongs to the current check-in, so nothing is left to review at its top.
    expect(listActionsToReview([first, second], all, second)).toEqual([])
    // A third check-in sees the copy, once.
    const third = makeCheckin({ id: 'c3', date: '2026-11-30' })
    expect(listActionsToReview([first, second, third], all, third).map((a) => a.id)).toEqual(['a3'])
  })

  it('counts the carries back to the first time the item was written', () => {
    const copy = carryAction(open, { checkinId: 'c2', id: 'a3', dueDate: '2026-11-30' })
    const again = carryAction(copy, { checkinId: 'c3', id: 'a4' })
    expect(again.dueDate).toBe('2026-11-30')
    expect(countCarries(again, [open, copy, again])).toBe(2)
    expect(countCarries(open, [open, copy, again])).toBe(0)
  })

  it('refuses to carry a done item or to carry into its own check-in', () => {
    expect(() => carryAction(done, { checkinId: 'c2', id: 'x' })).toThrow(/done/)
    expect(() => carryAction(open, { checkinId: 'c1', id: 'x' })).toThrow(/later/)
  })

  it('ticking off closes the item with today as the done date', () => {
    expect(completeAction(open, '2026-11-16')).toMatchObject({
      isDone: true,
      doneDate: '2026-11-16',
    })
    expect(listOpenActions([completeAction(open, '2026-11-16')])).toEqual([])
  })

  it('finds the previous finished check-in, skipping drafts and later ones', () => {
    const draft = makeCheckin({ id: 'c0', date: '2026-11-10', status: 'draft' })
    const later = makeCheckin({ id: 'c9', date: '2026-12-01' })
    expect(findPreviousCheckin([first, draft, second, later], second)?.id).toBe('c1')
    expect(findPreviousCheckin([second], second)).toBeNull()
  })
})
