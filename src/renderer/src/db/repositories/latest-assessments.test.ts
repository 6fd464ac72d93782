import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { createStarterWorkspaceData } from '../../../../shared/domain/workspace/defaults'
import {
  isAssessmentTable,
  listAssessments,
  type AssessmentList,
} from '../../../../shared/domain/skills/assessment-table'
import type { Assessment } from '../../../../shared/model'
import { baseKey, cacheStore, readCacheFamily, writeCacheBase } from '../derived-cache'
import { openWorkspaceDb, type WorkspaceDb } from '../workspace-db'
import { recordAssessment } from './assessments'
import {
  latestAssessmentsFamily as family,
  loadLatestAssessments,
  prepareLatestAssessments,
} from './latest-assessments'
import { replaceWorkspaceData } from './snapshot'

function assessment(id: string, level: number, date: string, source = 'manager'): Assessment {
  return {
    id,
    personId: 'p1',
    skillId: 's1',
    level,
    date,
    source: source as Assessment['source'],
    assessorId: null,
    note: '',
  }
}

async function setUp(name: string): Promise<WorkspaceDb> {
  const db = openWorkspaceDb(name)
  const data = createStarterWorkspaceData()
  data.assessments.push(
    assessment('a1', 1, '2025-01-01'),
    assessment('a2', 2, '2026-01-01'),
    assessment('a3', 3, '2026-02-01', 'self'),
  )
  await replaceWorkspaceData(db, data)
  return db
}

async function readCache(db: WorkspaceDb) {
  const { base, deltas } = await readCacheFamily(db, family)
  return { base: base as { count: number } | undefined, deltas: deltas.length }
}

async function waitForCache(db: WorkspaceDb) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const cache = await readCache(db)
    if (cache.base !== undefined && cache.deltas === 0) return cache
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error('The cache was never written.')
}

const levelsOf = (list: AssessmentList) =>
  listAssessments(list)
    .map((record) => `${record.id}:${record.level}`)
    .sort()

describe('the latest assessments for the matrix', () => {
  it('keeps the latest per source, and stores them packed for the next load', async () => {
    const db = await setUp('latest-cache')
    expect((await readCache(db)).base).toBeUndefined()
    expect(levelsOf(await loadLatestAssessments(db))).toEqual(['a2:2', 'a3:3'])
    expect(await waitForCache(db)).toMatchObject({ base: { format: 2, count: 2 } })
    const stored = await loadLatestAssessments(db)
    expect(levelsOf(stored)).toEqual(['a2:2', 'a3:3'])
    // Read in place from the packing, without an object per record.
    expect(isAssessmentTable(stored)).toBe(true)
    db.close()
  })

  it('records a new assessment as a delta in its own transaction, then folds it in', async () => {
    const db = await setUp('latest-delta')
    await prepareLatestAssessments(db)
    await recordAssessment(db, { ...assessment('x', 4, '2026-03-01'), id: undefined } as never)
    expect(await readCache(db)).toMatchObject({ base: { count: 2 }, deltas: 1 })
    const latest = listAssessments(await loadLatestAssessments(db))
    expect(latest.find((record) => record.source === 'manager')?.level).toBe(4)
    expect(latest).toHaveLength(2)
    expect(await waitForCache(db)).toMatchObject({ base: { count: 2 }, deltas: 0 })
    db.close()
  })

  it('drops the cache with any other write, even in a transaction that never named it', async () => {
    const db = await setUp('latest-drop')
    await prepareLatestAssessments(db)
    await db.transaction('rw', [db.people, db.assessments], async () => {
      await db.assessments.delete('a3')
    })
    expect(await readCache(db)).toEqual({ base: undefined, deltas: 0 })
    expect(levelsOf(await loadLatestAssessments(db))).toEqual(['a2:2'])

    await prepareLatestAssessments(db)
    await db.assessments.update('a2', { level: 0 })
    expect(await readCache(db)).toEqual({ base: undefined, deltas: 0 })
    expect(levelsOf(await loadLatestAssessments(db))).toEqual(['a2:0'])

    await db.assessments.clear()
    expect(levelsOf(await loadLatestAssessments(db))).toEqual([])
    db.close()
  })

  it('drops the cache for a bulk add rather than copy thousands of records', async () => {
    const db = await setUp('latest-bulk')
    await prepareLatestAssessments(db)
    const many = Array.from({ length: 1_500 }, (_, i) => ({
      ...assessment(`bulk-${i}`, 2, '2026-04-01'),
      skillId: `s-${i}`,
    }))
    await db.assessments.bulkAdd(many)
    expect(await readCache(db)).toEqual({ base: undefined, deltas: 0 })
    expect(await loadLatestAssessments(db)).toHaveLength(1_502)
    db.close()
  })

  it('keeps the cache as it was when the write is rolled back', async () => {
    const db = await setUp('latest-rollback')
    await prepareLatestAssessments(db)
    await expect(
      db.transaction('rw', [db.assessments], async () => {
        await db.assessments.add(assessment('a9', 4, '2026-05-01'))
        await db.assessments.delete('a1')
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    expect(await readCache(db)).toMatchObject({ base: { count: 2 }, deltas: 0 })
    expect(await db.assessments.get('a9')).toBeUndefined()
    db.close()
  })

  it('never stores a value computed before a write that came in between', async () => {
    const db = await setUp('latest-race')
    const { epoch } = await readCacheFamily(db, family)
    await db.assessments.delete('a3')
    expect(await writeCacheBase(db, family, { stale: true }, epoch)).toBe(false)
    expect((await readCache(db)).base).toBeUndefined()
    db.close()
  })

  it('rebuilds from the history when the cache holds something it cannot read', async () => {
    const db = await setUp('latest-garbage')
    await db.table(cacheStore).put({ key: baseKey(family), value: { format: 99 } })
    expect(levelsOf(await loadLatestAssessments(db))).toEqual(['a2:2', 'a3:3'])
    db.close()
  })
})
