import { describe, expect, it } from 'vitest'
import { Assessment, Skill } from '../../model'
import { createIdAfter } from './plan'
import {
  assessments,
  importDate,
  makeAssessment,
  makePerson,
  people,
  planTable,
} from './test-fixtures'

const headers = [
  'Employee ID',
  'Name',
  'Email',
  'Roast profiling',
  'Cupping & sensory evaluation',
  'Forklift operation',
  'Latte art',
]

const table = [
  headers,
  ['E1', 'Ann Lee', 'ann@x.example', '3', 'Practitioner', '', '2'],
  ['E2', 'Bo Diaz', '', 'expert', '', '4', ''],
  ['E9', 'Zed Unknown', 'zed@x.example', '1', '1', '1', '1'],
  ['E3', 'Cy Ng', '', 'guru', '2', '', ''],
]

describe('planMatrixImport: levels', () => {
  it('adds an assessment only where the level differs from the current one', () => {
    const plan = planTable(table)
    expect(plan.counts).toEqual({
      newAssessments: 4,
      unchanged: 2,
      blank: 5,
      matchedPeople: 3,
      unknownPeople: 1,
      skippedRows: 0,
      problems: 1,
    })
    const latteId = plan.newSkills[0]?.id
    expect(plan.assessments.map((a) => [a.personId, a.skillId, a.level])).toEqual([
      ['p-ann', 's-cup', 3],
      ['p-ann', latteId, 2],
      ['p-bo', 's-roast', 4],
      ['p-cy', 's-cup', 2],
    ])
    for (const assessment of plan.assessments) {
      expect(Assessment.parse(assessment)).toEqual(assessment)
      expect(assessment).toMatchObject({
        date: importDate,
        source: 'manager',
        note: 'Imported from test.csv',
      })
    }
    expect(
      plan.rows.map((row) => [row.row, row.outcome, row.newCount, row.unchangedCount]),
    ).toEqual([
      [2, 'import', 2, 1],
      [3, 'import', 1, 1],
      [4, 'unknown', 0, 0],
      [5, 'import', 1, 0],
    ])
  })

  it('lists people it does not know, without creating them', () => {
    expect(planTable(table).unknownPeople).toEqual([
      { row: 4, label: 'Zed Unknown · E9 · zed@x.example' },
    ])
  })

  it('reports a cell that is not a level by row and column, and imports the rest of the row', () => {
    expect(planTable(table).problems).toEqual([
      {
        row: 5,
        column: 4,
        severity: 'error',
        message:
          "'guru' is not a level: write 0–4 or one of None, Aware, Working, Practitioner, Expert. Only this cell is affected: the cell is left out.",
      },
    ])
  })

  it('creates unknown skills in the category chosen for them', () => {
    const plan = planTable(table)
    expect(plan.newSkills).toHaveLength(1)
    expect(Skill.parse(plan.newSkills[0])).toEqual(plan.newSkills[0])
    expect(plan.newSkills[0]).toMatchObject({ name: 'Latte art', categoryId: 'cat-craft' })
    expect(plan.newCategories).toEqual([])
  })

  it('adds an "Imported skills" category when the workspace has none', () => {
    const plan = planTable(
      [
        ['Name', 'Latte art'],
        ['Ann Lee', '2'],
      ],
      {
        skills: [],
        categories: [],
      },
    )
    expect(plan.newCategories).toEqual([{ id: 'new-001', name: 'Imported skills', order: 1 }])
    expect(plan.newSkills[0]).toMatchObject({ name: 'Latte art', categoryId: 'new-001' })
  })

  it("compares with the person's current level from the chosen source only", () => {
    const cupping = [
      ['Email', 'Cupping & sensory evaluation'],
      ['ann@x.example', '1'],
    ]
    expect(planTable(cupping, { source: 'self' }).counts).toMatchObject({
      newAssessments: 0,
      unchanged: 1,
    })
    expect(planTable(cupping, { source: 'manager' }).counts).toMatchObject({
      newAssessments: 1,
      unchanged: 0,
    })
  })

  it('wins the tie with an assessment made the same day', () => {
    const sameDay = [...assessments, makeAssessment('zzz', 'p-cy', 's-roast', 2, importDate)]
    const plan = planTable(
      [
        ['Name', 'Roast profiling'],
        ['Cy Ng', '3'],
      ],
      {
        assessments: sameDay,
      },
    )
    expect(plan.assessments[0]?.id).toBe('zzz~')
    expect(createIdAfter('assess-01', 'f0')).toBe('f0')
    expect(createIdAfter('assess-01', '0f')).toBe('assess-01~')
  })

  it('warns when an earlier date would leave a later assessment current', () => {
    const plan = planTable(
      [
        ['Name', 'Roast profiling'],
        ['Ann Lee', '4'],
      ],
      { date: '2026-01-01' },
    )
    expect(plan.counts.newAssessments).toBe(1)
    expect(plan.problems).toMatchObject([{ row: 2, column: 2, severity: 'warning' }])
  })
})

describe('planMatrixImport: people', () => {
  it('matches by ID, then email, then name, as the roster import does', () => {
    const plan = planTable([
      ['ID', 'Work email', 'Full name', 'Roast profiling'],
      ['e2', '', '', '1'],
      ['', 'CY@x.example', '', '1'],
      ['', '', 'park, di', '1'],
    ])
    expect(plan.assessments.map((assessment) => assessment.personId)).toEqual([
      'p-bo',
      'p-cy',
      'p-di',
    ])
  })

  it('leaves out rows that say nobody, contradict themselves, or repeat a person', () => {
    const plan = planTable([
      ['Employee ID', 'Name', 'Email', 'Roast profiling'],
      ['', '', '', '1'],
      ['E77', '', 'bo@x.example', '1'],
      ['E1', 'Ann Lee', '', '4'],
      ['', 'Ann Lee', '', '1'],
    ])
    expect(plan.counts).toMatchObject({ skippedRows: 3, newAssessments: 1, problems: 3 })
    expect(plan.problems.map((problem) => [problem.row, problem.severity])).toEqual([
      [2, 'error'],
      [3, 'error'],
      [5, 'error'],
    ])
    expect(plan.problems[2]?.message).toBe('is Ann Lee again, as row 4 is. Row left out.')
  })

  it('warns about a match by name whose email differs, and about people who left', () => {
    const left = makePerson('p-ex', 'Ex Staff', { status: 'left', email: 'ex@x.example' })
    const plan = planTable(
      [
        ['Name', 'Email', 'Roast profiling'],
        ['Ann Lee', 'ann.lee@elsewhere.example', '1'],
        ['Ex Staff', '', '1'],
      ],
      { people: [...people, left] },
    )
    expect(plan.counts.newAssessments).toBe(2)
    expect(plan.problems.map((problem) => [problem.row, problem.severity])).toEqual([
      [2, 'warning'],
      [3, 'warning'],
    ])
  })
})
