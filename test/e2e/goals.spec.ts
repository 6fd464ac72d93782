import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany } from './helpers'

function goalRow(page: Page, title: string) {
  return page
    .locator('.goal-row')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) })
}

async function addAlignedGoal(
  page: Page,
  parent: string,
  fields: { title: string; level: string; team: string; owner?: string },
): Promise<void> {
  await page.getByRole('button', { name: parent, exact: true }).click()
  await page
    .getByRole('dialog', { name: parent })
    .getByRole('button', { name: 'Add an aligned goal' })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Add a goal' })
  await dialog.getByLabel('Objective', { exact: true }).fill(fields.title)
  await dialog.getByLabel('Level', { exact: true }).selectOption({ label: fields.level })
  await expect(dialog.getByLabel('Aligned to', { exact: true })).toHaveValue(/.+/)
  await dialog.getByLabel('Team', { exact: true }).selectOption({ label: fields.team })
  if (fields.owner)
    await dialog.getByLabel('Owner', { exact: true }).selectOption({ label: fields.owner })
}

test('a three-level cascade rolls a key-result update up, and the KPI chart shows it', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Goals')
  await page.getByLabel('Period', { exact: true }).selectOption('2027-Q1')
  await expect(page.getByRole('heading', { name: 'No goals in 2027-Q1 yet' })).toBeVisible()

  // Company goal: no key results of its own, so the quality check flags it until children measure it.
  await page.getByRole('button', { name: 'Add a company goal' }).click()
  let dialog = page.getByRole('dialog', { name: 'Add a goal' })
  await dialog.getByRole('button', { name: 'Add goal' }).click()
  await expect(dialog.getByText('Give the goal a title.')).toBeVisible()
  await dialog.getByLabel('Objective', { exact: true }).fill('Customers get it right first time')
  await dialog.getByLabel('Owner', { exact: true }).selectOption({ label: 'Niamh Gallagher' })
  await dialog.getByLabel('Due date', { exact: true }).fill('2027-03-31')
  await dialog.getByRole('button', { name: 'Add goal' }).click()
  await expect(dialog).toBeHidden()
  await expect(goalRow(page, 'Customers get it right first time')).toContainText(
    'No measurable target',
  )

  await addAlignedGoal(page, 'Customers get it right first time', {
    title: 'Care resolves more on first contact',
    level: 'Team',
    team: 'Wholesale & Customer Care',
    owner: 'Sinéad Ryan',
  })
  dialog = page.getByRole('dialog', { name: 'Add a goal' })
  await dialog.getByLabel('Due date', { exact: true }).fill('2027-03-31')
  await dialog.getByRole('button', { name: 'Add goal' }).click()
  await expect(dialog).toBeHidden()

  await addAlignedGoal(page, 'Care resolves more on first contact', {
    title: 'Resolve 80% of my contacts first time',
    level: 'Person',
    team: 'Wholesale & Customer Care',
    owner: 'Fatima Benali',
  })
  dialog = page.getByRole('dialog', { name: 'Add a goal' })
  await dialog.getByLabel('Due date', { exact: true }).fill('2027-03-15')
  await dialog.getByRole('button', { name: 'Add a key result' }).click()
  await dialog.getByLabel('Metric', { exact: true }).fill('First-contact resolution')
  await dialog.getByLabel('Unit', { exact: true }).fill('%')
  await dialog.getByLabel('Baseline', { exact: true }).fill('60')
  await dialog.getByLabel('Target', { exact: true }).fill('80')
  await dialog.getByLabel('Current', { exact: true }).fill('60')
  await dialog
    .getByLabel('KPI', { exact: true })
    .selectOption({ label: 'First-contact resolution' })
  await dialog.getByRole('button', { name: 'Add goal' }).click()
  await expect(dialog).toBeHidden()

  // The tree nests company -> team -> person, all at 0%.
  const tree = page.getByRole('list', { name: 'Goals of 2027-Q1' })
  await expect(tree.locator('.goal-row-title')).toHaveText([
    'Customers get it right first time',
    'Care resolves more on first contact',
    'Resolve 80% of my contacts first time',
  ])
  for (const title of [
    'Customers get it right first time',
    'Resolve 80% of my contacts first time',
  ])
    await expect(goalRow(page, title).locator('.goal-progress-value')).toHaveText('0%')

  // Update the key result: 60 -> 70 of a way to 80 is 50%, and it rolls up both levels.
  await page
    .getByRole('button', { name: 'Resolve 80% of my contacts first time', exact: true })
    .click()
  dialog = page.getByRole('dialog', { name: 'Resolve 80% of my contacts first time' })
  await dialog.getByLabel('New value (%)').fill('70')
  await dialog.getByLabel('At risk').check()
  await dialog.getByLabel('Note', { exact: true }).fill('Better scripts from the workshop.')
  await dialog.getByRole('button', { name: 'Record update' }).click()
  await expect(dialog.getByRole('row', { name: /First-contact resolution/ })).toContainText('70')
  await expect(dialog.getByText('Better scripts from the workshop.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()
  for (const title of [
    'Customers get it right first time',
    'Care resolves more on first contact',
    'Resolve 80% of my contacts first time',
  ])
    await expect(goalRow(page, title).locator('.goal-progress-value')).toHaveText('50%')
  await expect(goalRow(page, 'Resolve 80% of my contacts first time')).toContainText('At risk')
  await expect(goalRow(page, 'Customers get it right first time')).not.toContainText(
    'No measurable target',
  )

  // The KPI chart marks the new target, and a new measurement moves the line.
  await page.getByRole('tab', { name: 'KPIs' }).click()
  await page.getByRole('button', { name: /^First-contact resolution/ }).click()
  await page.getByLabel('Person', { exact: true }).selectOption({ label: 'Fatima Benali' })
  const chart = page.getByRole('img', {
    name: /^Line chart\. First-contact resolution for Fatima Benali/,
  })
  await expect(chart).toHaveAttribute(
    'aria-label',
    /Targets: 80 % by 2027-03-15 \(2027-Q1: First-contact resolution\)/,
  )
  const before = Number((await chart.getAttribute('aria-label'))?.match(/(\d+) measurements/)?.[1])
  await page.getByLabel('Value (%)').fill('91')
  await page.getByRole('button', { name: 'Record measurement' }).click()
  await expect(chart).toHaveAttribute(
    'aria-label',
    new RegExp(`${before + 1} measurements .*\\(91 %\\)`),
  )
  await expect(chart).toHaveAttribute('aria-label', /highest 91/)
})

test('a KPI CSV import names the bad rows, saves nothing on cancel, and imports the good rows', async ({
  app,
}) => {
  const { page } = app
  const file = join(process.cwd(), 'test', 'fixtures', 'csv', 'goals', 'kpi-measurements.csv')
  await openSampleCompany(page)
  await goTo(page, 'Goals')
  await page.getByRole('tab', { name: 'KPIs' }).click()
  const csat = page.getByRole('button', { name: /^Customer satisfaction/ })
  await expect(csat).toContainText('18 values')

  await page.getByRole('button', { name: 'Import measurements' }).click()
  let dialog = page.getByRole('dialog', { name: 'Import KPI measurements from CSV' })
  await app.answerOpenDialog(file)
  await dialog.getByRole('button', { name: 'Choose a CSV file…' }).click()
  await expect(dialog.getByRole('status')).toContainText(
    '1 row is ready to import; 2 will be left out.',
  )
  await expect(dialog).toContainText('Row 3')
  await expect(dialog).toContainText('“four” is not a number.')
  await expect(dialog).toContainText('Row 4')
  await expect(dialog).toContainText('There is no KPI called “Churn”')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(csat).toContainText('18 values')

  await page.getByRole('button', { name: 'Import measurements' }).click()
  dialog = page.getByRole('dialog', { name: 'Import KPI measurements from CSV' })
  await app.answerOpenDialog(file)
  await dialog.getByRole('button', { name: 'Choose a CSV file…' }).click()
  await dialog.getByRole('button', { name: 'Import 1 measurement' }).click()
  await expect(dialog).toBeHidden()
  await expect(csat).toContainText('19 values')
  await csat.click()
  await expect(
    page.getByRole('img', { name: /Customer satisfaction for The company/ }),
  ).toHaveAttribute('aria-label', /19 measurements .*highest 4\.5/)
})
