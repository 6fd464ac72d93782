import { expect, type Page } from '@playwright/test'

/** From the welcome screen to an empty workspace of one's own, as the benches start. */
export async function startOwnWorkspace(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Start your own workspace/ }).click()
  await page.getByLabel('Name').fill('Bench')
  await page.getByRole('button', { name: 'Create workspace' }).click()
  await expect(page.getByRole('heading', { name: 'No one here yet' })).toBeVisible()
}

/**
 * Keeps the longest main-thread task since it ran in `window.__longestTask`. A string, so tsx
 * does not wrap its functions in a __name() the page lacks.
 */
export const watchLongTasks = `(() => {
  window.__longestTask = 0
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, entry.duration)
  }).observe({ type: 'longtask', buffered: true })
})()`
