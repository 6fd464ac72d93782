import { memo } from 'react'
import type { GridCell } from './grid-types'

export function describeCell(cell: GridCell, scaleLabels: string[]): string {
  const current =
    cell.current === null
      ? 'not assessed'
      : `level ${cell.current}${scaleLabels[cell.current] ? ` (${scaleLabels[cell.current]})` : ''}`
  const required = cell.required === null ? 'not required' : `required ${cell.required}`
  const gap =
    cell.gap > 0 ? `, gap ${cell.gap}` : cell.required !== null ? ', meets the requirement' : ''
  const certificate = cell.certificate ? `, ${certificateWords[cell.certificate]}` : ''
  return `${current}, ${required}${gap}${certificate}`
}

const certificateWords = {
  expired: 'required certificate expired',
  soon: 'required certificate expires within 60 days',
  missing: 'required certificate missing',
}

function toneOf(cell: GridCell): string {
  if (cell.required === null) return 'none'
  if (cell.gap === 0) return 'ok'
  return cell.gap === 1 ? 'gap-1' : 'gap-2'
}

/**
 * One cell: current level, the requirement and the gap in text, with colour as a second signal.
 * Memoised on its values, so an edit re-renders only the cell that changed. One element per
 * cell: the level and the gap are drawn by CSS from data attributes (matrix.css), as hundreds of
 * cells come and go each frame of a scroll, and every element React makes outlives a few
 * garbage collections.
 */
export const MatrixCell = memo(function MatrixCell(props: {
  id: string
  cell: GridCell
  label: string
  isActive: boolean
  row: number
  column: number
  /** Stable across renders, so memoisation holds. */
  onPick: (row: number, column: number) => void
}) {
  const { id, cell, label, isActive, row, column, onPick } = props
  return (
    <div
      id={id}
      role="gridcell"
      aria-label={label}
      aria-colindex={column + 2}
      aria-selected={isActive}
      className={`matrix-cell tone-${toneOf(cell)}${isActive ? ' is-active' : ''}`}
      data-current={cell.current ?? '–'}
      data-gap={cell.gap > 0 ? `−${cell.gap}` : ''}
      data-certificate={cell.certificate}
      onMouseDown={() => onPick(row, column)}
    >
      {cell.required !== null ? `/${cell.required}` : ''}
    </div>
  )
})
