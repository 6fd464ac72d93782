import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany, readStat } from './helpers'

test('a workspace exports to JSON and reads back in as a new workspace', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  const people = await readStat(page, 'Active people')
  await goTo(page, 'Settings')

  const target = join(app.tempDir, 'sample.trellis.json')
  await app.answerSaveDialog(target)
  await page.getByRole('button', { name: 'Export current…' }).click()
  await expect(page.getByText('Exported “Sample company” to sample.trellis.json.')).toBeVisible()
  const file = JSON.parse(await readFile(target, 'utf8'))
  expect(file).toMatchObject({
    format: 'trellis-workspace',
    formatVersion: 1,
    workspaceName: 'Sample company',
  })
  expect(file.tables.people.length).toBe(file.counts.people)
  expect(file.tables.people.length).toBeGreaterThanOrEqual(35)

  await app.answerOpenDialog(target)
  await page.getByRole('button', { name: 'Import…' }).click()
  await expect(page.getByText('Imported sample.trellis.json as “Sample company 2”.')).toBeVisible()
  await goTo(page, 'Dashboard')
  await expect(page.locator('[data-ready="true"]')).toBeVisible()
  expect(await readStat(page, 'Active people')).toBe(people)
})

test('a damaged workspace file is refused with the place of the problem, and nothing is added', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Settings')
  const target = join(app.tempDir, 'broken.trellis.json')
  await app.answerSaveDialog(target)
  await page.getByRole('button', { name: 'Export current…' }).click()
  await expect(page.getByText(/Exported/)).toBeVisible()
  const file = JSON.parse(await readFile(target, 'utf8'))
  file.tables.people[2].displayName = ''
  await writeFile(target, JSON.stringify(file))

  await app.answerOpenDialog(target)
  await page.getByRole('button', { name: 'Import…' }).click()
  await expect(
    page.getByText(
      /broken\.trellis\.json could not be imported\. Table "people", record 3: field "displayName"/,
    ),
  ).toBeVisible()
  await expect(page.getByRole('list', { name: 'Workspaces' }).getByRole('listitem')).toHaveCount(1)
})

test('a cancelled export writes nothing and says nothing', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Settings')
  await app.answerSaveDialog(null)
  await page.getByRole('button', { name: 'Export current…' }).click()
  await expect(page.getByRole('status').getByText(/Exported/)).toHaveCount(0)
})
