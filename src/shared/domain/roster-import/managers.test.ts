import { describe, expect, it } from 'vitest'
import { Person } from '../../model'
import { settleManagerLines } from './managers'
import { listSavedPeople, makePerson, planTable } from './test-fixtures'
import type { RosterImportPlan } from './types'

const managerNames = (plan: RosterImportPlan): Record<string, string | null> => {
  const saved = listSavedPeople(plan)
  const everyone = new Map([...plan.unchanged, ...saved].map((person) => [person.id, person]))
  return Object.fromEntries(
    saved.map((person) => [
      person.displayName,
      person.managerId === null
        ? null
        : (everyone.get(person.managerId)?.displayName ?? person.managerId),
    ]),
  )
}

describe('planRosterImport: managers within the file', () => {
  it('resolves a manager by employee ID, email or name, in any row order', () => {
    const plan = planTable([
      ['ID', 'Name', 'Email', 'Manager'],
      ['E2', 'Bo Diaz', 'bo@example.com', 'E1'],
      ['E3', 'Cy Ng', '', 'BO@example.com'],
      ['E4', 'Di Roe', '', 'cy ng'],
      ['E5', 'Ed Poe', '', 'Ng, Cy'],
      ['E1', 'Ann Lee', 'ann@example.com', ''],
    ])
    expect(managerNames(plan)).toEqual({
      'Bo Diaz': 'Ann Lee',
      'Cy Ng': 'Bo Diaz',
      'Di Roe': 'Cy Ng',
      'Ed Poe': 'Cy Ng',
      'Ann Lee': null,
    })
    expect(plan.unresolvedManagers).toEqual([])
    for (const person of listSavedPeople(plan)) expect(Person.parse(person)).toEqual(person)
  })

  it('prefers a person in the file to a namesake elsewhere in the workspace', () => {
    // A different employee ID: the stored Ann Lee is someone else.
    const namesake = makePerson({ id: 'p-old', employeeId: 'X9', displayName: 'Ann Lee' })
    const plan = planTable(
      [
        ['ID', 'Name', 'Email', 'Manager'],
        ['E1', 'Ann Lee', 'ann@example.com', ''],
        ['E2', 'Bo', '', 'Ann Lee'],
      ],
      { people: [namesake] },
    )
    expect(plan.counts.create).toBe(2)
    const bo = plan.creates.find((person) => person.displayName === 'Bo')
    const annInFile = plan.creates.find((person) => person.email === 'ann@example.com')
    expect(bo?.managerId).toBe(annInFile?.id)
  })
})

describe('planRosterImport: managers in the workspace', () => {
  const boss = makePerson({
    id: 'p-boss',
    employeeId: 'B1',
    email: 'boss@example.com',
    displayName: 'Bea Boss',
  })

  it('resolves a manager by employee ID, email or name among stored people', () => {
    for (const value of ['b1', 'Boss@Example.com', 'bea boss', 'Boss, Bea']) {
      const plan = planTable(
        [
          ['Name', 'Manager'],
          ['Ann', value],
        ],
        { people: [boss] },
      )
      expect([value, plan.creates[0]?.managerId]).toEqual([value, 'p-boss'])
    }
  })

  it('lists a manager it cannot find, warns on the row and leaves managerId as it was', () => {
    const ann = makePerson({
      id: 'p-ann',
      employeeId: 'E1',
      displayName: 'Ann',
      managerId: 'p-boss',
    })
    const twins = [
      makePerson({ id: 't1', displayName: 'Sam' }),
      makePerson({ id: 't2', displayName: 'Sam' }),
    ]
    const plan = planTable(
      [
        ['ID', 'Name', 'Manager'],
        ['E1', 'Ann', 'Zed Nobody'],
        ['E2', 'Bo', 'Sam'],
      ],
      { people: [boss, ann, ...twins] },
    )
    expect(plan.unresolvedManagers).toEqual([
      { rows: [2], value: 'Zed Nobody', reason: 'missing' },
      { rows: [3], value: 'Sam', reason: 'ambiguous' },
    ])
    expect(plan.unchanged.map((person) => [person.id, person.managerId])).toEqual([
      ['p-ann', 'p-boss'],
    ])
    expect(plan.creates[0]?.managerId).toBeNull()
    expect(
      plan.problems.map((problem) => [
        problem.row,
        problem.column,
        problem.severity,
        problem.message,
      ]),
    ).toEqual([
      [
        2,
        3,
        'warning',
        "Row 2, column 'Manager': 'Zed Nobody' matches nobody in the file or in Trellis; the manager was left as it was.",
      ],
      [
        3,
        3,
        'warning',
        "Row 3, column 'Manager': 'Sam' matches several people; the manager was left as it was.",
      ],
    ])
    expect(plan.counts).toEqual({ create: 1, update: 0, unchanged: 1, skipped: 0 })
  })
})

describe('planRosterImport: manager lines that cannot be drawn', () => {
  it('refuses to make a person their own manager', () => {
    const plan = planTable([
      ['ID', 'Name', 'Manager'],
      ['E1', 'Ann', 'E1'],
    ])
    expect(plan.creates[0]?.managerId).toBeNull()
    expect(plan.problems.map((problem) => problem.message)).toEqual([
      "Row 2, column 'Manager': a person cannot be their own manager; the manager was left as it was.",
    ])
  })

  it('refuses the second of two rows naming each other', () => {
    const plan = planTable([
      ['ID', 'Name', 'Manager'],
      ['E1', 'Ann', 'E2'],
      ['E2', 'Bo', 'E1'],
    ])
    expect(managerNames(plan)).toEqual({ Ann: 'Bo', Bo: null })
    expect(plan.problems).toHaveLength(1)
    expect(plan.problems[0]).toMatchObject({
      row: 3,
      column: 3,
      field: 'manager',
      severity: 'warning',
    })
    expect(plan.problems[0]?.message).toContain('would make a loop')
  })

  it('refuses a line that closes a loop through people already stored', () => {
    const ann = makePerson({ id: 'p-ann', employeeId: 'E1', displayName: 'Ann' })
    const bo = makePerson({ id: 'p-bo', employeeId: 'E2', displayName: 'Bo', managerId: 'p-ann' })
    const cy = makePerson({ id: 'p-cy', employeeId: 'E3', displayName: 'Cy', managerId: 'p-bo' })
    const plan = planTable(
      [
        ['ID', 'Name', 'Manager'],
        ['E1', 'Ann', 'E3'],
      ],
      { people: [ann, bo, cy] },
    )
    expect(plan.rowOutcomes.get(2)).toBe('unchanged')
    expect(plan.problems.map((problem) => problem.row)).toEqual([2])
  })

  it('accepts a reorganisation that reverses a stored line', () => {
    const ann = makePerson({ id: 'p-ann', employeeId: 'E1', displayName: 'Ann', managerId: 'p-bo' })
    const bo = makePerson({ id: 'p-bo', employeeId: 'E2', displayName: 'Bo' })
    const plan = planTable(
      [
        ['ID', 'Name', 'Manager'],
        ['E2', 'Bo', 'E1'],
        ['E1', 'Ann', 'E3'],
        ['E3', 'Cy', ''],
      ],
      { people: [ann, bo] },
    )
    expect(managerNames(plan)).toEqual({ Bo: 'Ann', Ann: 'Cy', Cy: null })
    expect(plan.problems).toEqual([])
    expect(plan.updates.map((update) => update.changedFields)).toEqual([
      ['managerId'],
      ['managerId'],
    ])
  })
})

describe('settleManagerLines', () => {
  it('clears a refused line when the previous one would make a loop as well', () => {
    // Stored: a -> b. File: b -> a (drawn once a's line is lifted), c -> b, a -> c (loop a-c-b-a).
    const lines = new Map<string, string | null>([
      ['a', 'b'],
      ['b', null],
      ['c', null],
    ])
    const outcomes = settleManagerLines(lines, [
      { personId: 'b', managerId: 'a', previousManagerId: null },
      { personId: 'c', managerId: 'b', previousManagerId: null },
      { personId: 'a', managerId: 'c', previousManagerId: 'b' },
    ])
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['set', 'set', 'refused-and-cleared'])
    expect(Object.fromEntries(lines)).toEqual({ a: null, b: 'a', c: 'b' })
  })

  it('stops on a loop already in the data', () => {
    const lines = new Map<string, string | null>([
      ['x', 'y'],
      ['y', 'x'],
      ['p', null],
    ])
    const outcomes = settleManagerLines(lines, [
      { personId: 'p', managerId: 'x', previousManagerId: null },
    ])
    expect(outcomes).toEqual([{ kind: 'set' }])
  })
})

describe('planRosterImport: managers by ID, then by name in any order', () => {
  it('reads "Last, First", stray spaces and middle initials as the same person', () => {
    const plan = planTable([
      ['Name', 'Manager'],
      ['Adinolfi, Wilson  K', ''],
      ['Ng,   Cy', 'Wilson Adinolfi'],
      ['Diaz, Bo', 'adinolfi,wilson'],
      ['Eve Park', 'Cy  Ng'],
      ['Fay Lam', 'Wilson K. Adinolfi'],
    ])
    const byName = new Map(plan.creates.map((person) => [person.displayName, person]))
    const wilson = byName.get('Wilson K Adinolfi')!
    expect(byName.get('Cy Ng')?.managerId).toBe(wilson.id)
    expect(byName.get('Bo Diaz')?.managerId).toBe(wilson.id)
    expect(byName.get('Eve Park')?.managerId).toBe(byName.get('Cy Ng')!.id)
    expect(byName.get('Fay Lam')?.managerId).toBe(wilson.id)
    expect(plan.unresolvedManagers).toEqual([])
  })

  it('tries the manager ID column before the name, and falls back to the name', () => {
    const plan = planTable([
      ['ID', 'Name', 'Manager', 'Manager ID'],
      ['E1', 'Ann Lee', '', ''],
      ['E2', 'Ann Lee Junior', '', ''],
      // The name says one Ann, the ID the other: the ID wins.
      ['E3', 'Bo Diaz', 'Ann Lee', 'E2'],
      // An ID that is nobody's: the name still finds her.
      ['E4', 'Cy Ng', 'Ann Lee', 'E99'],
      ['E5', 'Dee Fox', '', 'E1'],
    ])
    const byId = new Map(plan.creates.map((person) => [person.employeeId, person]))
    expect(byId.get('E3')?.managerId).toBe(byId.get('E2')!.id)
    expect(byId.get('E4')?.managerId).toBe(byId.get('E1')!.id)
    expect(byId.get('E5')?.managerId).toBe(byId.get('E1')!.id)
  })

  it('reports a manager in nobody’s row once, with the number of rows that name them', () => {
    const plan = planTable([
      ['Name', 'Manager', 'Manager ID'],
      ['Ann Lee', 'Board of Directors', ''],
      ['Bo Diaz', 'Board of Directors', ''],
      ['Cy Ng', 'board of directors', ''],
      ['Dee Fox', 'Zed', '77'],
    ])
    expect(plan.unresolvedManagers).toEqual([
      { value: 'Board of Directors', rows: [2, 3, 4], reason: 'missing' },
      { value: 'Zed (ID 77)', rows: [5], reason: 'missing' },
    ])
    expect(plan.problems.map((problem) => problem.message)).toEqual([
      "Row 2, column 'Manager': 'Board of Directors' matches nobody in the file or in Trellis; on rows 2, 3 and 4 the manager was left as it was.",
      "Row 5, column 'Manager': 'Zed (ID 77)' matches nobody in the file or in Trellis; the manager was left as it was.",
    ])
  })
})
