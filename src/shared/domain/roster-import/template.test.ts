import { describe, expect, it } from 'vitest'
import { Person } from '../../model'
import { findMappingConflicts, suggestColumnMapping } from './mapping'
import { rosterTemplateRows } from './template'
import { planTable } from './test-fixtures'

describe('rosterTemplateRows', () => {
  it('has headers that all map to a field of their own, and rows of the same width', () => {
    const [headers = [], ...examples] = rosterTemplateRows
    const mappings = suggestColumnMapping(headers)
    expect(mappings.every((mapping) => mapping.target !== 'ignore')).toBe(true)
    expect(findMappingConflicts(mappings)).toEqual([])
    expect(examples).toHaveLength(2)
    for (const row of examples) expect(row).toHaveLength(headers.length)
  })

  it('imports cleanly: two people, the second managed by the first', () => {
    const plan = planTable(rosterTemplateRows)
    expect(plan.problems).toEqual([])
    expect(plan.counts.create).toBe(2)
    const [first, second] = plan.creates
    expect(second?.managerId).toBe(first?.id)
    for (const person of plan.creates) expect(Person.parse(person)).toEqual(person)
  })
})
