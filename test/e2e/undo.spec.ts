import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany } from './helpers'
import { readAllRecords } from '../support/read-records'

async function undoFromToast(page: Page, confirmation: string | RegExp): Promise<void> {
  const toast = page.locator('.toast', { hasText: confirmation })
  await expect(toast).toBeVisible()
  await toast.getByRole('button', { name: 'Undo' }).click()
  // Earlier undos may still be saying so.
  await expect(page.getByText('Undone: everything is as it was.').last()).toBeVisible()
}

test('deleting a person is undone from the toast, and every record is back exactly', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  const before = await readAllRecords(page)
  await page.evaluate(() => (window.location.hash = '/people/person-05'))
  const name = await page.getByRole('heading', { level: 1 }).textContent()
  await app.answerConfirm(true)
  await page.getByRole('button', { name: 'Delete' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible()
  const deleted = await readAllRecords(page)
  expect(deleted.people!.length).toBe(before.people!.length - 1)
  expect(deleted.assessments!.length).toBeLessThan(before.assessments!.length)

  await undoFromToast(page, `Deleted ${name}.`)
  expect(await readAllRecords(page)).toEqual(before)
  await expect(page.getByRole('link', { name: name ?? '' }).first()).toBeVisible()
})

test('a feedback entry and a skill are deleted and undone, with the keyboard', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  const before = await readAllRecords(page)

  await page.evaluate(() => (window.location.hash = '/people/person-05'))
  await page.getByRole('tab', { name: /Feedback/ }).click()
  await app.answerConfirm(true)
  await page
    .getByRole('button', { name: /^Delete feedback of / })
    .first()
    .click()
  const toast = page.locator('.toast', { hasText: 'Deleted the feedback entry.' })
  await toast.getByRole('button', { name: 'Undo' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Undone: everything is as it was.')).toBeVisible()
  expect(await readAllRecords(page)).toEqual(before)

  await goTo(page, 'Skills & roles')
  const deleteButton = page
    .locator('.skill-group')
    .getByRole('button', { name: /^Delete / })
    .first()
  const skill = (await deleteButton.getAttribute('aria-label'))?.replace(/^Delete /, '')
  await app.answerConfirm(true)
  await deleteButton.click()
  await undoFromToast(page, `Deleted the skill “${skill}”.`)
  expect(await readAllRecords(page)).toEqual(before)
})

test('a matrix import is undone from its toast', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  const before = await readAllRecords(page)
  await page.evaluate(() => (window.location.hash = '/matrix/import'))
  await app.answerOpenDialog(
    join(process.cwd(), 'test', 'fixtures', 'csv', 'matrix', 'kestrel-matrix.csv'),
  )
  await page.getByRole('button', { name: /Choose (a CSV|another) file…/ }).click()
  await page.getByRole('button', { name: 'Continue to skill columns' }).click()
  await page.getByRole('button', { name: 'Continue to review' }).click()
  await page.getByLabel('Apply them to the roles of the people in the file').check()
  await page.getByRole('button', { name: 'Import 6 levels' }).click()
  await expect(page.getByRole('heading', { name: 'Imported kestrel-matrix.csv' })).toBeVisible()
  expect((await readAllRecords(page)).assessments!.length).toBe(before.assessments!.length + 6)

  const toast = page.locator('.toast', { hasText: 'Imported kestrel-matrix.csv' })
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText('Undid the import of kestrel-matrix.csv')).toBeVisible()
  expect(await readAllRecords(page)).toEqual(before)
})

test('a team, a KPI measurement and a KPI with its measurements are deleted and undone', async ({
  app,
}) => {
  test.setTimeout(90_000)
  const { page } = app
  await openSampleCompany(page)
  const before = await readAllRecords(page)
  await app.answerConfirm(true)

  await goTo(page, 'People')
  await page.getByRole('tab', { name: 'Teams' }).click()
  const deleteTeam = page.getByRole('button', { name: /^Delete / }).first()
  const team = (await deleteTeam.getAttribute('aria-label'))?.replace(/^Delete /, '')
  await deleteTeam.click()
  await expect
    .poll(async () => (await readAllRecords(page)).teams!.length)
    .toBe(before.teams!.length - 1)
  await undoFromToast(page, `Deleted the team “${team}”.`)
  expect(await readAllRecords(page)).toEqual(before)

  await goTo(page, 'Goals')
  await page.getByRole('tab', { name: 'KPIs' }).click()
  await page.locator('.kpi-values summary').first().click()
  await app.answerConfirm(true)
  await page
    .getByRole('button', { name: /^Delete the measurement of / })
    .first()
    .click()
  await undoFromToast(page, /^Deleted the value of /)
  expect(await readAllRecords(page)).toEqual(before)

  await app.answerConfirm(true)
  await page.locator('.kpi-panel').getByRole('button', { name: 'Delete', exact: true }).click()
  await expect
    .poll(async () => (await readAllRecords(page)).kpiMeasurements!.length)
    .toBeLessThan(before.kpiMeasurements!.length)
  await undoFromToast(page, /^Deleted “/)
  expect(await readAllRecords(page)).toEqual(before)
})
