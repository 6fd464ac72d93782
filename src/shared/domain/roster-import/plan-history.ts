import type { LeaverRecord, Review, ReviewCycle } from '../../model'
import type { PlannedRow } from './plan-managers'
import { toMatchKey } from './text'
import type { PastReviewInput, RosterImportPlan } from './types'

/**
 * The leaving a row records, when the person left by the file and Trellis has no record of it:
 * a leaver of an earlier import or typed in stays as it is, so a re-import writes nothing twice.
 * When the file does not say whose decision it was, it is recorded as theirs (the review step
 * says how many).
 */
export function planLeaver(
  entry: PlannedRow,
  stored: ReadonlyMap<string, readonly LeaverRecord[]>,
  options: { now: string; createId: () => string },
): LeaverRecord | null {
  const { after, before, row } = entry
  if (after.status !== 'left' || after.leftDate === null) return null
  if (before?.status === 'left') return null
  const date = after.leftDate
  if ((stored.get(after.id) ?? []).some((leaver) => leaver.date === date)) return null
  const { values } = row
  return {
    id: options.createId(),
    personId: after.id,
    date,
    hireDate: after.hireDate,
    isVoluntary: values.isVoluntary ?? true,
    isRegretted: false,
    reason: values.leavingReason ?? '',
    reasonDetail: values.leavingDetail ?? '',
    exitInterview: [],
    roleId: after.roleId,
    teamId: after.teamId,
    // Set once the manager lines are drawn (see finishLeavers).
    managerId: after.managerId,
    createdAt: options.now,
  }
}

/** The leaver records keep the job as the import leaves it, manager included. */
export function finishLeavers(
  leavers: LeaverRecord[],
  planned: readonly PlannedRow[],
): LeaverRecord[] {
  const managerOf = new Map(planned.map((entry) => [entry.after.id, entry.after.managerId]))
  return leavers.map((leaver) => ({ ...leaver, managerId: managerOf.get(leaver.personId) ?? null }))
}

/**
 * The finished past review a performance column fills: the ratings as final reviews of a cycle
 * of the name given (one already stored under that name is reused). A person rated the same
 * there already is left alone; a different rating replaces theirs, and undo puts it back.
 */
export function planPastReview(
  planned: readonly PlannedRow[],
  input: {
    pastReview: PastReviewInput | undefined
    cycles: readonly ReviewCycle[]
    reviews: readonly Review[]
    fileName?: string
    createId: () => string
  },
): RosterImportPlan['pastReview'] {
  const rated = planned.filter((entry) => entry.row.values.performance !== undefined)
  if (input.pastReview === undefined || rated.length === 0) return null
  const { name, periodStart, periodEnd } = input.pastReview
  const stored = input.cycles.find((cycle) => toMatchKey(cycle.name) === toMatchKey(name))
  const cycle: ReviewCycle = stored
    ? { ...stored, personIds: [...stored.personIds] }
    : { id: input.createId(), name: name.trim(), periodStart, periodEnd, personIds: [] }
  const existing = new Map(
    input.reviews
      .filter((review) => review.cycleId === cycle.id)
      .map((review) => [review.personId, review]),
  )
  const reviews: Review[] = []
  const replaced: Review[] = []
  for (const entry of rated) {
    const rating = entry.row.values.performance!
    const personId = entry.after.id
    if (!cycle.personIds.includes(personId)) cycle.personIds.push(personId)
    const before = existing.get(personId)
    if (before?.overallRating === rating) continue
    if (before) replaced.push(before)
    reviews.push({
      ...(before ?? {
        id: input.createId(),
        cycleId: cycle.id,
        personId,
        raterName: 'Imported rating',
        skillRatings: [],
        goalRatings: [],
        selfRatings: [],
        potential: null,
        strengths: '',
        growthAreas: '',
        nextGoals: '',
      }),
      state: 'final',
      overallRating: rating,
      updatedAt: cycle.periodEnd,
    })
  }
  const isChanged = !stored || cycle.personIds.length !== stored.personIds.length
  if (!isChanged && reviews.length === 0) return null
  return { cycle, previousCycle: stored ?? null, reviews, replaced }
}
