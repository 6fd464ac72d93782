import { describe, expect, it } from 'vitest'
import { assignSlots } from './use-slots'

const asList = (slots: ReadonlyMap<number, number>) =>
  [...slots.entries()].sort((a, b) => a[0] - b[0])

describe('slots for a scrolling window', () => {
  it('numbers the first window from zero', () => {
    expect(asList(assignSlots(new Map(), 5, 8))).toEqual([
      [5, 0],
      [6, 1],
      [7, 2],
      [8, 3],
    ])
  })

  it('keeps the slot of what stays in view and gives what comes in the slots that were left', () => {
    const first = assignSlots(new Map(), 0, 3)
    const scrolled = assignSlots(first, 2, 5)
    expect(asList(scrolled)).toEqual([
      [2, 2],
      [3, 3],
      [4, 0],
      [5, 1],
    ])
    // Back again: the slots stay within the number in view.
    expect(asList(assignSlots(scrolled, 0, 3))).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ])
  })

  it('grows and shrinks with the window, without giving two indexes one slot', () => {
    const wide = assignSlots(assignSlots(new Map(), 0, 2), 1, 6)
    expect(new Set(wide.values()).size).toBe(6)
    expect(Math.max(...wide.values())).toBe(5)
    const jumped = assignSlots(wide, 100, 103)
    expect(asList(jumped)).toEqual([
      [100, 0],
      [101, 1],
      [102, 2],
      [103, 3],
    ])
  })
})
