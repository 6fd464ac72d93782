import { describe, expect, it } from 'vitest'
import { listPersonSkills } from './person-skills'
import { createRoasteryData, makePerson } from './test-fixtures'

describe('listPersonSkills', () => {
  it('lists the role skills with the matrix levels, largest gap first, self beside manager', () => {
    const rows = listPersonSkills({ ...createRoasteryData(), personId: 'p-ana' })
    expect(
      rows.map((row) => [row.skillName, row.cell.current, row.cell.required, row.cell.gap]),
    ).toEqual([
      ['EUDR traceability', 1, 2, 1],
      ['Roast profiling', 2, 3, 1],
      ['Cupping', 2, 2, 0],
    ])
    const roast = rows[1]!
    expect(roast.self?.level).toBe(4)
    expect(roast.manager?.level).toBe(2)
    expect(roast.requirement?.origin).toBe('role')
    // The trend holds only the counted (manager) assessments, oldest first.
    expect(roast.history.map((entry) => entry.id)).toEqual(['a01', 'a02'])
  })

  it('includes a personal requirement and the latest interest; the source setting changes the level', () => {
    const data = createRoasteryData()
    const rows = listPersonSkills({ ...data, personId: 'p-dan' })
    expect(rows.map((row) => [row.skillId, row.cell.gap])).toEqual([
      ['s-crm', 2],
      ['s-eudr', 1],
      ['s-cupping', 0],
    ])
    expect(rows[0]).toMatchObject({
      requirement: { origin: 'override', requiredLevel: 2 },
      self: { level: 2 },
      manager: null,
      history: [],
    })
    expect(rows[0]!.cell.interest).toBe(3)
    const any = listPersonSkills({ ...data, personId: 'p-dan', settings: { matrixSource: 'any' } })
    const crm = any.find((row) => row.skillId === 's-crm')!
    expect([crm.cell.current, crm.cell.gap, crm.history.map((entry) => entry.id)]).toEqual([
      2,
      0,
      ['a15'],
    ])
  })

  it('is empty for someone without a role or assessments, and for an unknown person', () => {
    const data = createRoasteryData()
    const newcomer = makePerson('p-new', 'New Person')
    expect(
      listPersonSkills({ ...data, people: [...data.people, newcomer], personId: 'p-new' }),
    ).toEqual([])
    expect(listPersonSkills({ ...data, personId: 'p-nobody' })).toEqual([])
  })

  it('keeps a person who left (their profile still shows their skills)', () => {
    const rows = listPersonSkills({ ...createRoasteryData(), personId: 'p-finn' })
    expect(rows.map((row) => row.skillId).sort()).toEqual(['s-cupping', 's-eudr', 's-roast'])
  })
})
