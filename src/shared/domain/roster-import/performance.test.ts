import { describe, expect, it } from 'vitest'
import type { Person } from '../../model'
import { suggestColumnMapping } from './mapping'
import { planRosterImport } from './plan'
import { buildRosterRows } from './rows'
import { createIdSequence, makePerson, makeTeam, today } from './test-fixtures'

const size = 10_000
const idOf = (index: number): string => `E${String(index).padStart(5, '0')}`

/** A stored workspace and a file describing it: every other row changed, managers by ID. */
function createWorkload(): { people: Person[]; table: string[][] } {
  const people = Array.from({ length: size }, (_, index) =>
    makePerson({
      id: `p-${index}`,
      employeeId: idOf(index),
      displayName: `Person ${index}`,
      email: `person${index}@example.com`,
      teamId: `t-${index % 20}`,
    }),
  )
  const headers = ['Employee ID', 'Name', 'Email', 'Title', 'Department', 'Manager', 'Start date']
  const rows = Array.from({ length: size }, (_, index) => [
    // A tenth of the rows are new people; the rest match stored ones by ID.
    idOf(index % 10 === 0 ? size + index : index),
    `Person ${index}`,
    `person${index % 10 === 0 ? size + index : index}@example.com`,
    index % 2 === 0 ? 'Baker' : '',
    `Team ${index % 25}`,
    index === 0 ? '' : idOf(Math.floor(index / 8)),
    '03/04/2020',
  ])
  return { people, table: [headers, ...rows] }
}

describe('planRosterImport performance', () => {
  // Speed is measured by `npm run bench`, not here: CI's cores are shared.
  it('plans 10,000 rows against 10,000 people', () => {
    const { people, table } = createWorkload()
    const [headers = [], ...rows] = table
    const mappings = suggestColumnMapping(headers)
    const rosterRows = buildRosterRows({ headers, rows }, mappings, { dateOrder: 'day-first' })
    const teams = Array.from({ length: 20 }, (_, index) => makeTeam(`t-${index}`, `Team ${index}`))

    const planOnce = () =>
      planRosterImport({
        rows: rosterRows,
        excludedRows: new Set(),
        people,
        teams,
        today,
        createId: createIdSequence(),
        mappings,
      })
    const plan = planOnce()

    expect(plan.counts.create).toBe(size / 10)
    expect(plan.counts.create + plan.counts.update + plan.counts.unchanged).toBe(size)
    expect(plan.newTeams).toHaveLength(5)
  })
})
