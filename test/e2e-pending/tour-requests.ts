// Requests: the list of what was asked, a request's page with its files, and the New request
// dialog for a self-review and for a team pulse.
import { expect } from '@playwright/test'
import type { Tour } from '../harness/tour/tour'

export async function tourRequests(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/requests', 'Requests')
  const titles = page.getByRole('main').getByRole('table').getByRole('link')
  await expect(titles.first()).toBeVisible()
  await tour.shoot('requests-list')

  const title = (await titles.first().innerText()).trim()
  await titles.first().click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await tour.shoot('requests-detail')

  await tour.goTo('/requests', 'Requests')
  await page.getByRole('button', { name: 'New request…' }).click()
  const dialog = await tour.dialog('New request')
  await expect(dialog.getByRole('radio', { name: /^Self-review/ })).toBeChecked()
  await tour.shoot('requests-new-self-review')
  await dialog.getByRole('radio', { name: /^Team pulse/ }).check()
  const statement = dialog.getByRole('textbox', { name: 'Statement 1', exact: true })
  await expect(statement).toBeVisible()
  await tour.shoot('requests-new-pulse', { scrollTo: statement })
  await tour.closeDialog(dialog)
}
