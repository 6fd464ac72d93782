import { keepLatestBySource } from '../../../../shared/domain/skills/latest-by-source'
import {
  listAssessments,
  type AssessmentList,
} from '../../../../shared/domain/skills/assessment-table'
import {
  isPacked,
  packAssessments,
  readPackedTable,
} from '../../../../shared/domain/skills/packed-assessments'
import { Assessment } from '../../../../shared/model'
import { cacheStore, readCacheFamily, writeCacheBase } from '../derived-cache'
import type { WorkspaceDb } from '../workspace-db'

export const latestAssessmentsFamily = 'matrix-latest:'

/**
 * The latest assessment of each person, skill and source: all the matrix grid shows. Served
 * from the packed cache plus the assessments added since; without a cache, read from the whole
 * history. Reads only (so it may run inside a live query); when the cache needs writing (first
 * build, or deltas to fold in) that happens afterwards, in its own transaction, and only if no
 * assessment was written in between.
 */
export async function loadLatestAssessments(db: WorkspaceDb): Promise<AssessmentList> {
  const read = await readLatest(db)
  if (!read.isStored) storeLater(db, read.latest, read.epoch)
  return read.latest
}

/** Builds or refreshes the cache now, and waits for it (the warm-up when a workspace opens). */
export async function prepareLatestAssessments(db: WorkspaceDb): Promise<void> {
  // Usually the cache is there: tell from its keys, without unpacking 100,000 records.
  const family = await readCacheFamily(db, latestAssessmentsFamily)
  if (isPacked(family.base) && family.deltas.length === 0) return
  const read = await readLatest(db)
  if (!read.isStored)
    await writeCacheBase(db, latestAssessmentsFamily, packAssessments(read.latest), read.epoch)
}

type LatestRead =
  | { latest: AssessmentList; epoch: string | null; isStored: true }
  | { latest: Assessment[]; epoch: string | null; isStored: false }

async function readLatest(db: WorkspaceDb): Promise<LatestRead> {
  return db.transaction('r', [db.table(cacheStore), db.assessments], async () => {
    const family = await readCacheFamily(db, latestAssessmentsFamily)
    // Read in place: no object per record (see assessment-table.ts).
    const cached = readPackedTable(family.base)
    if (cached !== null && family.deltas.length === 0)
      return { latest: cached, epoch: family.epoch, isStored: true }
    const history =
      cached !== null
        ? [
            ...listAssessments(cached),
            ...family.deltas.flatMap((delta) =>
              delta.values.map((value) => Assessment.parse(value)),
            ),
          ]
        : await db.assessments.toArray()
    return { latest: keepLatestBySource(history), epoch: family.epoch, isStored: false }
  })
}

/** Writes the cache outside the caller's context (a live query may not write). */
function storeLater(db: WorkspaceDb, latest: Assessment[], epoch: string | null): void {
  setTimeout(() => {
    if (!db.isOpen()) return
    writeCacheBase(db, latestAssessmentsFamily, packAssessments(latest), epoch).catch(
      () => undefined,
    )
  }, 0)
}
