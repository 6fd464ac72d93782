import { describe, expect, it } from 'vitest'
import {
  findMatrixColumnConflicts,
  findMatrixColumnGaps,
  newCategoryKey,
  suggestMatrixColumns,
} from './columns'
import { categories, makeSkill, skills } from './test-fixtures'
import type { MatrixColumn } from './types'

const targetsOf = (columns: MatrixColumn[]) => columns.map((column) => column.target)

describe('suggestMatrixColumns', () => {
  it('reads person columns by the roster synonyms, and every other header as a skill', () => {
    const headers = ['Staff #', 'Employee name', 'Work email', 'Roast profiling', 'Latte art']
    expect(targetsOf(suggestMatrixColumns(headers, skills, categories))).toEqual([
      { kind: 'person', field: 'externalId' },
      { kind: 'person', field: 'fullName' },
      { kind: 'person', field: 'email' },
      { kind: 'skill', skillId: 's-roast' },
      // New skills go to the first category by order.
      { kind: 'new-skill', name: 'Latte art', categoryId: 'cat-craft' },
    ])
  })

  it('matches skill names whatever their case, spacing and punctuation', () => {
    const headers = [
      'Name',
      ' ROAST-PROFILING ',
      'cupping and sensory evaluation',
      'Forklift_operation',
    ]
    expect(targetsOf(suggestMatrixColumns(headers, skills, categories)).slice(1)).toEqual([
      { kind: 'skill', skillId: 's-roast' },
      { kind: 'skill', skillId: 's-cup' },
      { kind: 'skill', skillId: 's-fork' },
    ])
  })

  it('reads first and last name columns, and ignores other roster details', () => {
    const columns = suggestMatrixColumns(
      ['First name', 'Surname', 'Department', 'Job title', 'Manager', 'Roast profiling'],
      skills,
      categories,
    )
    expect(columns.map((column) => column.ignoreReason ?? column.target.kind)).toEqual([
      'person',
      'person',
      'person-detail',
      'person-detail',
      'person-detail',
      'skill',
    ])
  })

  it('reads a blank first header as the names column when nothing else names people', () => {
    expect(targetsOf(suggestMatrixColumns(['', 'Roast profiling'], skills, categories))).toEqual([
      { kind: 'person', field: 'fullName' },
      { kind: 'skill', skillId: 's-roast' },
    ])
    const columns = suggestMatrixColumns(['Email', '', 'Roast profiling'], skills, categories)
    expect(columns[1]).toMatchObject({ target: { kind: 'ignore' }, ignoreReason: 'no-header' })
  })

  it('ignores a second column for the same skill, and a name two skills could have', () => {
    const alike = [
      ...skills,
      makeSkill('s-pp1', 'Pick & pack'),
      makeSkill('s-pp2', 'Pick-and-pack'),
    ]
    const columns = suggestMatrixColumns(
      ['Email', 'Roast profiling', 'roast profiling', 'Pick and pack', 'pick & pack'],
      alike,
      categories,
    )
    expect(columns.map((column) => column.ignoreReason ?? column.target.kind)).toEqual([
      'person',
      'skill',
      'duplicate',
      'ambiguous',
      'skill',
    ])
  })

  it('proposes a new category when the workspace has none', () => {
    expect(suggestMatrixColumns(['Name', 'Latte art'], [], [])[1]?.target).toEqual({
      kind: 'new-skill',
      name: 'Latte art',
      categoryId: newCategoryKey,
    })
  })

  it('reads a header that the CSV export protected with an apostrophe', () => {
    const plus = [makeSkill('s-plus', '+1 support')]
    expect(suggestMatrixColumns(['Name', "'+1 support"], plus, categories)[1]?.target).toEqual({
      kind: 'skill',
      skillId: 's-plus',
    })
  })
})

describe('findMatrixColumnConflicts and findMatrixColumnGaps', () => {
  const column = (index: number, target: MatrixColumn['target']): MatrixColumn => ({
    column: index,
    header: `H${index}`,
    target,
  })

  it('reports two columns writing one skill, and new skills that already exist or lack a name', () => {
    const conflicts = findMatrixColumnConflicts(
      [
        column(0, { kind: 'person', field: 'email' }),
        column(1, { kind: 'skill', skillId: 's-roast' }),
        column(2, { kind: 'skill', skillId: 's-roast' }),
        column(3, { kind: 'new-skill', name: 'cupping & sensory EVALUATION', categoryId: 'c' }),
        column(4, { kind: 'new-skill', name: ' ', categoryId: 'c' }),
      ],
      skills,
    )
    expect(conflicts.map((conflict) => conflict.columns)).toEqual([[1, 2], [3], [4]])
    expect(conflicts[1]?.message).toBe(
      "'H3' (column 4): there is already a skill called 'Cupping & sensory evaluation'; map the column to it.",
    )
  })

  it('asks for a person column and a skill column', () => {
    expect(findMatrixColumnGaps([column(0, { kind: 'ignore' })])).toHaveLength(2)
    expect(
      findMatrixColumnGaps([
        column(0, { kind: 'person', field: 'fullName' }),
        column(1, { kind: 'new-skill', name: 'X', categoryId: 'c' }),
      ]),
    ).toEqual([])
  })
})
