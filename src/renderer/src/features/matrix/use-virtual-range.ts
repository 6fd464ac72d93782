import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'

export interface VirtualRange {
  firstRow: number
  lastRow: number
  firstColumn: number
  lastColumn: number
}

export interface GridSizes {
  rowCount: number
  columnCount: number
  rowHeight: number
  columnWidth: number
  headerHeight: number
  stickyWidth: number
}

// Rows and columns drawn beyond the view. None: a scroll renders its new rows before that frame
// is drawn (see onScroll), so there is no blank edge to hide, and each drawn cell costs frame time.
const overscan = 0

function computeRange(
  sizes: GridSizes,
  view: { top: number; left: number; height: number; width: number },
): VirtualRange {
  const { rowCount, columnCount, rowHeight, columnWidth, headerHeight, stickyWidth } = sizes
  const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value))
  return {
    firstRow: clamp(Math.floor(view.top / rowHeight) - overscan, rowCount - 1),
    lastRow: clamp(
      Math.ceil((view.top + view.height - headerHeight) / rowHeight) + overscan,
      rowCount - 1,
    ),
    firstColumn: clamp(Math.floor(view.left / columnWidth) - overscan, columnCount - 1),
    lastColumn: clamp(
      Math.ceil((view.left + view.width - stickyWidth) / columnWidth) + overscan,
      columnCount - 1,
    ),
  }
}

function isSameRange(a: VirtualRange, b: VirtualRange): boolean {
  return (
    a.firstRow === b.firstRow &&
    a.lastRow === b.lastRow &&
    a.firstColumn === b.firstColumn &&
    a.lastColumn === b.lastColumn
  )
}

/**
 * Which rows and columns of a fixed-size grid are in (or near) the viewport of `scroller`, and a
 * function that re-reads the scroll position at once (after the caller scrolled the element
 * itself, so what it scrolled to is drawn in the same commit).
 */
export function useVirtualRange(
  scroller: RefObject<HTMLElement | null>,
  sizes: GridSizes,
): { range: VirtualRange; syncRange: () => void } {
  const { rowCount, columnCount, rowHeight, columnWidth, headerHeight, stickyWidth } = sizes
  // Until the first measurement, assume a typical window so the first paint is already full.
  const sync = useRef<() => void>(() => {})
  const [range, setRange] = useState(() =>
    computeRange(sizes, { top: 0, left: 0, height: 900, width: 1400 }),
  )

  useLayoutEffect(() => {
    const element = scroller.current
    if (!element) return
    const current = { rowCount, columnCount, rowHeight, columnWidth, headerHeight, stickyWidth }
    const measure = () =>
      computeRange(current, {
        top: element.scrollTop,
        left: element.scrollLeft,
        height: element.clientHeight,
        width: element.clientWidth,
      })
    // Scroll events come once per frame, before it is drawn: rendering the new rows right away
    // puts them in that very frame, where a scheduled render would leave it showing blank space.
    const onScroll = () => {
      const next = measure()
      setRange((previous) => (isSameRange(previous, next) ? previous : next))
    }
    const onScrollNow = () => flushSync(onScroll)
    sync.current = onScroll
    element.addEventListener('scroll', onScrollNow, { passive: true })
    // The observer also reports the first size, which sets the first real range.
    const observer = new ResizeObserver(onScroll)
    observer.observe(element)
    return () => {
      sync.current = () => {}
      element.removeEventListener('scroll', onScrollNow)
      observer.disconnect()
    }
  }, [scroller, rowCount, columnCount, rowHeight, columnWidth, headerHeight, stickyWidth])

  const syncRange = useCallback(() => sync.current(), [])
  return { range, syncRange }
}
