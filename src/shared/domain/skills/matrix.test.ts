import { describe, expect, it } from 'vitest'
import type { Assessment } from '../../model'
import { buildSkillMatrix, withAssessment } from './matrix'
import { emptyMatrixCell } from './matrix-store'
import { listMatrixColumns, listMatrixRows } from './matrix-view'
import { createLargeData, createRoasteryData, makeAssessment } from './test-fixtures'
import type { SkillMatrix, SkillMatrixInput } from './types'

const data = createRoasteryData()
const build = (extra: Partial<SkillMatrixInput> = {}) => buildSkillMatrix({ ...data, ...extra })

describe('buildSkillMatrix', () => {
  const model = build()

  it('fills each cell with current, required, gap, interest and the assessment behind it', () => {
    expect(model.getCell('p-ana', 's-roast')).toEqual({
      current: 2,
      required: 3,
      gap: 1,
      interest: null,
      assessedOn: '2026-06-10',
      source: 'manager',
      assessmentId: 'a02',
    })
    expect(model.getCell('p-ben', 's-eudr')).toMatchObject({ current: null, required: 2, gap: 2 })
    expect(model.getCell('p-dan', 's-crm')).toMatchObject({
      current: null,
      required: 2,
      interest: 3,
    })
    expect(model.getCell('p-eve', 's-roast')).toMatchObject({ required: null, gap: 0, interest: 2 })
    expect(model.getCell('p-ana', 's-crm')).toBe(emptyMatrixCell)
    expect(model.getCell('p-finn', 's-roast')).toBe(emptyMatrixCell)
  })

  it('leaves out people who left unless asked', () => {
    expect([...model.rows.keys()]).toEqual(['p-ana', 'p-ben', 'p-cara', 'p-dan', 'p-eve'])
    const withLeft = build({ filter: { includeLeft: true } })
    expect(withLeft.getCell('p-finn', 's-roast')).toMatchObject({ current: 4, required: null })
  })

  it("reads any source with the 'any' setting", () => {
    const any = build({ settings: { matrixSource: 'any' } })
    expect(any.getCell('p-ana', 's-roast')).toMatchObject({ current: 4, gap: 0, source: 'self' })
    expect(any.getCell('p-ben', 's-cupping')).toMatchObject({ current: 2, gap: 0, source: 'peer' })
    expect(any.rows.get('p-ana')?.totalGap).toBe(1)
  })

  it('shows the matrix as it stood on an earlier day', () => {
    const then = build({ asOf: '2026-03-01' })
    expect(then.getCell('p-ana', 's-roast')).toMatchObject({ current: 3, gap: 0 })
    expect(then.getCell('p-cara', 's-roast')).toMatchObject({ current: null, gap: 4 })
  })

  it('filters people by team and role, and skills by category and criticality', () => {
    expect([...build({ filter: { roleIds: ['r-packer'] } }).rows.keys()]).toEqual([
      'p-dan',
      'p-eve',
    ])
    const critical = build({ filter: { onlyCritical: true } })
    expect([...critical.columns.keys()]).toEqual(['s-roast', 's-cupping'])
    // Row totals count only the model's skills.
    expect(critical.rows.get('p-ben')?.totalGap).toBe(1)
    const compliance = build({ filter: { categoryIds: ['cat-compliance'] } })
    expect([...compliance.columns.keys()]).toEqual(['s-eudr'])
  })
})

describe('matrix views', () => {
  const model = build()

  it('sorts rows by name or by total gap', () => {
    expect(listMatrixRows(model).map((r) => r.name)).toEqual([
      'Ana Souza',
      'Ben Walsh',
      'Cara Nolan',
      'Dan Okafor',
      'Eve Murphy',
    ])
    expect(
      listMatrixRows(model, { sortBy: 'total-gap' }).map((r) => [r.personId, r.totalGap]),
    ).toEqual([
      ['p-ben', 3],
      ['p-dan', 3],
      ['p-ana', 2],
      ['p-cara', 1],
      ['p-eve', 1],
    ])
  })

  it('keeps only people and skills with gaps', () => {
    const any = build({ settings: { matrixSource: 'any' } })
    // Dan's CRM self assessment closes his CRM gap, but EUDR is still open.
    expect(listMatrixRows(any, { onlyWithGaps: true }).map((r) => r.personId)).toEqual([
      'p-ana',
      'p-ben',
      'p-cara',
      'p-dan',
      'p-eve',
    ])
    expect(listMatrixColumns(any, { onlyWithGaps: true }).map((c) => c.skillId)).toEqual([
      's-roast',
      's-cupping',
      's-eudr',
    ])
    const eudrOnly = build({ filter: { demandSources: ['business-goal'] } })
    expect(listMatrixRows(eudrOnly, { onlyWithGaps: true }).map((r) => r.personId)).toEqual([
      'p-ana',
      'p-ben',
      'p-dan',
    ])
  })

  it('sorts columns for the footer', () => {
    expect(listMatrixColumns(model, { sortBy: 'total-gap' }).map((c) => c.skillId)).toEqual([
      's-eudr',
      's-crm',
      's-cupping',
      's-roast',
    ])
    expect(listMatrixColumns(model, { sortBy: 'share-below' }).map((c) => c.skillId)).toEqual([
      's-crm',
      's-roast',
      's-eudr',
      's-cupping',
    ])
  })
})

/** Everything a UI reads from a model, as plain data. */
function snapshot(model: SkillMatrix) {
  const cells: Record<string, unknown> = {}
  for (const personId of model.people.keys()) {
    for (const skillId of model.skills.keys()) {
      cells[`${personId}|${skillId}`] = model.getCell(personId, skillId)
    }
  }
  return { cells, rows: [...model.rows.values()], columns: [...model.columns.values()] }
}

describe('withAssessment', () => {
  const model = build()

  it('updates one cell, its row and its column, and matches a full rebuild', () => {
    const assessment = makeAssessment('a20', 'p-ben', 's-eudr', 2, '2026-09-01')
    const update = withAssessment(model, assessment)
    expect(update.isChanged).toBe(true)
    expect(update.cell).toMatchObject({ current: 2, required: 2, gap: 0, assessmentId: 'a20' })
    expect(update.row).toMatchObject({
      personId: 'p-ben',
      totalGap: 1,
      gapCount: 1,
      notAssessedCount: 0,
    })
    expect(update.column).toMatchObject({
      skillId: 's-eudr',
      belowCount: 2,
      holderCount: 3,
      totalGap: 2,
    })
    expect(update.column?.isSystemic).toBe(true)
    const rebuilt = build({ assessments: [...data.assessments, assessment] })
    expect(snapshot(update.model)).toEqual(snapshot(rebuilt))
  })

  it('keeps unchanged cells, rows and columns as the same objects and leaves the old model alone', () => {
    const before = model.getCell('p-ben', 's-cupping')
    const oldEudr = model.getCell('p-ben', 's-eudr')
    expect(model.getCell('p-ben', 's-cupping')).toBe(before)
    const update = withAssessment(model, makeAssessment('a20', 'p-ben', 's-eudr', 2, '2026-09-01'))
    expect(update.model.getCell('p-ben', 's-cupping')).toBe(before)
    expect(update.model.getCell('p-ben', 's-eudr')).toBe(update.cell)
    expect(model.getCell('p-ben', 's-eudr')).toBe(oldEudr)
    expect(update.model.rows.get('p-ana')).toBe(model.rows.get('p-ana'))
    expect(update.model.columns.get('s-roast')).toBe(model.columns.get('s-roast'))
    expect(update.model.rows.get('p-ben')).toBe(update.row)
    expect(model.getCell('p-ben', 's-eudr').current).toBeNull()
    expect(model.rows.get('p-ben')?.totalGap).toBe(3)
  })

  it('changes nothing for an older assessment, an uncounted source or someone outside the model', () => {
    const ignored = [
      makeAssessment('a00', 'p-ana', 's-roast', 4, '2026-06-01'),
      makeAssessment('a01', 'p-ana', 's-roast', 4, '2026-06-10'),
      makeAssessment('a30', 'p-ana', 's-roast', 4, '2026-09-01', 'self'),
      makeAssessment('a31', 'p-finn', 's-roast', 1, '2026-09-01'),
      makeAssessment('a32', 'p-ana', 's-unknown', 1, '2026-09-01'),
    ]
    for (const assessment of ignored) {
      const update = withAssessment(model, assessment)
      expect(update.isChanged).toBe(false)
      expect(update.model).toBe(model)
      expect(update.row).toBeNull()
    }
    expect(
      withAssessment(
        build({ asOf: '2026-08-01' }),
        makeAssessment('a33', 'p-ben', 's-eudr', 2, '2026-09-01'),
      ).isChanged,
    ).toBe(false)
  })

  it("counts a self assessment with the 'any' setting, and a same-day assessment with a greater id", () => {
    const any = build({ settings: { matrixSource: 'any' } })
    const update = withAssessment(
      any,
      makeAssessment('a40', 'p-eve', 's-cupping', 1, '2026-09-01', 'self'),
    )
    expect(update.isChanged).toBe(true)
    expect(update.column?.belowCount).toBe(0)
    const sameDay = withAssessment(
      model,
      makeAssessment('a11b', 'p-cara', 's-roast', 4, '2026-06-12'),
    )
    expect(sameDay.cell).toMatchObject({ current: 4, gap: 0 })
  })

  it('applies an edit of the shown assessment', () => {
    const edit = makeAssessment('a02', 'p-ana', 's-roast', 3, '2026-06-10')
    const update = withAssessment(model, edit)
    expect(update.cell).toMatchObject({ current: 3, gap: 0 })
    expect(update.row?.totalGap).toBe(1)
  })

  it('matches a full rebuild after many random updates', () => {
    const large = createLargeData({ people: 30, skills: 12, roles: 4, teams: 3, skillsPerRole: 6 })
    let current = buildSkillMatrix(large)
    const added: Assessment[] = []
    let seed = 7
    const next = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return seed % n
    }
    for (let index = 0; index < 300; index += 1) {
      const assessment = makeAssessment(
        `z-${String(index).padStart(4, '0')}`,
        `person-${next(32)}`,
        `skill-${next(12)}`,
        next(5),
        `2025-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`,
        next(4) === 0 ? 'self' : 'manager',
      )
      added.push(assessment)
      current = withAssessment(current, assessment).model
    }
    const rebuilt = buildSkillMatrix({ ...large, assessments: [...large.assessments, ...added] })
    expect(snapshot(current)).toEqual(snapshot(rebuilt))
  })
})
