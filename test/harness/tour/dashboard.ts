// The dashboard of the sample company, its top and the cards further down.
import { expect } from '@playwright/test'
import type { Tour } from './tour'

export async function tourDashboard(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/', 'Dashboard')
  await expect(page.locator('[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
  await tour.shoot('dashboard-overview')
  await tour.shoot('dashboard-insights', {
    scrollTo: page.getByRole('heading', { name: 'Adoption over the last six months' }),
  })
}
