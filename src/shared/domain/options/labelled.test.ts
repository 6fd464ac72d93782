import { describe, expect, it } from 'vitest'
import { toLabelledOptions } from './labelled'

describe('toLabelledOptions', () => {
  const labels = { internal: 'Internal expert', external: 'External provider', free: 'Free' }

  it('lists the values in the order given, each with its label', () => {
    expect(toLabelledOptions(['free', 'internal', 'external'], labels)).toEqual([
      { value: 'free', label: 'Free' },
      { value: 'internal', label: 'Internal expert' },
      { value: 'external', label: 'External provider' },
    ])
  })

  it('lists only the values asked for', () => {
    expect(toLabelledOptions(['external'], labels)).toEqual([
      { value: 'external', label: 'External provider' },
    ])
    expect(toLabelledOptions([], labels)).toEqual([])
  })
})
