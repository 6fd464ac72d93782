import { describe, expect, it } from 'vitest'
import { assignSlots } from './use-slots'

/** Index -> slot as an object, so the order the map was filled in does not matter. */
const slotsOf = (slots: ReadonlyMap<number, number>) => Object.fromEntries(slots)

describe('slots for a scrolling window', () => {
  it('numbers the first window from zero', () => {
    expect(slotsOf(assignSlots(new Map(), 5, 8))).toEqual({ 5: 0, 6: 1, 7: 2, 8: 3 })
  })

  it('keeps the slot of what stays in view and gives what comes in the slots that were left', () => {
    const first = assignSlots(new Map(), 0, 3)
    const scrolled = assignSlots(first, 2, 5)
    expect(slotsOf(scrolled)).toEqual({ 2: 2, 3: 3, 4: 0, 5: 1 })
    // Back again: the slots stay within the number in view.
    expect(slotsOf(assignSlots(scrolled, 0, 3))).toEqual({ 0: 0, 1: 1, 2: 2, 3: 3 })
  })

  it('grows and shrinks with the window, without giving two indexes one slot', () => {
    const wide = assignSlots(assignSlots(new Map(), 0, 2), 1, 6)
    expect(new Set(wide.values()).size).toBe(6)
    expect(Math.max(...wide.values())).toBe(5)
    const jumped = assignSlots(wide, 100, 103)
    expect(slotsOf(jumped)).toEqual({ 100: 0, 101: 1, 102: 2, 103: 3 })
  })
})
