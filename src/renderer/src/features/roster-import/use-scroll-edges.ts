import { useEffect, useState } from 'react'

export interface ScrollEdges {
  /** Columns are hidden to the left (the box has been scrolled sideways). */
  isCutLeft: boolean
  /** Columns are hidden to the right. */
  isCutRight: boolean
}

const none: ScrollEdges = { isCutLeft: false, isCutRight: false }

/**
 * Which sides of a sideways-scrolling box hide some of its content, kept true as it scrolls and
 * as the box or its content resizes, so the box can say there is more to see: scrollbars alone
 * are hidden until used on macOS and easy to miss at the bottom of a long table. `element` is
 * the box, from a callback ref kept in state (null until it is drawn).
 */
export function useScrollEdges(element: HTMLElement | null): ScrollEdges {
  const [edges, setEdges] = useState<ScrollEdges>(none)
  useEffect(() => {
    if (!element) return
    const measure = () => {
      const hidden = element.scrollWidth - element.clientWidth
      const next = {
        isCutLeft: element.scrollLeft > 1,
        isCutRight: element.scrollLeft < hidden - 1,
      }
      setEdges((current) =>
        current.isCutLeft === next.isCutLeft && current.isCutRight === next.isCutRight
          ? current
          : next,
      )
    }
    measure()
    element.addEventListener('scroll', measure, { passive: true })
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    for (const child of element.children) observer.observe(child)
    return () => {
      element.removeEventListener('scroll', measure)
      observer.disconnect()
    }
  }, [element])
  return edges
}
