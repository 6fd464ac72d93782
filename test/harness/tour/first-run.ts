// First run: the welcome screen, naming the team, a new workspace and the team import wizard, step
// by step, into a workspace of its own; then the sample company the rest of the tour uses.
import { expect } from '@playwright/test'
import { prepareUserFile } from './files'
import type { Tour } from './tour'

const welcomeHeading = 'Grow your people, not just grade them'
const ownWorkspace = 'Northwind Traders'

export async function tourFirstRun(tour: Tour): Promise<void> {
  const { page, app } = tour
  await expect(page.getByRole('heading', { level: 1, name: welcomeHeading })).toBeVisible({
    timeout: 30_000,
  })
  await tour.shoot('first-run-welcome')

  await page.getByRole('button', { name: /^Import your team/ }).click()
  await page.getByLabel('Organisation name').fill(ownWorkspace)
  await tour.shoot('first-run-name-team')
  await page.getByRole('button', { name: 'Back' }).click()

  await page.getByRole('button', { name: 'Start your own workspace' }).click()
  const dialog = await tour.dialog('New workspace')
  await dialog.getByLabel('Name').fill(ownWorkspace)
  await tour.shoot('workspaces-new')
  await dialog.getByRole('button', { name: /^Create/ }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({
    timeout: 30_000,
  })
  await tour.shoot('first-run-empty-dashboard')
  await tour.goTo('/people', 'People')
  await tour.shoot('first-run-no-people')

  await tour.goTo('/people/import', 'Import team')
  await tour.shoot('import-team-file')
  app.dialogs.openPaths.push(await prepareUserFile(tour, 'roster'))
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click()
  await expect(page.getByRole('button', { name: 'Continue to columns' })).toBeVisible()
  await tour.shoot('import-team-read')
  await page.getByRole('button', { name: 'Continue to columns' }).click()
  const onward = page.getByRole('button', { name: /^Continue to (values|review)$/ })
  await expect(onward).toBeVisible()
  await tour.shoot('import-team-columns')
  if ((await onward.textContent()) === 'Continue to values') {
    await onward.click()
    await expect(page.getByRole('heading', { name: 'Match the values' })).toBeVisible()
    await tour.shoot('import-team-values')
  }
  await page.getByRole('button', { name: 'Continue to review' }).click()
  await expect(page.getByRole('group', { name: 'Import summary' })).toBeVisible()
  await tour.shoot('import-team-review')
  await page.getByRole('button', { name: /^Import \d+ people$/ }).click()
  await expect(page.getByRole('heading', { name: /^Imported / })).toBeVisible({ timeout: 30_000 })
  await tour.shoot('import-team-done')
  await page.getByRole('button', { name: 'View people' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible()
  await tour.shoot('people-imported')
  await openSampleCompany(tour)
}

/** Opens the sample company from the menu, as the rest of the tour uses it, and waits for its dashboard. */
export async function openSampleCompany(tour: Tour): Promise<void> {
  const { page, app } = tour
  await app.emitMenuCommand('workspace:open-sample')
  await expect(
    page.getByRole('combobox', { name: 'Workspace' }).locator('option:checked'),
  ).toHaveText('Sample company', { timeout: 30_000 })
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({
    timeout: 30_000,
  })
  await expect(page.locator('[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
}
