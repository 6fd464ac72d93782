// Training: the catalogue, campaigns on their timeline, enrolments, team plans and budget, and the
// initiative and campaign dialogs.
import { expect } from '@playwright/test'
import type { Tour } from './tour'

export async function tourTraining(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/training', 'Training')
  await expect(page.getByText(/^\d+ of \d+ initiatives$/)).toBeVisible()
  await tour.shoot('training-catalogue')
  // The first training with materials in the sample company, its panel open under its row.
  await page
    .getByRole('button', { name: /^Materials \([1-9]\d*\) of / })
    .first()
    .click()
  await expect(page.locator('.materials-panel')).toBeVisible()
  await page.locator('.materials-panel').scrollIntoViewIfNeeded()
  await tour.shoot('training-materials')
  await page
    .getByRole('button', { name: /^Materials \([1-9]\d*\) of / })
    .first()
    .click()
  await page.getByRole('button', { name: 'Add initiative' }).click()
  const initiative = await tour.dialog('Add an initiative')
  await tour.shoot('training-add-initiative')
  await tour.closeDialog(initiative)

  await tour.openTab('Campaigns')
  await tour.shoot('training-campaigns')
  await page.getByRole('button', { name: 'New campaign' }).click()
  const campaign = await tour.dialog('New campaign')
  await tour.shoot('training-new-campaign')
  await tour.closeDialog(campaign)

  await tour.openTab('Enrolments')
  await tour.shoot('training-enrolments')
  await tour.openTab('Team plans & budget')
  await tour.shoot('training-team-plans')
  await tour.shoot('training-accountability', {
    scrollTo: page.getByRole('heading', { name: 'Initiative → outcome → KPI → measurement' }),
  })
}
