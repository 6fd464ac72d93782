// The skills matrix import wizard, step by step, with a wide matrix of the sample company's
// roastery. It writes assessments, so it runs last.
import { expect } from '@playwright/test'
import { prepareUserFile } from './files'
import type { Tour } from './tour'

export async function tourMatrixImport(tour: Tour): Promise<void> {
  const { page, app } = tour
  await tour.goTo('/matrix', 'Skills matrix')
  await page.getByRole('link', { name: 'Import matrix…' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Import skills matrix' })).toBeVisible()
  await tour.shoot('import-matrix-source')
  app.dialogs.openPaths.push(await prepareUserFile(tour, 'matrix'))
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click()
  await expect(page.getByRole('button', { name: 'Continue to skill columns' })).toBeVisible()
  await tour.shoot('import-matrix-read')
  await page.getByRole('button', { name: 'Continue to skill columns' }).click()
  await expect(page.getByRole('button', { name: 'Continue to review' })).toBeVisible()
  await tour.shoot('import-matrix-columns')
  await page.getByRole('button', { name: 'Continue to review' }).click()
  await expect(page.getByRole('group', { name: 'Import summary' })).toBeVisible()
  await page.getByLabel('Apply them to the roles of the people in the file').check()
  await tour.shoot('import-matrix-review')
  await page.getByRole('button', { name: /^Import \d+ levels?$/ }).click()
  await expect(page.getByRole('heading', { name: /^Imported / })).toBeVisible({ timeout: 30_000 })
  await tour.shoot('import-matrix-done')
}
