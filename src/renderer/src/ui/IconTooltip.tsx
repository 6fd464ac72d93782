import { useEffect, useLayoutEffect, useRef, useState } from 'react'

/** An icon-only button: its accessible name is what the tooltip shows. */
const iconButton = '.icon-button[aria-label]'
const margin = 8

interface Shown {
  text: string
  anchor: DOMRect
}

/**
 * The tooltip of every icon-only button, drawn once for the whole app: on hover and on keyboard
 * focus it shows the button's accessible name, so what a sighted user reads and what a screen
 * reader says never differ. It is kept inside the window (a button at the right edge gets its
 * tooltip to its left, one near the bottom gets it above), and Escape hides it. It is a manual
 * popover, so it is drawn in the top layer, above an open dialog too.
 */
export function IconTooltip() {
  const [shown, setShown] = useState<Shown | null>(null)
  const tip = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let current: Element | null = null
    const show = (target: EventTarget | null, isKeyboard: boolean): void => {
      const button = target instanceof Element ? target.closest(iconButton) : null
      if (!button || button === current) return
      if (isKeyboard && !button.matches(':focus-visible')) return
      current = button
      setShown({
        text: button.getAttribute('aria-label') ?? '',
        anchor: button.getBoundingClientRect(),
      })
    }
    const hide = (target: EventTarget | null): void => {
      if (target instanceof Element && target.closest(iconButton) !== current) return
      current = null
      setShown(null)
    }
    const onOver = (event: PointerEvent) => show(event.target, false)
    const onOut = (event: PointerEvent) => {
      const to =
        event.relatedTarget instanceof Element ? event.relatedTarget.closest(iconButton) : null
      if (to !== current) hide(event.target)
    }
    const onFocusIn = (event: FocusEvent) => show(event.target, true)
    const onFocusOut = (event: FocusEvent) => hide(event.target)
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        current = null
        setShown(null)
      }
    }
    const onScroll = () => {
      current = null
      setShown(null)
    }
    document.addEventListener('pointerover', onOver)
    document.addEventListener('pointerout', onOut)
    document.addEventListener('focusin', onFocusIn)
    document.addEventListener('focusout', onFocusOut)
    document.addEventListener('keydown', onKey)
    document.addEventListener('scroll', onScroll, true)
    return () => {
      document.removeEventListener('pointerover', onOver)
      document.removeEventListener('pointerout', onOut)
      document.removeEventListener('focusin', onFocusIn)
      document.removeEventListener('focusout', onFocusOut)
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('scroll', onScroll, true)
    }
  }, [])

  // Placed once drawn, from its own size: centred under the button, kept inside the window.
  useLayoutEffect(() => {
    const element = tip.current
    if (!element) return
    if (element.matches(':popover-open')) element.hidePopover()
    if (!shown) return
    // Shown again each time, so it sits above a dialog opened since.
    element.showPopover()
    const { width, height } = element.getBoundingClientRect()
    const { anchor } = shown
    const centred = anchor.left + anchor.width / 2 - width / 2
    const left = Math.min(Math.max(centred, margin), window.innerWidth - width - margin)
    const below = anchor.bottom + 4
    const top = below + height + margin > window.innerHeight ? anchor.top - height - 4 : below
    element.style.left = `${left}px`
    element.style.top = `${top}px`
  }, [shown])

  return (
    <div ref={tip} popover="manual" className="icon-tooltip" aria-hidden>
      {shown?.text}
    </div>
  )
}
