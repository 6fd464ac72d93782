import type { Page } from '@playwright/test'
import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany } from './helpers'

/**
 * Notes every fact of the Details card that was ever drawn as "Not recorded", from now on. A
 * MutationObserver sees each state React commits, so a flash between two renders counts too.
 */
async function watchNotRecorded(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = []
    Object.assign(window, { __notRecorded: seen })
    const check = () => {
      for (const term of document.querySelectorAll('dl.facts dt')) {
        const value = term.nextElementSibling
        if (value?.textContent === 'Not recorded') seen.push(term.textContent ?? '')
      }
    }
    new MutationObserver(check).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    })
  })
}

const readNotRecorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __notRecorded: string[] }).__notRecorded)

test('a profile never shows "Not recorded" for a team, manager or role it is still reading', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'People')
  await watchNotRecorded(page)
  await page.getByRole('table').getByRole('link', { name: 'Ciarán Walsh', exact: true }).click()

  const details = page.getByRole('region', { name: 'Details' })
  await expect(details.getByRole('definition').nth(0)).toHaveText('Roastery & Production')
  await expect(details.getByRole('definition').nth(1)).toHaveText('Tomás Ferreira')
  await expect(details.getByRole('definition').nth(2)).toHaveText('Roaster')

  // From one profile to another: the manager's, who has a team, a manager and reports.
  await details.getByRole('link', { name: 'Tomás Ferreira' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tomás Ferreira' })).toBeVisible()
  await expect(details.getByRole('definition').nth(1)).toHaveText('Niamh Gallagher')
  await expect(
    page
      .getByRole('region', { name: 'Direct reports' })
      .getByRole('link', { name: 'Ciarán Walsh' }),
  ).toBeVisible()
  expect(await readNotRecorded(page)).toEqual([])
})

test('a profile says "Not recorded" for what is really missing', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'People')
  // The managing director has no team and no manager: the top of the organisation.
  await page.getByRole('table').getByRole('link', { name: 'Niamh Gallagher', exact: true }).click()
  const details = page.getByRole('region', { name: 'Details' })
  await expect(details.getByRole('definition').nth(0)).toHaveText('Not recorded')
  await expect(details.getByRole('definition').nth(1)).toHaveText('Not recorded')
  await expect(details.getByRole('definition').nth(2)).toHaveText('Managing Director')
})

test('the profile draws every tab from the feature that owns it, and its packet export is for this person', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'People')
  await page.getByRole('table').getByRole('link', { name: 'Ciarán Walsh', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ciarán Walsh' })).toBeVisible()
  await expect(
    page.getByRole('tablist', { name: 'Ciarán Walsh sections' }).getByRole('tab'),
  ).toHaveText([
    'Profile',
    'Skills',
    'Plan',
    'Goals',
    'Check-ins',
    'Feedback',
    'Reviews',
    'Career',
    'Timeline',
  ])

  await page.getByRole('tab', { name: 'Skills' }).click()
  await expect(page.getByRole('tabpanel').getByRole('table')).toBeVisible()

  await page.getByRole('tab', { name: 'Check-ins' }).click()
  await expect(page.getByRole('heading', { name: 'Cadence' })).toBeVisible()

  await page.getByRole('tab', { name: 'Reviews' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Reviews' })).toBeVisible()
  const packet = page.getByRole('region', { name: 'Review packet' })
  await expect(packet.getByLabel('Person').locator('option:checked')).toHaveText('Ciarán Walsh')
  await expect(packet.getByRole('button', { name: 'Export packet as PDF…' })).toBeEnabled()
})
