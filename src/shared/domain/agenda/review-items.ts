import type { Review } from '../../model'
import { addDays } from '../dates/iso-date'
import { createItem, formatDay, linkTo, type AgendaContext } from './context'
import type { AgendaInput, AgendaItem } from './types'

/**
 * One item per review cycle whose period ends within the horizon or has ended, while reviews
 * of active people in it are not final (or not started).
 */
export function listReviewDeadlineItems(
  input: Pick<AgendaInput, 'reviewCycles' | 'reviews'>,
  context: AgendaContext,
  horizonDays: number,
): AgendaItem[] {
  const { today } = context
  const until = addDays(today, horizonDays)
  const cycles = input.reviewCycles.filter((cycle) => cycle.periodEnd <= until)
  const wanted = new Set(cycles.map((cycle) => cycle.id))
  const reviews = new Map<string, Map<string, Review>>()
  for (const review of input.reviews) {
    if (!wanted.has(review.cycleId)) continue
    let byPerson = reviews.get(review.cycleId)
    if (!byPerson) reviews.set(review.cycleId, (byPerson = new Map()))
    // A person with two reviews in a cycle is done when either is final.
    if (byPerson.get(review.personId)?.state !== 'final') byPerson.set(review.personId, review)
  }
  const items: AgendaItem[] = []
  for (const cycle of cycles) {
    const byPerson = reviews.get(cycle.id)
    const people = [...new Set(cycle.personIds)].filter((id) => context.active.has(id))
    const waiting = people.filter((id) => byPerson?.get(id)?.state !== 'final')
    if (waiting.length === 0) continue
    const only = waiting.length === 1 ? waiting[0]! : null
    const onlyReview = only === null ? undefined : byPerson?.get(only)
    const count =
      waiting.length === 1
        ? `1 of ${people.length} reviews is`
        : `${waiting.length} of ${people.length} reviews are`
    const end = cycle.periodEnd
    items.push(
      createItem(
        {
          id: `review-deadline:${cycle.id}:${end}`,
          kind: 'review-deadline',
          date: end,
          personId: only,
          title: `Finish the reviews of ${cycle.name}`,
          why: `${count} not final yet; the period ${end < today ? 'ended' : 'ends'} on ${formatDay(end)}.`,
          action: onlyReview
            ? { route: linkTo('reviews', cycle.id, onlyReview.id), label: 'Open the review' }
            : { route: linkTo('reviews', cycle.id), label: 'Open the cycle' },
        },
        today,
      ),
    )
  }
  return items
}
