import type { Page } from '@playwright/test'

/**
 * Everyday-control checks run on whatever the page shows: every button that shows no text has an
 * accessible name and a visible tooltip (the `.icon-button` one drawn from that name), and no
 * two visible buttons touch. Each problem names the button, so a failure says where to look.
 */
export async function findControlProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const scope = document.querySelector('dialog[open]') ?? document.body
    const buttons = [...scope.querySelectorAll<HTMLElement>('button, [role="button"]')].filter(
      (button) => {
        const box = button.getBoundingClientRect()
        return box.width > 0 && box.height > 0 && getComputedStyle(button).visibility !== 'hidden'
      },
    )
    const describe = (button: HTMLElement) =>
      button.getAttribute('aria-label') ??
      (button.textContent?.trim() || button.outerHTML.slice(0, 80))
    // The text a sighted user reads on the button: text hidden for screen readers only is not.
    const visibleText = (button: HTMLElement): string => {
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT)
      let text = ''
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('.visually-hidden')) text += node.textContent ?? ''
      }
      return text.trim()
    }
    for (const button of buttons) {
      if (visibleText(button)) continue
      const name = button.getAttribute('aria-label') ?? button.getAttribute('aria-labelledby')
      if (!name) {
        problems.push(`icon-only button without an aria-label: ${button.outerHTML.slice(0, 120)}`)
        continue
      }
      // ui/IconTooltip shows the name of every `.icon-button` with an aria-label.
      if (!button.classList.contains('icon-button') || !button.hasAttribute('aria-label')) {
        problems.push(`icon-only button without a tooltip: ${describe(button)}`)
      }
    }
    const boxes = buttons.map((button) => ({ button, box: button.getBoundingClientRect() }))
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!
        const b = boxes[j]!
        if (a.button.contains(b.button) || b.button.contains(a.button)) continue
        const apartX = Math.max(b.box.left - a.box.right, a.box.left - b.box.right)
        const apartY = Math.max(b.box.top - a.box.bottom, a.box.top - b.box.bottom)
        // Touching or overlapping: closer than 2 px in both directions.
        if (apartX < 2 && apartY < 2) {
          problems.push(`buttons touch: “${describe(a.button)}” and “${describe(b.button)}”`)
        }
      }
    }
    return problems
  })
}
