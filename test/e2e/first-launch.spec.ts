import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany, readStat, screenTitles } from './helpers'

test('first launch offers a welcome, opens the sample company, and every screen opens', async ({
  app,
}) => {
  const { page } = app
  await expect(
    page.getByRole('heading', { name: 'Grow your people, not just grade them' }),
  ).toBeVisible()
  await openSampleCompany(page)

  expect(await readStat(page, 'Active people')).toBeGreaterThanOrEqual(35)
  await expect(
    page.getByRole('heading', { name: 'Adoption over the last six months' }),
  ).toBeVisible()

  for (const title of screenTitles) {
    await goTo(page, title)
    await expect(page).toHaveTitle(`${title} · Trellis`)
    await expect(page.getByRole('link', { name: title, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    )
  }
  await goTo(page, 'People')
  await expect(page.getByRole('status').filter({ hasText: /^\d+ people$/ })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Niamh Gallagher' })).toBeVisible()
  // Screens not built yet say what they will hold and what this workspace already has.
  await goTo(page, 'Training')
  await expect(
    page.getByText(/In this workspace now: \d+ initiatives · \d+ campaigns/),
  ).toBeVisible()
})

test('data survives a reload and the last workspace opens again', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  const people = await readStat(page, 'Active people')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Workspace' })).toHaveValue(/.+/)
  await expect(page.locator('[data-ready="true"]')).toBeVisible()
  expect(await readStat(page, 'Active people')).toBe(people)
})
