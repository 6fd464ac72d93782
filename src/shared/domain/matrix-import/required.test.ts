import { describe, expect, it } from 'vitest'
import { makeRequirement, planTable } from './test-fixtures'

const headers = [
  'Employee ID',
  'Name',
  'Roast profiling',
  'Cupping & sensory evaluation',
  'Latte art',
]
const table = [
  headers,
  ['Required', '', '3', '2', '1'],
  ['E1', 'Ann Lee', '3', '', ''],
  ['E2', 'Bo Diaz', '4', '', ''],
  ['E4', 'Di Park', '', '1', ''],
]
const roleRequirements = [
  makeRequirement('r-roaster', 's-roast', 4),
  makeRequirement('r-roaster', 's-cup', 1),
]

describe('the Required row', () => {
  it('is read as required levels, not as a person', () => {
    const plan = planTable(table, { roleRequirements })
    expect(plan.counts).toMatchObject({ matchedPeople: 3, unknownPeople: 0, newAssessments: 2 })
    expect(plan.rows[0]).toMatchObject({ row: 2, outcome: 'required' })
    expect(plan.requiredLevels).toMatchObject({
      origin: 'row',
      where: 'row 2',
      levels: [
        { target: { kind: 'column', column: 2 }, level: 3 },
        { target: { kind: 'column', column: 3 }, level: 2 },
        { target: { kind: 'column', column: 4 }, level: 1 },
      ],
    })
  })

  it("creates or raises the requirements of the matched people's roles, never lowers them", () => {
    const plan = planTable(table, { roleRequirements, requiredUse: 'roles' })
    const latteId = plan.newSkills[0]?.id ?? ''
    expect(plan.requirements.roleIds).toEqual(['r-roaster'])
    expect(plan.requirements.creates).toEqual([
      {
        id: expect.any(String),
        roleId: 'r-roaster',
        skillId: latteId,
        requiredLevel: 1,
        demandSource: 'role',
        businessGoalId: null,
      },
    ])
    expect(plan.requirements.raises).toEqual([
      {
        before: roleRequirements[1],
        after: { ...roleRequirements[1], requiredLevel: 2 },
      },
    ])
    expect(plan.requirements.alreadyMet).toEqual([roleRequirements[0]])
    expect(plan.requirements.peopleWithoutRole.map((person) => person.id)).toEqual(['p-di'])
  })

  it('changes no requirement unless the user asks, but shows what applying would do', () => {
    const plan = planTable(table, { roleRequirements, requiredUse: 'skip' })
    expect(plan.requirements.creates).toEqual([])
    expect(plan.requirements.raises).toEqual([])
    expect(plan.requirementsIfApplied.creates).toHaveLength(1)
  })

  it('accepts other words for it, reports a bad level and uses only the first such row', () => {
    const plan = planTable([
      headers,
      ['', 'Target level', '9', '2', ''],
      ['Minimum', '', '1', '1', '1'],
      ['E1', 'Ann Lee', '3', '', ''],
    ])
    expect(plan.requiredLevels?.levels).toHaveLength(1)
    expect(plan.problems.map((problem) => [problem.row, problem.column, problem.severity])).toEqual(
      [
        [2, 3, 'error'],
        [3, null, 'warning'],
      ],
    )
  })
})

describe('a second file of required levels', () => {
  const matrix = [headers, ['E1', 'Ann Lee', '3', '', '']]

  it('reads a Skill column beside a Required level column', () => {
    const requiredFile = {
      fileName: 'required.csv',
      headers: ['Skill', 'Required level'],
      rows: [
        ['roast profiling', '4'],
        ['Latte art', 'Working'],
        ['Forklift operation', '2'],
        ['Juggling', '2'],
        ['Cupping & sensory evaluation', 'lots'],
      ],
    }
    const plan = planTable(matrix, { requiredFile, requiredUse: 'roles' })
    expect(plan.requiredLevels).toMatchObject({
      origin: 'file',
      where: 'required.csv',
      levels: [
        { target: { kind: 'column', column: 2 }, level: 4 },
        { target: { kind: 'column', column: 4 }, level: 2 },
        { target: { kind: 'skill', skillId: 's-fork' }, level: 2 },
      ],
    })
    expect(plan.problems.map((problem) => [problem.fileName, problem.row, problem.column])).toEqual(
      [
        ['required.csv', 5, 1],
        ['required.csv', 6, 2],
      ],
    )
    expect(plan.requirements.creates.map((record) => record.skillId)).toEqual([
      's-roast',
      plan.newSkills[0]?.id,
      's-fork',
    ])
  })

  it('reads the wide shape, and replaces the Required row of the matrix file', () => {
    const requiredFile = {
      fileName: 'targets.csv',
      headers: ['Name', 'Roast profiling', 'Forklift operation'],
      rows: [['Required', '2', '3']],
    }
    const plan = planTable([...matrix, ['Required', '', '1', '1', '1']], { requiredFile })
    expect(plan.requiredLevels?.levels).toEqual([
      { target: { kind: 'column', column: 2 }, level: 2 },
      { target: { kind: 'skill', skillId: 's-fork' }, level: 3 },
    ])
  })

  it('says so when it finds no required levels', () => {
    const requiredFile = {
      fileName: 'people.csv',
      headers: ['Name', 'Roast profiling'],
      rows: [
        ['Ann Lee', '2'],
        ['Bo Diaz', '3'],
      ],
    }
    const plan = planTable(matrix, { requiredFile })
    expect(plan.requiredLevels?.levels).toEqual([])
    expect(plan.problems).toMatchObject([{ fileName: 'people.csv', row: 1, column: null }])
  })
})
