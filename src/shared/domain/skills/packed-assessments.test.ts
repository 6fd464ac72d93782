import { describe, expect, it } from 'vitest'
import type { Assessment } from '../../model'
import { appendToTable, listAssessments } from './assessment-table'
import { buildSkillMatrix, withAssessment } from './matrix'
import { keepLatestBySource } from './latest-by-source'
import { packAssessments, readPackedTable, unpackAssessments } from './packed-assessments'
import { createRoasteryData } from './test-fixtures'

describe('packed assessments', () => {
  const records: Assessment[] = [
    {
      id: 'a',
      personId: 'p1',
      skillId: 's1',
      level: 3,
      date: '2026-01-02',
      source: 'certificate',
      assessorId: 'p9',
      note: 'Passed the barista exam',
    },
    {
      id: 'b',
      personId: 'p2',
      skillId: 's1',
      level: 0,
      date: '2026-01-02',
      source: 'self',
      assessorId: null,
      note: '',
    },
  ]

  it('round-trips every field', () => {
    expect(unpackAssessments(packAssessments(records))).toEqual(records)
    expect(unpackAssessments(packAssessments([]))).toEqual([])
  })

  it('refuses what it did not write', () => {
    expect(unpackAssessments(undefined)).toBeNull()
    expect(unpackAssessments({ format: 2 })).toBeNull()
    const packed = packAssessments(records)
    // The first format kept an array of ids; such a cache is rebuilt, not read.
    expect(unpackAssessments({ ...packed, format: 1 })).toBeNull()
    expect(unpackAssessments({ ...packed, count: 3 })).toBeNull()
    expect(unpackAssessments({ ...packed, idEnds: new Uint32Array([1, 99]) })).toBeNull()
    expect(unpackAssessments({ ...packed, idEnds: new Uint32Array([2, 1]) })).toBeNull()
    expect(unpackAssessments({ ...packed, personIds: new Uint32Array([0, 999]) })).toBeNull()
    expect(unpackAssessments({ ...packed, sources: new Uint8Array([0, 77]) })).toBeNull()
  })
})

describe('a matrix read from the packing in place', () => {
  const data = createRoasteryData()
  const history: Assessment[] = data.assessments.flatMap((record) => [
    record,
    { ...record, id: `${record.id}-old`, date: '2019-01-01', level: 0 },
  ])

  it('has the same cells, rows and columns as one built from the records', () => {
    const table = readPackedTable(packAssessments(history))!
    expect(table.count).toBe(history.length)
    expect(listAssessments(table)).toEqual(history)
    for (const matrixSource of ['manager', 'any'] as const) {
      const fromRecords = buildSkillMatrix({
        ...data,
        assessments: history,
        settings: { matrixSource },
      })
      const fromTable = buildSkillMatrix({
        ...data,
        assessments: table,
        settings: { matrixSource },
      })
      for (const person of data.people)
        for (const skill of data.skills)
          expect(fromTable.getCell(person.id, skill.id)).toEqual(
            fromRecords.getCell(person.id, skill.id),
          )
      expect([...fromTable.rows.values()]).toEqual([...fromRecords.rows.values()])
      expect([...fromTable.columns.values()]).toEqual([...fromRecords.columns.values()])
    }
  })

  it('takes edits, which are appended without changing the table before them', () => {
    const table = readPackedTable(packAssessments(history))!
    const model = buildSkillMatrix({ ...data, assessments: table })
    const shown = data.assessments.find((record) => record.source === 'manager')!
    const before = model.getCell(shown.personId, shown.skillId)
    const first = withAssessment(model, { ...shown, id: 'zz-1', date: '2030-01-01', level: 4 })
    const second = withAssessment(first.model, {
      ...shown,
      id: 'zz-2',
      date: '2030-01-02',
      level: 1,
    })
    expect(first.cell).toMatchObject({ current: 4, assessmentId: 'zz-1', assessedOn: '2030-01-01' })
    expect(second.cell).toMatchObject({
      current: 1,
      assessmentId: 'zz-2',
      assessedOn: '2030-01-02',
    })
    expect(model.getCell(shown.personId, shown.skillId)).toBe(before)
    expect(first.model.getCell(shown.personId, shown.skillId).current).toBe(4)
    expect(table.count).toBe(history.length)

    const appended = appendToTable(appendToTable(table, [history[0]!]), [history[1]!])
    expect(appended.count).toBe(history.length + 2)
    expect(appended.get(history.length + 1)).toEqual(history[1])
    expect(appended.id(history.length)).toBe(history[0]!.id)
  })
})

describe('the latest assessment per source', () => {
  it('builds the same matrix as the whole history, for either matrix source', () => {
    const data = createRoasteryData()
    const history: Assessment[] = [...data.assessments]
    // Older and same-day records that must lose, from several sources.
    for (const record of data.assessments) {
      history.push({ ...record, id: `${record.id}-old`, date: '2019-01-01', level: 0 })
      history.push({ ...record, id: `${record.id}-self`, source: 'self', level: 1 })
    }
    const latest = keepLatestBySource(history)
    expect(latest.length).toBeLessThan(history.length)
    for (const matrixSource of ['manager', 'any'] as const) {
      const full = buildSkillMatrix({ ...data, assessments: history, settings: { matrixSource } })
      const reduced = buildSkillMatrix({ ...data, assessments: latest, settings: { matrixSource } })
      for (const person of data.people)
        for (const skill of data.skills)
          expect(reduced.getCell(person.id, skill.id)).toEqual(full.getCell(person.id, skill.id))
      expect([...reduced.columns.values()]).toEqual([...full.columns.values()])
    }
  })

  it('on the same day keeps the greater id, whatever the order', () => {
    const base = {
      personId: 'p',
      skillId: 's',
      date: '2026-01-01',
      source: 'manager' as const,
      assessorId: null,
      note: '',
    }
    const a = { ...base, id: 'a', level: 1 }
    const b = { ...base, id: 'b', level: 2 }
    expect(keepLatestBySource([a, b])).toEqual([b])
    expect(keepLatestBySource([b, a])).toEqual([b])
  })
})
