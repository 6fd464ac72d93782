// Check-ins: who is due, recent check-ins, note search, templates, the check-in editor and the
// feedback dialog.
import { expect } from '@playwright/test'
import type { Tour } from './tour'

export async function tourCheckins(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/checkins', 'Check-ins')
  await expect(page.getByRole('button', { name: /^Start check-in with / }).first()).toBeVisible()
  await tour.shoot('checkins-due')
  await tour.openTab('Recent')
  await tour.shoot('checkins-recent')
  await tour.openTab('Search')
  await page.getByLabel('Search check-in notes and feedback').fill('grinder')
  await expect(page.getByRole('main').locator('mark').first()).toBeVisible()
  await tour.shoot('checkins-search')
  await tour.openTab('Templates')
  await tour.shoot('checkins-templates')

  await page.getByRole('button', { name: 'Log feedback' }).first().click()
  const feedback = await tour.dialog('Log feedback')
  await tour.shoot('checkins-log-feedback')
  await tour.closeDialog(feedback)

  await tour.openTab('Due')
  await page
    .getByRole('button', { name: /^Start check-in with / })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name: /^Check-in with / })).toBeVisible()
  await tour.shoot('checkins-editor')
}
