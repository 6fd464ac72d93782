import type { Page } from '@playwright/test'
import { routeList } from '../../src/renderer/src/app/route-list'
import { expect } from '../harness/fixture'

export const screenTitles = routeList.map((route) => route.title)

export async function openSampleCompany(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Explore the sample company/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({
    timeout: 20_000,
  })
  await expect(page.locator('[data-ready="true"]')).toBeVisible()
}

export async function goTo(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: title, exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

export async function readStat(page: Page, label: string): Promise<number> {
  const stat = page.locator('.stat', { has: page.getByText(label, { exact: true }) })
  return Number(await stat.locator('.stat-value').textContent())
}

/**
 * From the roster import's Columns step to its review: through the Values step when the file has
 * columns whose values are mapped one by one, straight on when it has none.
 */
export async function continueToImportReview(page: Page): Promise<void> {
  const toValues = page.getByRole('button', { name: 'Continue to values' })
  const toReview = page.getByRole('button', { name: 'Continue to review' })
  await toValues.or(toReview).first().click()
  const values = page.getByRole('heading', { name: 'Match the values' })
  await expect(values.or(page.getByRole('group', { name: 'Import summary' }))).toBeVisible()
  if (await values.isVisible()) await toReview.click()
}
