import { expect, test } from '../harness/fixture'
import { findSeriousViolations } from '../support/axe'
import { goTo, openSampleCompany } from './helpers'

test('the org chart opens and closes a manager’s people from the keyboard, and its names lead to profiles', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'People')
  await page.getByRole('main').getByRole('tab', { name: 'Org chart', exact: true }).click()
  const chart = page.getByRole('list', { name: 'Org chart' })
  await expect(chart.getByRole('link', { name: 'Niamh Gallagher' })).toBeVisible()

  // The first two levels start open; each manager's disclosure is a button of its own, with the
  // name a screen reader says and the tooltip shows.
  const toggle = chart.getByRole('button', { name: 'People under Tomás Ferreira' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(chart.getByRole('link', { name: 'Ciarán Walsh' })).toBeVisible()
  expect(await findSeriousViolations(page)).toEqual([])

  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(chart.getByRole('link', { name: 'Ciarán Walsh' })).toHaveCount(0)
  await expect(chart.getByRole('link', { name: 'Tomás Ferreira' })).toBeVisible()
  await page.keyboard.press('Space')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')

  await chart.getByRole('link', { name: 'Ciarán Walsh' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ciarán Walsh' })).toBeVisible()
})
