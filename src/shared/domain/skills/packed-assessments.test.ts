import { describe, expect, it } from 'vitest'
import type { Assessment } from '../../model'
import { buildSkillMatrix } from './matrix'
import { keepLatestBySource } from './latest-by-source'
import { packAssessments, unpackAssessments } from './packed-assessments'
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
    expect(unpackAssessments({ ...packed, count: 3 })).toBeNull()
    expect(unpackAssessments({ ...packed, personIds: new Uint32Array([0, 999]) })).toBeNull()
    expect(unpackAssessments({ ...packed, sources: new Uint8Array([0, 77]) })).toBeNull()
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
