import { useState } from 'react'

/** The review's counts: a figure over its label each, read as one group. */
export function ImportSummary(props: { stats: ReadonlyArray<{ label: string; value: number }> }) {
  return (
    <div className="stat-grid import-counts" role="group" aria-label="Import summary">
      {props.stats.map((stat) => (
        <div key={stat.label} className="stat">
          <div className="stat-value">{stat.value}</div>
          <div className="stat-label">{stat.label}</div>
        </div>
      ))}
    </div>
  )
}

/** How many rows a review table shows at first, and how many more each Show more rows adds. */
export const reviewPageSize = 100

/** How many rows of a review table to draw; `showMore` draws another page of them. */
export function useRowLimit(): { limit: number; showMore: () => void } {
  const [limit, setLimit] = useState(reviewPageSize)
  return { limit, showMore: () => setLimit((current) => current + reviewPageSize) }
}

/** The line under a review table that draws only some of its rows; nothing once all are drawn. */
export function MoreRows(props: { shown: number; total: number; onShowMore: () => void }) {
  if (props.total <= props.shown) return null
  return (
    <div className="row list-more">
      <span className="muted">
        Showing {props.shown} of {props.total} rows
      </span>
      <button type="button" className="button" onClick={props.onShowMore}>
        Show more rows
      </button>
    </div>
  )
}
