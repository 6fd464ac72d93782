import { useMemo } from 'react'
import { listOpenBiasFlags } from '../../../../shared/domain/reviews'
import { useReviewData } from '../../app/use-review-data'

const maxShown = 5

const stateLabels = { draft: 'Draft', ready: 'Ready', shared: 'Shared', final: 'Final' } as const

/** Reviews not yet final whose bias checks raise a flag, each linked to the review. */
export function BiasFlagsCard() {
  const data = useReviewData()
  const rows = useMemo(() => (data ? listOpenBiasFlags(data) : null), [data])
  const names = useMemo(
    () => new Map((data?.people ?? []).map((person) => [person.id, person.displayName])),
    [data],
  )
  return (
    <section className="card" aria-labelledby="bias-flags-title">
      <div className="card-header">
        <h2 id="bias-flags-title">Open bias flags</h2>
        <a href="#/reviews">All reviews</a>
      </div>
      {!rows ? (
        <p className="muted" aria-busy="true">
          Checking reviews…
        </p>
      ) : rows.length === 0 ? (
        <p className="muted">
          No review in progress raises a bias flag. When a draft review leans on late evidence,
          rates everything alike or differs from the self-review, it shows here before it is final.
        </p>
      ) : (
        <>
          <p className="muted">
            Patterns worth a second look before these reviews are final; none is a verdict.
          </p>
          <ul className="feed bias-flag-list">
            {rows.slice(0, maxShown).map(({ review, cycle, flags }) => {
              const name = names.get(review.personId) ?? 'Someone who was removed'
              return (
                <li key={review.id}>
                  <div className="feed-meta">
                    <a
                      href={`#/reviews/${encodeURIComponent(cycle.id)}/${encodeURIComponent(review.id)}`}
                      aria-label={`Open the review of ${name} in ${cycle.name}`}
                    >
                      <strong>{name}</strong>
                    </a>
                    <span className="muted">{cycle.name}</span>
                    <span className="tag">{stateLabels[review.state]}</span>
                  </div>
                  <ul className="bias-flag-kinds">
                    {flags.map((flag) => (
                      <li key={flag.kind}>
                        <strong>{flag.title}.</strong> <span>{flag.explanation}</span>
                      </li>
                    ))}
                  </ul>
                </li>
              )
            })}
          </ul>
          {rows.length > maxShown ? (
            <p className="muted">And {rows.length - maxShown} more.</p>
          ) : null}
        </>
      )}
    </section>
  )
}
