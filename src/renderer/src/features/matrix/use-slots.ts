import { useState } from 'react'

/**
 * Which drawn element (slot) shows each index of [first, last]. An index keeps its slot while
 * it stays in view, and one coming into view takes a slot that another left, so slots run from
 * 0 to the number in view. Used as React keys, a scroll updates the elements that scrolled out
 * instead of removing them and making new ones, which would leave hundreds of elements per
 * frame for the garbage collector.
 */
export function assignSlots(
  previous: ReadonlyMap<number, number>,
  first: number,
  last: number,
): Map<number, number> {
  const next = new Map<number, number>()
  const taken = new Set<number>()
  for (let index = first; index <= last; index += 1) {
    const slot = previous.get(index)
    if (slot !== undefined) {
      next.set(index, slot)
      taken.add(slot)
    }
  }
  let free = 0
  for (let index = first; index <= last; index += 1) {
    if (next.has(index)) continue
    while (taken.has(free)) free += 1
    next.set(index, free)
    taken.add(free)
  }
  return next
}

/** assignSlots across renders: each range starts from the slots of the one before. */
export function useSlots(first: number, last: number): ReadonlyMap<number, number> {
  // State kept from the previous render, as React documents for values derived from it.
  const [state, setState] = useState(() => ({
    first,
    last,
    slots: assignSlots(new Map(), first, last),
  }))
  if (state.first === first && state.last === last) return state.slots
  const next = { first, last, slots: assignSlots(state.slots, first, last) }
  setState(next)
  return next.slots
}
