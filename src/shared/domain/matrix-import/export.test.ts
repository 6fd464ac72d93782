import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../sample/generate'
import { suggestMatrixColumns } from './columns'
import { buildMatrixCsvRows } from './export'
import { planMatrixImport } from './plan'
import { categories, makeAssessment, people, skills } from './test-fixtures'
import type { PlanMatrixImportInput } from './types'

describe('buildMatrixCsvRows', () => {
  it('writes the latest manager level per skill, blank when not assessed, active people only', () => {
    const left = { ...people[0]!, id: 'p-left', displayName: 'Al Gone', status: 'left' as const }
    const rows = buildMatrixCsvRows({
      people: [...people, left],
      skills,
      categories,
      assessments: [
        makeAssessment('a-1', 'p-bo', 's-roast', 2, '2026-01-10'),
        makeAssessment('a-2', 'p-bo', 's-roast', 3, '2026-06-10'),
        makeAssessment('a-3', 'p-bo', 's-cup', 4, '2026-07-01', 'self'),
        makeAssessment('a-4', 'p-ann', 's-fork', 0, '2026-06-10'),
      ],
    })
    expect(rows).toEqual([
      [
        'Employee ID',
        'Name',
        'Email',
        'Cupping & sensory evaluation',
        'Roast profiling',
        'Forklift operation',
      ],
      ['E1', 'Ann Lee', 'ann@x.example', '', '', '0'],
      ['E2', 'Bo Diaz', 'bo@x.example', '', '3', ''],
      ['E3', 'Cy Ng', 'cy@x.example', '', '', ''],
      ['E4', 'Di Park', 'di@x.example', '', '', ''],
    ])
  })
})

describe('an exported matrix imports back unchanged', () => {
  const sample = generateSampleCompany({ today: '2026-11-23' })
  const [headers = [], ...rows] = buildMatrixCsvRows({
    people: sample.people,
    skills: sample.skills,
    categories: sample.skillCategories,
    assessments: sample.assessments,
  })
  const input: PlanMatrixImportInput = {
    csv: { headers, rows },
    columns: suggestMatrixColumns(headers, sample.skills, sample.skillCategories),
    requiredUse: 'roles',
    people: sample.people,
    skills: sample.skills,
    categories: sample.skillCategories,
    roles: sample.roleProfiles,
    roleRequirements: sample.roleRequirements,
    scale: sample.scaleLevels,
    assessments: sample.assessments,
    source: 'manager',
    date: '2026-11-23',
    note: '',
    createId: () => crypto.randomUUID(),
  }

  it('maps every column back to what it was', () => {
    expect(input.columns.slice(0, 3).map((column) => column.target)).toEqual([
      { kind: 'person', field: 'externalId' },
      { kind: 'person', field: 'fullName' },
      { kind: 'person', field: 'email' },
    ])
    const skillIds = input.columns
      .slice(3)
      .map((column) =>
        column.target.kind === 'skill' ? column.target.skillId : column.target.kind,
      )
    expect([...skillIds].sort()).toEqual(sample.skills.map((skill) => skill.id).sort())
  })

  it('creates nothing: every filled cell is unchanged', () => {
    const filled = rows.flat().length - rows.length * 3 - rows.flat().filter((c) => c === '').length
    const plan = planMatrixImport(input)
    expect(plan.counts).toEqual({
      newAssessments: 0,
      unchanged: filled,
      blank: rows.length * sample.skills.length - filled,
      matchedPeople: sample.people.filter((person) => person.status === 'active').length,
      unknownPeople: 0,
      skippedRows: 0,
      problems: 0,
    })
    expect(filled).toBeGreaterThan(300)
    expect(plan.newSkills).toEqual([])
    expect(plan.newCategories).toEqual([])
    expect(plan.requiredLevels).toBeNull()
    expect(plan.requirements.creates).toEqual([])
  })

  it('also when the levels are written as their labels', () => {
    const labels = new Map(sample.scaleLevels.map((step) => [String(step.level), step.label]))
    const labelled = rows.map((cells) =>
      cells.map((cell, column) => (column < 3 ? cell : (labels.get(cell) ?? cell))),
    )
    const plan = planMatrixImport({ ...input, csv: { headers, rows: labelled } })
    expect(plan.counts).toMatchObject({ newAssessments: 0, problems: 0 })
  })
})
