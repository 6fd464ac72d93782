import { memo } from 'react'
import { describeCell, MatrixCell } from './MatrixCell'
import type { GridCell, GridColumn, GridRow } from './grid-types'

export const matrixCellId = (row: number, column: number) => `matrix-cell-${row}-${column}`

/** The drawn window of columns, shared by the header, the rows and the footer. */
export interface ColumnWindow {
  columns: GridColumn[]
  first: number
  last: number
  width: number
  /** The React key of each drawn column (see use-slots.ts). */
  slots: ReadonlyMap<number, number>
}

/** Keeps the cells in the normal flow of their row after the columns scrolled out of view. */
export function ColumnSpacer(props: { window: ColumnWindow }) {
  const { window } = props
  return (
    <div
      className="matrix-spacer"
      aria-hidden="true"
      style={{ width: window.first * window.width }}
    />
  )
}

/**
 * One person's row. Memoised, and keyed by its slot in the grid (use-slots.ts), so a scroll leaves
 * the rows that stay in view alone: only rows and columns coming into view are drawn (and
 * painted), into the elements of those that left.
 */
export const MatrixRow = memo(function MatrixRow(props: {
  row: Extract<GridRow, { kind: 'person' }>
  index: number
  top: number
  width: number
  nameWidth: number
  window: ColumnWindow
  getCell: (personId: string, skillId: string) => GridCell
  scaleLabels: string[]
  /** The active column when this is the active row, else null. */
  activeColumn: number | null
  onPick: (row: number, column: number) => void
}) {
  const { row, index, top, width, nameWidth, window, getCell, scaleLabels, activeColumn, onPick } =
    props
  const cells = []
  for (let column = window.first; column <= window.last; column += 1) {
    const skill = window.columns[column]
    if (!skill) continue
    const cell = getCell(row.personId, skill.skillId)
    cells.push(
      <MatrixCell
        key={window.slots.get(column)}
        id={matrixCellId(index, column)}
        cell={cell}
        label={`${row.name}, ${skill.name}: ${describeCell(cell, scaleLabels)}`}
        isActive={activeColumn === column}
        row={index}
        column={column}
        onPick={onPick}
      />,
    )
  }
  return (
    <div className="matrix-row" role="row" aria-rowindex={index + 2} style={{ top, width }}>
      <div
        role="rowheader"
        aria-colindex={1}
        className={`matrix-name${activeColumn !== null ? ' is-active' : ''}`}
        style={{ width: nameWidth }}
      >
        <span className="matrix-person">{row.name}</span>
        {row.isCounted ? (
          <span className="matrix-total" title="Total gap">
            {row.totalGap > 0 ? `gap ${row.totalGap}` : ''}
          </span>
        ) : (
          // The group's label says so on screen; this tells a screen reader on the row itself.
          <span className="visually-hidden">(not counted in team gaps)</span>
        )}
      </div>
      <ColumnSpacer window={window} />
      {cells}
    </div>
  )
})
