import { useCallback, useLayoutEffect, useState, type RefObject } from 'react'

export interface VirtualRange {
  firstRow: number
  lastRow: number
  firstColumn: number
  lastColumn: number
}

const overscan = 4

/** Which rows and columns of a fixed-size grid are in (or near) the viewport of `scroller`. */
export function useVirtualRange(
  scroller: RefObject<HTMLElement | null>,
  sizes: { rowCount: number; columnCount: number; rowHeight: number; columnWidth: number; headerHeight: number; stickyWidth: number },
): VirtualRange {
  const { rowCount, columnCount, rowHeight, columnWidth, headerHeight, stickyWidth } = sizes
  const compute = useCallback((): VirtualRange => {
    const element = scroller.current
    const height = element?.clientHeight ?? 600
    const width = element?.clientWidth ?? 1000
    const top = element?.scrollTop ?? 0
    const left = element?.scrollLeft ?? 0
    const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value))
    return {
      firstRow: clamp(Math.floor(top / rowHeight) - overscan, rowCount - 1),
      lastRow: clamp(Math.ceil((top + height - headerHeight) / rowHeight) + overscan, rowCount - 1),
      firstColumn: clamp(Math.floor(left / columnWidth) - overscan, columnCount - 1),
      lastColumn: clamp(Math.ceil((left + width - stickyWidth) / columnWidth) + overscan, columnCount - 1),
    }
  }, [scroller, rowCount, columnCount, rowHeight, columnWidth, headerHeight, stickyWidth])

  const [range, setRange] = useState<VirtualRange>({ firstRow: 0, lastRow: 0, firstColumn: 0, lastColumn: 0 })

  useLayoutEffect(() => {
    const element = scroller.current
    if (!element) return
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => setRange(compute()))
    }
    setRange(compute())
    element.addEventListener('scroll', update, { passive: true })
    const observer = new ResizeObserver(update)
    observer.observe(element)
    return () => {
      cancelAnimationFrame(frame)
      element.removeEventListener('scroll', update)
      observer.disconnect()
    }
  }, [scroller, compute])

  return range
}
