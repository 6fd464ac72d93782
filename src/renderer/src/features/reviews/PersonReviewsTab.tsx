import { ClipboardCheck } from 'lucide-react'
import type { ReactNode } from 'react'
import type { ReviewData } from '../../db/repositories/review-data'
import { EmptyState } from '../../ui/EmptyState'
import { useReviewData } from '../../app/use-review-data'

/**
 * The person's reviews across cycles, and beside them `packetExport` (reports/' packet export,
 * passed in by app/screens/person-tabs.tsx) drawn on the same data.
 */
export function PersonReviewsTab(props: {
  personId: string
  packetExport: (data: ReviewData) => ReactNode
}) {
  const data = useReviewData()
  if (!data) return <p aria-busy="true">Loading reviews…</p>
  const reviews = data.reviews
    .filter((r) => r.personId === props.personId)
    .map((review) => ({ review, cycle: data.reviewCycles.find((c) => c.id === review.cycleId) }))
    .sort((a, b) => (b.cycle?.periodEnd ?? '').localeCompare(a.cycle?.periodEnd ?? ''))
  return (
    <div className="card-grid">
      <section className="card" aria-labelledby="person-reviews-title">
        <h2 id="person-reviews-title">Reviews</h2>
        {reviews.length === 0 ? (
          <EmptyState icon={ClipboardCheck} title="No review yet">
            <p>Start a review cycle on the Reviews screen and include this person.</p>
          </EmptyState>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Cycle</th>
                <th scope="col">State</th>
                <th scope="col">Rater</th>
                <th scope="col">Overall</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map(({ review, cycle }) => (
                <tr key={review.id}>
                  <td>
                    {cycle
                      ? `${cycle.name} (${cycle.periodStart} to ${cycle.periodEnd})`
                      : 'Removed cycle'}
                  </td>
                  <td>{review.state}</td>
                  <td>{review.raterName || '-'}</td>
                  <td>{review.overallRating ?? '-'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {props.packetExport(data)}
    </div>
  )
}
