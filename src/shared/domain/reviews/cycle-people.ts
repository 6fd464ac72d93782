import { z } from 'zod'
import type { Person, Review, ReviewCycle } from '../../model'

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** A new cycle as the dialog sends it; checked before anything is written. */
export const CycleDraft = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Give the cycle a name.')
      .max(200, 'Keep the name to 200 characters or fewer.'),
    periodStart: z.string().regex(isoDate, 'Choose the first day of the period.'),
    periodEnd: z.string().regex(isoDate, 'Choose the last day of the period.'),
    raterName: z.string().trim().max(200, 'Keep the rater’s name to 200 characters or fewer.'),
    personIds: z
      .array(z.string().min(1))
      .min(1, 'Choose at least one person to review: a whole team or people one by one.'),
  })
  .refine((draft) => draft.periodEnd >= draft.periodStart, {
    path: ['periodEnd'],
    message: 'The period ends before it starts.',
    // Checked whenever both dates are there, even while other fields are still wrong.
    when: (payload) => {
      const value = payload.value as { periodStart?: unknown; periodEnd?: unknown }
      return [value.periodStart, value.periodEnd].every(
        (date) => typeof date === 'string' && isoDate.test(date),
      )
    },
  })
export type CycleDraft = z.infer<typeof CycleDraft>

const cycleFieldOrder = ['name', 'raterName', 'periodStart', 'periodEnd', 'personIds'] as const
export type CycleField = (typeof cycleFieldOrder)[number]

/** The first problem with a new cycle in the order the dialog shows its fields, or null. */
export function findCycleDraftProblem(draft: unknown): { field: CycleField; text: string } | null {
  const result = CycleDraft.safeParse(draft)
  if (result.success) return null
  const problems = result.error.issues.map((issue) => ({
    field: (issue.path[0] ?? 'name') as CycleField,
    text: issue.message,
  }))
  const rank = (field: CycleField) => cycleFieldOrder.indexOf(field)
  return problems.sort((a, b) => rank(a.field) - rank(b.field))[0] ?? null
}

type Named = Pick<Person, 'id' | 'displayName' | 'status'>

/** Active people who are not in the cycle yet, by name: the only ones who may be added. */
export function listAddablePeople<P extends Named>(
  cycle: Pick<ReviewCycle, 'personIds'>,
  people: readonly P[],
): P[] {
  const inCycle = new Set(cycle.personIds)
  return people
    .filter((person) => person.status === 'active' && !inCycle.has(person.id))
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
}

/** Why these people cannot join the cycle, or null when all of them can. */
export function findAddProblem(
  cycle: Pick<ReviewCycle, 'personIds'>,
  people: readonly Named[],
  personIds: readonly string[],
): string | null {
  if (personIds.length === 0) return 'Choose at least one person to add.'
  const byId = new Map(people.map((person) => [person.id, person]))
  const inCycle = new Set(cycle.personIds)
  for (const id of personIds) {
    const person = byId.get(id)
    if (!person) return 'Someone you chose is no longer in the workspace. Choose again.'
    if (person.status !== 'active') {
      return `${person.displayName} has left, so they cannot join a review cycle.`
    }
    if (inCycle.has(id)) return `${person.displayName} is already in this cycle.`
  }
  return null
}

/** Whether a review holds anything a rater wrote or chose. */
export function hasReviewContent(review: Review): boolean {
  return (
    review.skillRatings.length > 0 ||
    review.goalRatings.length > 0 ||
    review.selfRatings.length > 0 ||
    review.overallRating !== null ||
    review.potential !== null ||
    [review.strengths, review.growthAreas, review.nextGoals].some((text) => text.trim() !== '')
  )
}

export type RemovalVerdict =
  | { isAllowed: true; review: Review | null; hasContent: boolean }
  | { isAllowed: false; reason: string }

const keptStates: Record<Exclude<Review['state'], 'draft'>, (name: string) => string> = {
  final: (name) =>
    `${name}’s review is final. A final review is part of the record, so ${name} stays in the cycle.`,
  shared: (name) =>
    `${name}’s review has been shared with them. To take ${name} out of the cycle, set the review back to Draft first.`,
  ready: (name) =>
    `${name}’s review is marked ready. To take ${name} out of the cycle, set the review back to Draft first.`,
}

/**
 * Whether someone may leave a cycle. Only a draft review is deleted with them: a review that is
 * ready, shared or final is work the person or others have relied on.
 */
export function judgeRemoval(
  cycle: Pick<ReviewCycle, 'id' | 'personIds'>,
  reviews: readonly Review[],
  person: { id: string; name: string },
): RemovalVerdict {
  const { id, name } = person
  if (!cycle.personIds.includes(id))
    return { isAllowed: false, reason: `${name} is not in this cycle.` }
  if (cycle.personIds.length === 1) {
    return {
      isAllowed: false,
      reason: `${name} is the only person in this cycle, and a cycle keeps at least one person.`,
    }
  }
  const review = reviews.find((r) => r.cycleId === cycle.id && r.personId === id) ?? null
  if (review && review.state !== 'draft') {
    return { isAllowed: false, reason: keptStates[review.state](name) }
  }
  return { isAllowed: true, review, hasContent: review ? hasReviewContent(review) : false }
}

/** What the confirmation says will happen. */
export function describeRemoval(name: string, verdict: RemovalVerdict): string {
  if (!verdict.isAllowed) return verdict.reason
  if (!verdict.review) return `${name} leaves the cycle. They have no review in it.`
  return verdict.hasContent
    ? `${name} leaves the cycle and their draft review is deleted, with the ratings and notes already in it.`
    : `${name} leaves the cycle and their empty draft review is deleted.`
}

/** The rater most reviews of the cycle name: the first guess for someone added later. */
export function suggestRater(reviews: readonly Review[]): string {
  const counts = new Map<string, number>()
  for (const review of reviews) {
    const name = review.raterName.trim()
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  let best = ''
  let most = 0
  for (const [name, count] of counts) {
    if (count > most || (count === most && name.localeCompare(best) < 0)) {
      best = name
      most = count
    }
  }
  return best
}
