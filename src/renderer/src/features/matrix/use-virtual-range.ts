import { useLayoutEffect, useState, type RefObject } from 'react'

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

const overscan = 1

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

/** Which rows and columns of a fixed-size grid are in (or near) the viewport of `scroller`. */
export function useVirtualRange(
  scroller: RefObject<HTMLElement | null>,
  sizes: GridSizes,
): VirtualRange {
  const { rowCount, columnCount, rowHeight, columnWidth, headerHeight, stickyWidth } = sizes
  // Until the first measurement, assume a typical window so the first paint is already full.
  const [range, setRange] = useState(() =>
    computeRange(sizes, { top: 0, left: 0, height: 900, width: 1400 }),
  )

  useLayoutEffect(() => {
    const element = scroller.current
    if (!element) return
    const current = { rowCount, columnCount, rowHeight, columnWidth, headerHeight, stickyWidth }
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() =>
        setRange(
          computeRange(current, {
            top: element.scrollTop,
            left: element.scrollLeft,
            height: element.clientHeight,
            width: element.clientWidth,
          }),
        ),
      )
    }
    element.addEventListener('scroll', update, { passive: true })
    // The observer also reports the first size, which sets the first real range.
    const observer = new ResizeObserver(update)
    observer.observe(element)
    return () => {
      cancelAnimationFrame(frame)
      element.removeEventListener('scroll', update)
      observer.disconnect()
    }
  }, [scroller, rowCount, columnCount, rowHeight, columnWidth, headerHeight, stickyWidth])

  return range
}
