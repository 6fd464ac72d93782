import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { suggestMatrixColumns } from '../../../../shared/domain/matrix-import/columns'
import { planMatrixImport } from '../../../../shared/domain/matrix-import/plan'
import type {
  MatrixImportPlan,
  PlanMatrixImportInput,
} from '../../../../shared/domain/matrix-import/types'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import { openWorkspaceDb, type WorkspaceDb } from '../workspace-db'
import {
  commitMatrixImport,
  loadMatrixImportData,
  MatrixImportCancelledError,
  readMatrixCsvRows,
} from './matrix-import'
import { readWorkspaceData, replaceWorkspaceData } from './snapshot'
import { recordChanges, undoChanges } from '../undo'

const today = '2026-11-23'
const sample = generateSampleCompany({ today })
let dbCounter = 0

async function setUp(): Promise<WorkspaceDb> {
  const db = openWorkspaceDb(`matrix-import-test-${dbCounter++}`)
  await replaceWorkspaceData(db, sample)
  return db
}

async function plan(
  db: WorkspaceDb,
  table: string[][],
  options: Partial<PlanMatrixImportInput> = {},
): Promise<MatrixImportPlan> {
  const data = await loadMatrixImportData(db)
  const [headers = [], ...rows] = table
  return planMatrixImport({
    ...data,
    csv: { headers, rows },
    columns: suggestMatrixColumns(headers, data.skills, data.categories),
    requiredUse: 'skip',
    source: 'manager',
    date: today,
    note: 'Imported from test.csv',
    createId: () => crypto.randomUUID(),
    ...options,
  })
}

/** The exported matrix with every level moved one step, blanks filled in, and a new skill column. */
async function buildChangedMatrix(db: WorkspaceDb): Promise<string[][]> {
  const [headers = [], ...rows] = await readMatrixCsvRows(db)
  return [
    [...headers, 'Latte art'],
    ...rows.map((cells) => [
      ...cells.map((cell, column) =>
        column < 3 ? cell : cell === '' ? '1' : String(cell === '4' ? 3 : Number(cell) + 1),
      ),
      '2',
    ]),
  ]
}

describe('committing a matrix import', () => {
  it('saves skills, requirements and assessments; the matrix then exports as imported', async () => {
    const db = await setUp()
    const table = await buildChangedMatrix(db)
    const latteOnly = table[0]!.map((header) => (header === 'Latte art' ? '1' : ''))
    const withRequired = await plan(db, [...table, ['Required', ...latteOnly.slice(1)]], {
      requiredUse: 'roles',
    })
    expect(withRequired.counts.newAssessments).toBeGreaterThan(500)
    const progress: number[] = []
    const result = await commitMatrixImport(db, withRequired, {
      fileName: 'matrix.csv',
      onProgress: (done) => progress.push(done),
    })
    expect(result).toMatchObject({
      skillsCreated: 1,
      categoriesCreated: 0,
      assessmentsAdded: withRequired.assessments.length,
      requirementsCreated: withRequired.requirements.roleIds.length,
      requirementsRaised: 0,
    })
    expect(progress.at(-1)).toBe(withRequired.assessments.length)
    expect(await db.assessments.count()).toBe(
      sample.assessments.length + withRequired.assessments.length,
    )
    expect(await db.skills.where('name').equals('Latte art').count()).toBe(1)

    expect(toCellMap(await readMatrixCsvRows(db))).toEqual(toCellMap(table))
    const again = await plan(db, await readMatrixCsvRows(db))
    expect(again.counts).toMatchObject({ newAssessments: 0, problems: 0, unknownPeople: 0 })
    expect(again.newSkills).toEqual([])
    db.close()
  })

  it('is undone exactly: the records read back as before the import', async () => {
    const db = await setUp()
    const before = await readWorkspaceData(db)
    const planned = await plan(db, await buildChangedMatrix(db), { requiredUse: 'roles' })
    const { changes } = await recordChanges(db, () =>
      commitMatrixImport(db, planned, { fileName: 'matrix.csv' }),
    )
    expect(await db.assessments.count()).toBeGreaterThan(sample.assessments.length)
    expect(await undoChanges(db, changes)).toMatchObject({ keptNewer: 0 })
    expect(await readWorkspaceData(db)).toEqual(before)
    db.close()
  })

  it('saves nothing when cancelled part-way', async () => {
    const db = await setUp()
    const before = await readWorkspaceData(db)
    const planned = await plan(db, await buildChangedMatrix(db))
    const abort = new AbortController()
    await expect(
      commitMatrixImport(db, planned, {
        fileName: 'matrix.csv',
        signal: abort.signal,
        onProgress: (done) => {
          if (done > 0) abort.abort()
        },
      }),
    ).rejects.toBeInstanceOf(MatrixImportCancelledError)
    expect(await readWorkspaceData(db)).toEqual(before)
    db.close()
  })

  it('refuses a plan the workspace has moved past, and saves nothing', async () => {
    const db = await setUp()
    const planned = await plan(db, await buildChangedMatrix(db))
    await db.skills.add({ ...sample.skills[0]!, id: 'skill-latte', name: 'latte art' })
    const before = await readWorkspaceData(db)
    await expect(commitMatrixImport(db, planned, { fileName: 'matrix.csv' })).rejects.toThrow(
      /A skill called “latte art” was added/,
    )
    expect(await readWorkspaceData(db)).toEqual(before)
    db.close()
  })

  it('fails as a whole when a write fails', async () => {
    const db = await setUp()
    const planned = await plan(db, await buildChangedMatrix(db))
    const last = planned.assessments.at(-1)!
    // The same id twice: the second add fails after the first chunk was written.
    const broken = { ...planned, assessments: [...planned.assessments, { ...last }] }
    const before = await readWorkspaceData(db)
    await expect(commitMatrixImport(db, broken, { fileName: 'matrix.csv' })).rejects.toThrow()
    expect(await readWorkspaceData(db)).toEqual(before)
    db.close()
  })
})

/** Each cell by person and header, so column order does not matter. */
function toCellMap(table: string[][]): Map<string, string> {
  const [headers = [], ...rows] = table
  return new Map(
    rows.flatMap((cells) => headers.map((header, i) => [`${cells[0]}|${header}`, cells[i] ?? ''])),
  )
}
