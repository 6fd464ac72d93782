import { keepLatestBySource } from '../../../../shared/domain/skills/latest-by-source'
import {
  packAssessments,
  unpackAssessments,
} from '../../../../shared/domain/skills/packed-assessments'
import { Assessment } from '../../../../shared/model'
import { cacheStore, readCacheFamily, writeCacheBase } from '../derived-cache'
import type { WorkspaceDb } from '../workspace-db'

export const latestAssessmentsFamily = 'matrix-latest:'

/**
 * The latest assessment of each person, skill and source: all the matrix grid shows. Served
 * from the packed cache plus the assessments added since (folded into the cache as it goes);
 * without a cache, read from the whole history and packed for next time. Each path runs in one
 * transaction, so a write in between cannot leave a stale cache behind.
 */
export async function loadLatestAssessments(db: WorkspaceDb): Promise<Assessment[]> {
  const caches = db.table(cacheStore)
  const fromCache = await db.transaction('rw', [caches], async () => {
    const { base, deltas } = await readCacheFamily(db, latestAssessmentsFamily)
    const records = unpackAssessments(base)
    if (records === null) return null
    if (deltas.length === 0) return records
    const added = deltas.flatMap((delta) => delta.values.map((value) => Assessment.parse(value)))
    const latest = keepLatestBySource([...records, ...added])
    await writeCacheBase(db, latestAssessmentsFamily, packAssessments(latest))
    return latest
  })
  if (fromCache) return fromCache
  return db.transaction('rw', [db.assessments, caches], async () => {
    const latest = keepLatestBySource(await db.assessments.toArray())
    await writeCacheBase(db, latestAssessmentsFamily, packAssessments(latest))
    return latest
  })
}
