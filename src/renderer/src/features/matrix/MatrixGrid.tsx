import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { CategoryLabels } from './CategoryLabels'
import { ColumnSpacer, matrixCellId, MatrixRow, type ColumnWindow } from './MatrixRow'
import type { GridCell, GridColumn, GridPosition, GridRow } from './grid-types'
import { useSlots } from './use-slots'
import { useVirtualRange } from './use-virtual-range'

const rowHeight = 36
// Also in matrix.css (--matrix-column-width), so cells need no style of their own.
const columnWidth = 76
const headerHeight = 140
const footerHeight = 44
const nameWidth = 240

export interface MatrixGridProps {
  rows: GridRow[]
  columns: GridColumn[]
  getCell: (personId: string, skillId: string) => GridCell
  scaleLabels: string[]
  maxLevel: number
  onSetLevel: (personId: string, skillId: string, level: number) => void
  onOpenCell: (personId: string, skillId: string) => void
}

/** People x skills, virtualised in both directions, with one tab stop and arrow-key navigation. */
export function MatrixGrid(props: MatrixGridProps) {
  const { rows, columns, getCell, scaleLabels, maxLevel, onSetLevel, onOpenCell } = props
  const scroller = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState<GridPosition>({
    row: rows.findIndex((row) => row.kind === 'person'),
    column: 0,
  })
  const { range, syncRange } = useVirtualRange(scroller, {
    rowCount: rows.length,
    columnCount: columns.length,
    rowHeight,
    columnWidth,
    headerHeight,
    stickyWidth: nameWidth,
  })
  const pick = useCallback((row: number, column: number) => setActive({ row, column }), [])
  const activeRow = rows[active.row]
  const activeColumn = columns[active.column]

  // Keep the active cell in view, and rendered in this same commit: aria-activedescendant names it.
  useLayoutEffect(() => {
    const element = scroller.current
    if (!element) return
    const top = active.row * rowHeight
    const left = active.column * columnWidth
    const viewHeight = element.clientHeight - headerHeight - footerHeight
    const viewWidth = element.clientWidth - nameWidth
    if (top < element.scrollTop) element.scrollTop = top
    else if (top + rowHeight > element.scrollTop + viewHeight)
      element.scrollTop = top + rowHeight - viewHeight
    if (left < element.scrollLeft) element.scrollLeft = left
    else if (left + columnWidth > element.scrollLeft + viewWidth)
      element.scrollLeft = left + columnWidth - viewWidth
    syncRange()
  }, [active, syncRange])

  const moveTo = (row: number, column: number, direction: 1 | -1 = 1) => {
    let next = Math.max(0, Math.min(rows.length - 1, row))
    // Group header rows are skipped: only people rows hold cells.
    while (rows[next]?.kind === 'group' && next + direction >= 0 && next + direction < rows.length)
      next += direction
    if (rows[next]?.kind !== 'person') return
    setActive({ row: next, column: Math.max(0, Math.min(columns.length - 1, column)) })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(
      1,
      Math.floor(((scroller.current?.clientHeight ?? 400) - headerHeight) / rowHeight) - 1,
    )
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          moveTo(active.row + 1, active.column, 1)
          return true
        case 'ArrowUp':
          moveTo(active.row - 1, active.column, -1)
          return true
        case 'ArrowRight':
          moveTo(active.row, active.column + 1)
          return true
        case 'ArrowLeft':
          moveTo(active.row, active.column - 1)
          return true
        case 'PageDown':
          moveTo(active.row + page, active.column, 1)
          return true
        case 'PageUp':
          moveTo(active.row - page, active.column, -1)
          return true
        case 'Home':
          if (event.ctrlKey) moveTo(0, 0, 1)
          else moveTo(active.row, 0)
          return true
        case 'End':
          if (event.ctrlKey) moveTo(rows.length - 1, columns.length - 1, -1)
          else moveTo(active.row, columns.length - 1)
          return true
        case 'Enter':
          if (activeRow?.kind === 'person' && activeColumn)
            onOpenCell(activeRow.personId, activeColumn.skillId)
          return true
      }
      if (
        /^[0-9]$/.test(event.key) &&
        Number(event.key) <= maxLevel &&
        activeRow?.kind === 'person' &&
        activeColumn
      ) {
        onSetLevel(activeRow.personId, activeColumn.skillId, Number(event.key))
        return true
      }
      return false
    })()
    if (handled) event.preventDefault()
  }

  const columnSlots = useSlots(range.firstColumn, range.lastColumn)
  const rowSlots = useSlots(range.firstRow, range.lastRow)
  const columnWindow = useMemo(
    (): ColumnWindow => ({
      columns,
      first: range.firstColumn,
      last: range.lastColumn,
      width: columnWidth,
      slots: columnSlots,
    }),
    [columns, range.firstColumn, range.lastColumn, columnSlots],
  )
  const visibleColumns = columns
    .slice(range.firstColumn, range.lastColumn + 1)
    .map((column, offset) => ({
      column,
      index: range.firstColumn + offset,
    }))
  const totalWidth = nameWidth + columns.length * columnWidth
  const bodyHeight = rows.length * rowHeight

  return (
    <div
      ref={scroller}
      className="matrix-scroll"
      role="grid"
      tabIndex={0}
      aria-label="Skills matrix: people by skills. Arrow keys move, digits set a level, Enter opens the details."
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length + 1}
      aria-activedescendant={
        rows[active.row]?.kind === 'person' ? matrixCellId(active.row, active.column) : undefined
      }
      onKeyDown={onKeyDown}
    >
      <div className="matrix-canvas" style={{ width: totalWidth }}>
        <div
          className="matrix-header"
          role="row"
          aria-rowindex={1}
          style={{ height: headerHeight, width: totalWidth }}
        >
          <div
            className="matrix-corner"
            role="columnheader"
            aria-colindex={1}
            style={{ width: nameWidth }}
          >
            Person
          </div>
          <ColumnSpacer window={columnWindow} />
          {visibleColumns.map(({ column, index }) => (
            <div
              key={columnSlots.get(index)}
              role="columnheader"
              aria-colindex={index + 2}
              aria-label={`${column.name}${column.isCritical ? ', critical' : ''}, in ${column.categoryName}`}
              className={`matrix-column-header${index === 0 || columns[index - 1]?.categoryName !== column.categoryName ? ' is-category-start' : ''}${index === active.column ? ' is-active' : ''}`}
              title={`${column.name} (${column.categoryName})`}
            >
              <span className="column-name">
                {column.name}
                {column.isCritical ? <span className="critical-mark"> · critical</span> : null}
              </span>
            </div>
          ))}
          <CategoryLabels
            columns={columns}
            first={range.firstColumn}
            last={range.lastColumn}
            columnWidth={columnWidth}
            left={nameWidth}
          />
        </div>
        <div className="matrix-body" style={{ height: bodyHeight }}>
          {rows.slice(range.firstRow, range.lastRow + 1).map((row, offset) => {
            const index = range.firstRow + offset
            const top = index * rowHeight
            if (row.kind === 'group') {
              return (
                <div
                  key={`group-${rowSlots.get(index)}`}
                  className="matrix-group"
                  role="row"
                  aria-rowindex={index + 2}
                  style={{ top, width: totalWidth }}
                >
                  <div
                    role="rowheader"
                    aria-colindex={1}
                    className="matrix-group-label"
                    style={{ width: nameWidth }}
                  >
                    {row.label}
                  </div>
                </div>
              )
            }
            return (
              <MatrixRow
                key={`person-${rowSlots.get(index)}`}
                row={row}
                index={index}
                top={top}
                width={totalWidth}
                nameWidth={nameWidth}
                window={columnWindow}
                getCell={getCell}
                scaleLabels={scaleLabels}
                activeColumn={index === active.row ? active.column : null}
                onPick={pick}
              />
            )
          })}
        </div>
        <div
          className="matrix-footer"
          role="row"
          aria-rowindex={rows.length + 2}
          style={{ height: footerHeight, width: totalWidth }}
        >
          <div
            className="matrix-corner matrix-footer-label"
            role="rowheader"
            aria-colindex={1}
            style={{ width: nameWidth }}
          >
            At required level / experts wanted
          </div>
          <ColumnSpacer window={columnWindow} />
          {visibleColumns.map(({ column, index }) => {
            const { atOrAbove, needing, minExperts } = column.coverage
            const isShort = atOrAbove < Math.min(minExperts, needing || minExperts)
            return (
              <div
                key={columnSlots.get(index)}
                role="gridcell"
                aria-colindex={index + 2}
                className={`matrix-coverage${isShort ? ' is-short' : ''}`}
                aria-label={`${column.name}: ${atOrAbove} of ${needing} at the required level; ${minExperts} experts wanted${isShort ? ', short' : ''}`}
              >
                {atOrAbove}/{needing}
                <span className="coverage-min">min {minExperts}</span>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
