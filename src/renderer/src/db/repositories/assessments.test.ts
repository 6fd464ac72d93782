import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { createStarterWorkspaceData } from '../../../../shared/domain/workspace/defaults'
import { openWorkspaceDb } from '../workspace-db'
import { listAssessmentHistory, recordAssessment, saveInterest } from './assessments'
import { replaceWorkspaceData } from './snapshot'

async function setUp(name: string) {
  const db = openWorkspaceDb(name)
  await replaceWorkspaceData(db, createStarterWorkspaceData())
  return db
}

describe('assessment history', () => {
  it('keeps every assessment and lists them oldest first', async () => {
    const db = await setUp('assessments-history')
    const base = {
      personId: 'p1',
      skillId: 's1',
      source: 'manager' as const,
      assessorId: null,
      note: '',
    }
    await recordAssessment(db, { ...base, level: 2, date: '2026-06-01' })
    await recordAssessment(db, { ...base, level: 1, date: '2025-12-01' })
    await recordAssessment(db, { ...base, level: 3, date: '2026-11-01', source: 'self' })
    await recordAssessment(db, { ...base, skillId: 's2', level: 4, date: '2026-11-01' })
    const history = await listAssessmentHistory(db, 'p1', 's1')
    expect(history.map((entry) => [entry.date, entry.level, entry.source])).toEqual([
      ['2025-12-01', 1, 'manager'],
      ['2026-06-01', 2, 'manager'],
      ['2026-11-01', 3, 'self'],
    ])
    db.close()
  })

  it('refuses a level above the scale, and saves nothing', async () => {
    const db = await setUp('assessments-scale')
    await expect(
      recordAssessment(db, {
        personId: 'p1',
        skillId: 's1',
        source: 'manager',
        assessorId: null,
        note: '',
        level: 7,
        date: '2026-11-01',
      }),
    ).rejects.toThrow(/above the top of the scale/)
    expect(await db.assessments.count()).toBe(0)
    db.close()
  })

  it('keeps one aspiration per person and skill', async () => {
    const db = await setUp('assessments-interest')
    await saveInterest(db, {
      personId: 'p1',
      skillId: 's1',
      interest: 2,
      comment: 'keen',
      today: '2026-11-01',
    })
    await saveInterest(db, {
      personId: 'p1',
      skillId: 's1',
      interest: 3,
      comment: 'very keen',
      today: '2026-11-02',
    })
    expect(await db.aspirations.toArray()).toEqual([
      expect.objectContaining({ interest: 3, comment: 'very keen', updatedAt: '2026-11-02' }),
    ])
    db.close()
  })
})
