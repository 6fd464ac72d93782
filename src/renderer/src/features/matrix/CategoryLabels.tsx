import { useMemo } from 'react'
import type { GridColumn } from './grid-types'

/** Columns next to each other with the same category: one label covers them. */
export interface CategoryRun {
  name: string
  first: number
  last: number
}

export function listCategoryRuns(columns: readonly GridColumn[]): CategoryRun[] {
  const runs: CategoryRun[] = []
  columns.forEach((column, index) => {
    const run = runs.at(-1)
    if (run && run.name === column.categoryName) run.last = index
    else runs.push({ name: column.categoryName, first: index, last: index })
  })
  return runs
}

/**
 * The category names over the column headers, one per run of columns, for the runs in view.
 * Each label sticks to the left edge of the view while its run is in it, so a scrolled grid
 * still names the category. Hidden from screen readers: each column header names its category.
 */
export function CategoryLabels(props: {
  columns: readonly GridColumn[]
  first: number
  last: number
  columnWidth: number
  left: number
}) {
  const { columns, first, last, columnWidth, left } = props
  const runs = useMemo(() => listCategoryRuns(columns), [columns])
  return runs
    .filter((run) => run.last >= first && run.first <= last && run.name !== '')
    .map((run) => (
      <div
        key={run.first}
        className="matrix-category"
        aria-hidden="true"
        style={{
          left: left + run.first * columnWidth,
          width: (run.last - run.first + 1) * columnWidth,
        }}
      >
        <span className="matrix-category-label" style={{ left }}>
          {run.name}
        </span>
      </div>
    ))
}
