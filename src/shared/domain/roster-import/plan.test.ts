import { describe, expect, it } from 'vitest'
import { Person } from '../../model'
import { suggestColumnMapping } from './mapping'
import { planRosterImport } from './plan'
import { buildRosterRows } from './rows'
import {
  applyPlan,
  createIdSequence,
  listSavedPeople,
  makePerson,
  makeTeam,
  planTable,
  today,
} from './test-fixtures'

describe('planRosterImport: matching', () => {
  const ann = makePerson({
    id: 'p-ann',
    employeeId: 'E1',
    email: 'ann@example.com',
    displayName: 'Ann Lee',
    givenName: 'Ann',
    familyName: 'Lee',
  })
  const bo = makePerson({
    id: 'p-bo',
    employeeId: null,
    email: 'bo@example.com',
    displayName: 'Bo Diaz',
  })
  const cy = makePerson({ id: 'p-cy', displayName: 'Cy Ng' })
  const people = [ann, bo, cy]

  it('matches by ID before email, by email before name', () => {
    const headers = ['ID', 'Name', 'Email', 'Title']
    const matchedBy = (row: string[]) =>
      planTable([headers, row], { people }).updates.map((update) => update.before.id)
    expect(matchedBy(['e1', 'Cy Ng', 'BO@example.com', 'x'])).toEqual(['p-ann'])
    expect(matchedBy(['', 'Cy Ng', 'BO@example.com', 'x'])).toEqual(['p-bo'])
    expect(matchedBy(['E404', 'Cy Ng', 'BO@example.com', 'x'])).toEqual(['p-bo'])
    expect(matchedBy(['', ' cy  NG ', '', 'x'])).toEqual(['p-cy'])
    expect(matchedBy(['', 'Nobody', 'nobody@example.com', 'x'])).toEqual([])
  })

  it('matches by name when only the email differs, and says so', () => {
    const plan = planTable(
      [
        ['Name', 'Email'],
        ['Bo Diaz', 'bo@new.example.com'],
      ],
      { people },
    )
    expect(plan.updates.map((update) => [update.before.id, update.changedFields])).toEqual([
      ['p-bo', ['email']],
    ])
    expect(
      plan.problems.map((problem) => [problem.severity, problem.column, problem.message]),
    ).toEqual([
      [
        'warning',
        2,
        "Row 2, column 'Email': matched Bo Diaz by name; their email changes from 'bo@example.com' to 'bo@new.example.com'.",
      ],
    ])
  })

  it('does not match on a weaker key when a stronger one says it is someone else', () => {
    const plan = planTable(
      [
        ['ID', 'Name', 'Email'],
        ['E9', 'Ann Lee', ''],
        ['E8', 'Zed', 'ann@example.com'],
      ],
      { people },
    )
    expect(plan.creates.map((person) => person.displayName)).toEqual(['Ann Lee'])
    expect(plan.skipped).toEqual([
      {
        row: 3,
        reason:
          "Row 3, column 'Email': the email 'ann@example.com' belongs to Ann Lee, whose ID is 'E1', not 'E8'.",
      },
    ])
  })

  it('skips a row whose name fits several people', () => {
    const twins = [
      makePerson({ id: 't1', displayName: 'Sam Roe' }),
      makePerson({ id: 't2', displayName: 'Sam Roe' }),
    ]
    const plan = planTable(
      [
        ['Name', 'Title'],
        ['Sam Roe', 'Chef'],
      ],
      { people: twins },
    )
    expect(plan.rowOutcomes.get(2)).toBe('skipped')
    expect(plan.skipped[0]?.reason).toBe(
      "Row 2, column 'Name': 2 people in Trellis are named 'Sam Roe': add an ID or email column to tell them apart.",
    )
    expect(plan.problems.map((problem) => [problem.row, problem.severity])).toEqual([[2, 'error']])
  })

  it('skips the second row that describes the same person', () => {
    const plan = planTable(
      [
        ['Email', 'Name'],
        ['ann@example.com', 'Ann'],
        ['', 'Ann Lee'],
      ],
      { people },
    )
    expect(plan.rowOutcomes).toEqual(
      new Map([
        [2, 'update'],
        [3, 'skipped'],
      ]),
    )
    expect(plan.skipped[0]?.reason).toBe(
      'Row 3: describes Ann Lee, as row 2 does; only row 2 is imported.',
    )
  })

  it('skips rows the user excluded and rows with errors, and counts every outcome', () => {
    const plan = planTable(
      [
        ['Name', 'Email', 'Title'],
        ['Ann Lee', 'ann@example.com', ''],
        ['Bo Diaz', '', 'Baker'],
        ['New Person', '', ''],
        ['Bad Email', 'nope', ''],
        ['Left Out', '', ''],
      ],
      { people, excludedRows: new Set([6]) },
    )
    expect([...plan.rowOutcomes]).toEqual([
      [2, 'unchanged'],
      [3, 'update'],
      [4, 'create'],
      [5, 'skipped'],
      [6, 'skipped'],
    ])
    expect(plan.counts).toEqual({ create: 1, update: 1, unchanged: 1, skipped: 2 })
    expect(plan.unchanged).toEqual([ann])
    expect(plan.skipped).toEqual([
      { row: 5, reason: "Row 5, column 'Email': 'nope' is not an email address." },
      { row: 6, reason: 'Left out of the import.' },
    ])
  })
})

describe('planRosterImport: writing people', () => {
  const stored = makePerson({
    id: 'p1',
    employeeId: 'E1',
    displayName: 'Ann Lee',
    givenName: 'Ann',
    familyName: 'Lee',
    email: 'Ann@Example.com',
    title: 'Baker',
    teamId: 't-ops',
    managerId: 'p-boss',
    roleId: 'role-1',
    hireDate: '2019-01-01',
    location: 'Leeds',
    workArrangement: 'remote',
    checkinCadence: 'weekly',
    customFields: { Shirt: 'M', Badge: '7' },
    createdAt: '2024-05-05',
  })
  const boss = makePerson({ id: 'p-boss', displayName: 'Boss' })
  const teams = [makeTeam('t-ops', 'Operations')]

  it('never erases a stored value with a blank cell', () => {
    const plan = planTable(
      [
        [
          'ID',
          'Name',
          'Email',
          'Title',
          'Team',
          'Manager',
          'Start date',
          'Status',
          'Location',
          'Work mode',
          'Shirt',
        ],
        ['E1', 'Ann Lee', '', '', '', '', '', '', '', '', ''],
      ],
      { people: [stored, boss], teams },
    )
    expect(plan.unchanged).toEqual([stored])
    expect(plan.updates).toEqual([])
  })

  it('writes only the values in the file and keeps id, createdAt and everything else', () => {
    const plan = planTable(
      [
        ['ID', 'Title', 'Shirt', 'Desk', 'Name'],
        ['E1', 'Head Baker', 'L', 'D4', 'Ann Lee'],
      ],
      {
        people: [stored, boss],
        teams,
        mappings: [
          { column: 0, header: 'ID', target: 'externalId' },
          { column: 1, header: 'Title', target: 'title' },
          { column: 2, header: 'Shirt', target: 'custom' },
          { column: 3, header: 'Desk', target: 'custom' },
          { column: 4, header: 'Name', target: 'fullName' },
        ],
      },
    )
    // planTable maps by header, which ignores Shirt and Desk; the custom mapping is tested below.
    expect(plan.updates).toHaveLength(1)
    expect(plan.updates[0]?.after).toEqual({ ...stored, title: 'Head Baker' })
    expect(plan.updates[0]?.changedFields).toEqual(['title'])
    expect(Person.parse(plan.updates[0]?.after)).toEqual(plan.updates[0]?.after)
  })

  it('merges custom fields, the file winning', () => {
    const plan = planTable(
      [
        ['ID', 'Name'],
        ['E1', 'Ann Lee'],
      ],
      { people: [stored] },
    )
    expect(plan.unchanged).toHaveLength(1)
    const row = { row: 2, values: { externalId: 'E1', displayName: 'Ann Lee' }, problems: [] }
    const customFields = Object.assign(Object.create(null) as Record<string, string>, {
      Shirt: 'L',
      Desk: 'D4',
    })
    const withCustom = planTable([['ID']], {
      people: [stored],
      rows: [{ ...row, customFields }],
    })
    expect(withCustom.updates[0]?.after.customFields).toEqual({
      Shirt: 'L',
      Badge: '7',
      Desk: 'D4',
    })
    expect(withCustom.updates[0]?.changedFields).toEqual(['customFields'])
    expect(stored.customFields).toEqual({ Shirt: 'M', Badge: '7' })
  })

  it('treats a change in the letter case of an email or ID as no change', () => {
    const plan = planTable(
      [
        ['ID', 'Email', 'Name'],
        ['e1', 'ANN@example.com', 'Ann Lee'],
      ],
      {
        people: [stored],
      },
    )
    expect(plan.rowOutcomes.get(2)).toBe('unchanged')
  })

  it('sets leftDate to today when someone leaves, keeping an earlier one, and clears nothing on active', () => {
    const gone = makePerson({ id: 'p2', employeeId: 'E2', status: 'left', leftDate: '2025-01-31' })
    const plan = planTable(
      [
        ['ID', 'Name', 'Status'],
        ['E1', 'Ann Lee', 'Resigned'],
        ['E2', 'Back Again', 'Active'],
        ['E3', 'Was Here', 'Former'],
      ],
      { people: [stored, gone] },
    )
    const byId = new Map(listSavedPeople(plan).map((person) => [person.id, person]))
    expect(byId.get('p1')).toMatchObject({ status: 'left', leftDate: today })
    expect(byId.get('p2')).toMatchObject({ status: 'active', leftDate: '2025-01-31' })
    for (const person of listSavedPeople(plan)) expect(Person.parse(person)).toEqual(person)
    expect(plan.creates[0]).toMatchObject({ status: 'left', leftDate: today, employeeId: 'E3' })
  })

  it('fills every field of a new person so the schema accepts it unchanged', () => {
    const plan = planTable(
      [
        ['Employee ID', 'Last name', 'First name', 'Email', 'Start date', 'Work mode'],
        ['E7', 'Okafor', 'Sam', 'Sam@Example.com', '2024-02-29', 'Remote'],
        ['', '', 'Cher', '', '', ''],
      ],
      { createId: createIdSequence('person') },
    )
    expect(plan.creates).toEqual([
      {
        id: 'person-1',
        employeeId: 'E7',
        displayName: 'Sam Okafor',
        givenName: 'Sam',
        familyName: 'Okafor',
        email: 'sam@example.com',
        title: '',
        teamId: null,
        managerId: null,
        roleId: null,
        hireDate: '2024-02-29',
        status: 'active',
        leftDate: null,
        workArrangement: 'remote',
        location: '',
        checkinCadence: null,
        customFields: {},
        createdAt: today,
      },
      expect.objectContaining({ id: 'person-2', displayName: 'Cher', employeeId: null }),
    ])
    for (const person of listSavedPeople(plan)) expect(Person.parse(person)).toEqual(person)
  })

  it('warns about a hire date in the future', () => {
    const plan = planTable([
      ['Name', 'Start date'],
      ['Ann', '2030-01-01'],
      ['Bo', today],
    ])
    expect(plan.problems).toEqual([
      {
        row: 2,
        column: 2,
        field: 'hireDate',
        severity: 'warning',
        message: "Row 2, column 'Start date': the hire date 2030-01-01 is in the future.",
      },
    ])
    expect(plan.counts.create).toBe(2)
  })
})

describe('planRosterImport: teams', () => {
  it('reuses teams by name whatever the case and creates one team per new name', () => {
    const plan = planTable(
      [
        ['Name', 'Department'],
        ['Ann', 'operations '],
        ['Bo', 'Sales'],
        ['Cy', 'SALES'],
        ['Di', ''],
      ],
      { teams: [makeTeam('t-ops', 'Operations')], createId: createIdSequence('id') },
    )
    expect(plan.newTeams).toEqual([
      { id: 'id-2', name: 'Sales', description: '', parentTeamId: null, leadPersonId: null },
    ])
    expect(plan.creates.map((person) => [person.displayName, person.teamId])).toEqual([
      ['Ann', 't-ops'],
      ['Bo', 'id-2'],
      ['Cy', 'id-2'],
      ['Di', null],
    ])
  })

  it('creates no team for a skipped row', () => {
    const plan = planTable([
      ['Name', 'Team', 'Email'],
      ['Ann', 'Ghosts', 'bad'],
    ])
    expect(plan.newTeams).toEqual([])
  })
})

describe('planRosterImport: custom fields named like prototype members', () => {
  it('stores constructor as an ordinary field and leaves __proto__ out with a warning', () => {
    const customFields = Object.create(null) as Record<string, string>
    customFields['__proto__'] = 'polluted'
    customFields['constructor'] = 'ctor'
    customFields['toString'] = 'str'
    const plan = planTable([['Name']], {
      rows: [{ row: 2, values: { displayName: 'Ann' }, customFields, problems: [] }],
    })
    const [person] = plan.creates
    expect(Object.keys(person?.customFields ?? {})).toEqual(['constructor', 'toString'])
    expect(person?.customFields['constructor']).toBe('ctor')
    expect(Object.getPrototypeOf(person?.customFields)).toBe(Object.prototype)
    expect(Person.parse(person)).toEqual(person)
    expect(plan.problems.map((problem) => problem.message)).toEqual([
      "Row 2: the custom field '__proto__' cannot be stored; it was left out.",
    ])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('planRosterImport: re-import', () => {
  it('finds nothing to change when the same file is imported again', () => {
    const table = [
      [
        'Employee ID',
        'Name',
        'Email',
        'Title',
        'Department',
        'Manager',
        'Start date',
        'Status',
        'Office',
        'Remote',
      ],
      [
        'E1',
        'Lee, Ann',
        'Ann@Example.com',
        'Director',
        'Leadership',
        '',
        '01/02/2015',
        'Active',
        'Leeds',
        'No',
      ],
      [
        'E2',
        'Bo Diaz',
        'bo@example.com',
        'Baker',
        'Operations',
        'E1',
        '13/03/2020',
        'Employed',
        'Leeds',
        'yes',
      ],
      ['', 'Cy Ng', '', 'Courier', 'operations', 'bo@example.com', '', 'Left', '', ''],
      ['E4', 'Di Roe', 'di@example.com', '', 'Sales', 'Ann Lee', '', '', 'York', 'Hybrid'],
    ]
    // Frozen: planning must not change what it is given.
    const existing = [
      Object.freeze(
        makePerson({ id: 'p-di', employeeId: 'E4', displayName: 'Di Roe', title: 'Seller' }),
      ),
    ]
    const createId = createIdSequence()
    const first = planTable(table, { people: existing, createId })
    expect(first.counts).toEqual({ create: 3, update: 1, unchanged: 0, skipped: 0 })
    expect(first.problems).toEqual([])
    for (const person of listSavedPeople(first)) expect(Person.parse(person)).toEqual(person)

    const people = applyPlan(existing, first)
    const teams = first.newTeams
    const second = planTable(table, {
      people: people.map((person) => Object.freeze(person)),
      teams,
      createId,
    })
    expect(second.counts).toEqual({ create: 0, update: 0, unchanged: 4, skipped: 0 })
    expect(second.newTeams).toEqual([])
    expect(second.unresolvedManagers).toEqual([])
  })
})

describe('roles from job titles', () => {
  it('sets the role profile a job title names exactly, case aside, and leaves other titles alone', () => {
    const headers = ['Name', 'Email', 'Job title']
    const csv = {
      headers,
      rows: [
        ['Ana Souza', 'ana@x.example', 'shift LEAD'],
        ['Ben Ito', 'ben@x.example', 'Chief taster'],
      ],
    }
    const plan = planRosterImport({
      rows: buildRosterRows(csv, suggestColumnMapping(headers), { dateOrder: null }),
      excludedRows: new Set(),
      people: [],
      teams: [],
      roles: [{ id: 'role-lead', name: 'Shift lead', description: '' }],
      today: '2026-12-01',
      createId: (() => {
        let n = 0
        return () => `id-${++n}`
      })(),
    })
    expect(plan.creates.map((p) => [p.displayName, p.title, p.roleId])).toEqual([
      ['Ana Souza', 'shift LEAD', 'role-lead'],
      ['Ben Ito', 'Chief taster', null],
    ])
  })
})
