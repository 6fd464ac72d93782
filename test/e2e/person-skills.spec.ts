import { expect, test } from '../harness/fixture'
import { findSeriousViolations } from '../support/axe'
import { goTo, openSampleCompany } from './helpers'

test('a person’s Skills tab shows their gaps, and a level recorded in the dialog updates the row', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'People')
  await page.getByRole('table').getByRole('link').first().click()
  await page.getByRole('tab', { name: 'Skills' }).click()
  const table = page.locator('.person-skills-table')
  await expect(table).toBeVisible()
  await page.getByLabel('Order skills', { exact: true }).selectOption('gap')
  expect(await findSeriousViolations(page, '.person-skills')).toEqual([])

  // Largest gap first: the first row is below its required level.
  const gapRow = table.locator('tbody tr.has-gap').first()
  await expect(gapRow).toBeVisible()
  const assess = gapRow.getByRole('button', { name: /^Assess / })
  const skill = /^Assess (.+): record/.exec((await assess.getAttribute('aria-label'))!)![1]!
  const cells = gapRow.getByRole('cell')
  await expect(cells.nth(2)).toHaveText(/^−\d$/)
  const required = Number(/^(\d)/.exec((await cells.nth(1).textContent())!)![1])
  expect(required).toBeGreaterThan(0)

  await assess.click()
  const dialog = page.getByRole('dialog', { name: new RegExp(`· ${skill}$`) })
  await expect(dialog.getByRole('heading', { name: 'History' })).toBeVisible()
  await dialog.getByLabel('Level', { exact: true }).selectOption(String(required))
  await dialog.getByRole('button', { name: 'Record assessment' }).click()
  await expect(page.getByText(new RegExp(`at level ${required} in ${skill}\\.`))).toBeVisible()
  await dialog.getByRole('button', { name: 'Close', exact: true }).click()

  const row = table.getByRole('row').filter({
    has: page.getByRole('button', { name: `Assess ${skill}: record a level or see the history` }),
  })
  await expect(row.getByRole('cell').nth(2)).toHaveText('meets')
  await expect(row.getByRole('cell').nth(0)).toContainText(`${required} ·`)
})

test('someone without a role or assessments gets an empty state that says what to do', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'People')
  await page.getByRole('button', { name: 'Add person' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Name', { exact: true }).fill('Nova Newcomer')
  await dialog.getByRole('button', { name: 'Add person' }).click()
  // Adding a person opens their profile.
  await expect(page.getByRole('heading', { level: 1, name: 'Nova Newcomer' })).toBeVisible()
  await page.getByRole('tab', { name: 'Skills' }).click()
  const empty = page.getByRole('region', { name: 'No skills to show yet' })
  await expect(empty).toContainText('has no role and no assessments')
  await empty.getByRole('button', { name: 'Open Skills & roles' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Skills & roles' })).toBeVisible()
})
