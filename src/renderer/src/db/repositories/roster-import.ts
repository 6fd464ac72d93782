import { planImportEvents } from '../../../../shared/domain/careers/import-events'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import type { RosterImportPlan } from '../../../../shared/domain/roster-import/types'
import type { ImportRun, Person, SettingRecord } from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'

export class ImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled. Nothing was changed.')
    this.name = 'ImportCancelledError'
  }
}

// Progress is reported per chunk. What a 10,000-person commit costs is mostly IndexedDB's own
// cost per record: in Chromium, 10,000 separate adds take about 1.2 s however they are batched,
// where one record holding all 10,000 takes 60 ms.
const chunkSize = 2500

function isSameRecord(a: Person | undefined, b: Person): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Writes a planned import in ONE transaction: teams, people, the run record that can undo it, and
 * any settings that go with it.
 * Cancelling (through `signal`) or any failure aborts the transaction, so nothing is saved.
 */
export async function commitRosterImport(
  db: WorkspaceDb,
  plan: RosterImportPlan,
  options: {
    fileName: string
    now: Date
    signal?: AbortSignal
    onProgress?: (done: number, total: number) => void
    /** Settings saved with the import and only with it, such as the column mapping to remember. */
    settings?: SettingRecord[]
  },
): Promise<ImportRun> {
  const { fileName, now, signal, onProgress, settings = [] } = options
  const run: ImportRun = {
    id: crypto.randomUUID(),
    kind: 'roster',
    fileName,
    committedAt: now.toISOString(),
    counts: { ...plan.counts },
    createdPersonIds: plan.creates.map((person) => person.id),
    createdTeamIds: plan.newTeams.map((team) => team.id),
    previousPeople: plan.updates.map((update) => update.before),
    previousTeams: [],
    createdLeaverIds: plan.leavers.map((leaver) => leaver.id),
    createdCycleIds:
      plan.pastReview && !plan.pastReview.previousCycle ? [plan.pastReview.cycle.id] : [],
    previousCycles: plan.pastReview?.previousCycle ? [plan.pastReview.previousCycle] : [],
    createdReviewIds: (plan.pastReview?.reviews ?? [])
      .filter((review) => !plan.pastReview?.replaced.some((old) => old.id === review.id))
      .map((review) => review.id),
    previousReviews: plan.pastReview?.replaced ?? [],
    undoneAt: null,
  }
  if (signal?.aborted) throw new ImportCancelledError()
  try {
    await db.transaction(
      'rw',
      [
        db.people,
        db.teams,
        db.importRuns,
        db.settings,
        db.careerEvents,
        db.careerPaths,
        db.leavers,
        db.reviewCycles,
        db.reviews,
      ],
      async (transaction) => {
        // Cancelling aborts the transaction at once, wherever its writes have got to.
        const cancel = () => transaction.abort()
        signal?.addEventListener('abort', cancel, { once: true })
        // A cancel while the database was still opening came before the listener.
        if (signal?.aborted) cancel()
        try {
          await writeImport(db, plan, { run, settings, onProgress, now })
        } finally {
          signal?.removeEventListener('abort', cancel)
        }
      },
    )
  } catch (error) {
    if (signal?.aborted) throw new ImportCancelledError()
    throw error
  }
  return run
}

/** The writes of one import, inside the caller's transaction. */
async function writeImport(
  db: WorkspaceDb,
  plan: RosterImportPlan,
  options: {
    run: ImportRun
    settings: SettingRecord[]
    onProgress?: (done: number, total: number) => void
    now: Date
  },
): Promise<void> {
  const { run, settings, onProgress, now } = options
  // The plan was made from what the screen showed; refuse if someone edited those people since.
  const current = await db.people.bulkGet(plan.updates.map((update) => update.before.id))
  const stale = plan.updates.find((update, index) => !isSameRecord(current[index], update.before))
  if (stale) {
    throw new Error(
      `${stale.before.displayName} changed while the import was being prepared. Review the file again.`,
    )
  }
  const updates = plan.updates.map((update) => update.after)
  const total = plan.creates.length + updates.length
  onProgress?.(0, total)
  let done = 0
  const reportChunk = (size: number) => () => {
    done += size
    onProgress?.(done, total)
  }
  // Every write is queued at once so IndexedDB never waits on this thread between chunks; the
  // chunks only pace the progress bar. New people are added, not put: an id that exists already
  // fails the whole transaction.
  const writes: Promise<unknown>[] = [db.teams.bulkAdd(plan.newTeams)]
  for (let start = 0; start < plan.creates.length; start += chunkSize) {
    const chunk = plan.creates.slice(start, start + chunkSize)
    writes.push(db.people.bulkAdd(chunk).then(reportChunk(chunk.length)))
  }
  for (let start = 0; start < updates.length; start += chunkSize) {
    const chunk = updates.slice(start, start + chunkSize)
    writes.push(db.people.bulkPut(chunk).then(reportChunk(chunk.length)))
  }
  // A changed role, title, team or manager is a dated career event naming the file.
  const events = planImportEvents({
    updates: plan.updates,
    paths: plan.updates.length > 0 ? await db.careerPaths.toArray() : [],
    fileName: run.fileName,
    importRunId: run.id,
    date: toLocalIsoDate(now),
    now: now.toISOString(),
    newId: () => crypto.randomUUID(),
  })
  writes.push(
    db.importRuns.add(run),
    db.settings.bulkPut(settings),
    db.careerEvents.bulkAdd(events),
    db.leavers.bulkAdd(plan.leavers),
  )
  if (plan.pastReview) {
    writes.push(
      db.reviewCycles.put(plan.pastReview.cycle),
      db.reviews.bulkPut(plan.pastReview.reviews),
    )
  }
  await Promise.all(writes)
}

/** The newest import not yet undone: imports are undone newest first, so each restores the state the next one saw. */
export async function findUndoableImport(db: WorkspaceDb): Promise<ImportRun | undefined> {
  return db.importRuns
    .orderBy('committedAt')
    .reverse()
    .filter((run) => run.undoneAt === null)
    .first()
}

/** Puts people and teams back as they were before the import, in one transaction. */
export async function undoRosterImport(db: WorkspaceDb, runId: string, now: Date): Promise<void> {
  const tables = [
    db.people,
    db.teams,
    db.importRuns,
    db.careerEvents,
    db.leavers,
    db.reviewCycles,
    db.reviews,
  ]
  await db.transaction('rw', tables, async () => {
    const run = await db.importRuns.get(runId)
    if (!run) throw new Error('That import is no longer recorded.')
    if (run.undoneAt) throw new Error('That import was already undone.')
    const latest = await findUndoableImport(db)
    if (latest?.id !== run.id) throw new Error('Only the most recent import can be undone.')
    await db.people.bulkDelete(run.createdPersonIds)
    await db.people.bulkPut(run.previousPeople)
    await db.careerEvents.filter((event) => event.importRunId === run.id).delete()
    await db.leavers.bulkDelete(run.createdLeaverIds)
    await db.reviews.bulkDelete(run.createdReviewIds)
    await db.reviews.bulkPut(run.previousReviews)
    await db.reviewCycles.bulkDelete(run.createdCycleIds)
    await db.reviewCycles.bulkPut(run.previousCycles)
    // People created by the import may have become managers of others since; unlink them.
    const createdIds = new Set(run.createdPersonIds)
    await db.people
      .filter((person) => person.managerId !== null && createdIds.has(person.managerId))
      .modify({ managerId: null })
    for (const teamId of run.createdTeamIds) {
      if ((await db.people.filter((person) => person.teamId === teamId).count()) === 0)
        await db.teams.delete(teamId)
    }
    await db.importRuns.put({ ...run, undoneAt: now.toISOString() })
  })
}
