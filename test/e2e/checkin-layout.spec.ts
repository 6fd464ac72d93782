import type { Page } from '@playwright/test'
import { expect, test } from '../harness/fixture'
import { waitForQuietPage } from '../harness/tour/tour'
import { goTo, openSampleCompany } from './helpers'

/**
 * Whether the part of the element its scroll box shows is drawn uncovered: what is drawn at
 * the middle of that part is the element itself (or a child), not something over it.
 */
async function isUncovered(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    let box = element.getBoundingClientRect()
    let top = Math.max(0, box.top)
    let bottom = Math.min(window.innerHeight, box.bottom)
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (!/(auto|scroll|hidden)/.test(getComputedStyle(parent).overflowY)) continue
      box = parent.getBoundingClientRect()
      top = Math.max(top, box.top)
      bottom = Math.min(bottom, box.bottom)
    }
    if (bottom <= top) return false
    const own = element.getBoundingClientRect()
    const drawn = document.elementFromPoint(own.left + own.width / 2, (top + bottom) / 2)
    return drawn !== null && element.contains(drawn)
  })
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`at ${size.width}x${size.height}, the check-in's action bar covers no field and the page stays one window tall`, async ({
    app,
  }) => {
    const { page } = app
    await page.setViewportSize(size)
    await openSampleCompany(page)
    await goTo(page, 'Check-ins')
    await page
      .getByRole('button', { name: /^Start check-in with / })
      .first()
      .click()
    await expect(page.getByRole('heading', { name: 'Suggested talking points' })).toBeVisible()
    const bar = page.getByRole('button', { name: 'Finish check-in' })
    await expect(bar).toBeVisible()
    // The talking points arrive after the heading; a field focused (and scrolled to) before they
    // push it down ends up below the window, which is not what this checks (CI once did that).
    await page.evaluate(waitForQuietPage)

    // Tabbing into a field scrolls it just into view, at the bottom edge: where a bar floating
    // over the page would hide it.
    const fields = page.locator(
      '.checkin-editor textarea, .checkin-editor input, .checkin-editor select',
    )
    const count = await fields.count()
    expect(count).toBeGreaterThan(5)
    for (let index = 0; index < count; index += 1) {
      const field = fields.nth(index)
      if (!(await field.isVisible())) continue
      await field.focus()
      const id = await field.evaluate((element) => {
        element.setAttribute('data-layout-check', '')
        return element.id
      })
      expect(await isUncovered(page, '[data-layout-check]'), `field ${id || index}`).toBe(true)
      await field.evaluate((element) => element.removeAttribute('data-layout-check'))
    }

    // The page does not grow past the window, so the sidebar reaches the bottom.
    const heights = await page.evaluate(() => ({
      page: document.documentElement.scrollHeight,
      window: window.innerHeight,
      sidebar: document.querySelector('.sidebar')?.getBoundingClientRect().bottom ?? 0,
    }))
    expect(heights.page).toBe(heights.window)
    expect(heights.sidebar).toBe(heights.window)
  })
}
