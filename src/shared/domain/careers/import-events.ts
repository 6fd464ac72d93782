import type { CareerEvent, CareerPath, Person } from '../../model'
import { diffJobs, jobOf } from './history'

/** Whether `to` sits above `from` on some career path: a move up the ladder. */
export function isStepUp(from: string | null, to: string | null, paths: readonly CareerPath[]) {
  if (from === null || to === null) return false
  return paths.some((path) => {
    const low = path.roleIds.indexOf(from)
    const high = path.roleIds.indexOf(to)
    return low >= 0 && high > low
  })
}

/**
 * The career events a roster import records: one per updated person whose role, title, team or
 * manager it changes, dated the day of the import and naming the file. A move up a career path
 * counts as a promotion.
 */
export function planImportEvents(input: {
  updates: readonly { before: Person; after: Person }[]
  paths: readonly CareerPath[]
  fileName: string
  importRunId: string
  date: string
  now: string
  newId: () => string
}): CareerEvent[] {
  const events: CareerEvent[] = []
  for (const { before, after } of input.updates) {
    const changes = diffJobs(jobOf(before), jobOf(after))
    if (changes.length === 0) continue
    events.push({
      id: input.newId(),
      personId: after.id,
      date: input.date,
      changes,
      isPromotion: isStepUp(before.roleId, after.roleId, input.paths),
      source: 'import',
      sourceName: input.fileName,
      importRunId: input.importRunId,
      note: '',
      createdAt: input.now,
    })
  }
  return events
}
