import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test, type TestApp } from '../harness/fixture'
import { openSampleCompany } from './helpers'

const fixture = (name: string) => join(process.cwd(), 'test', 'fixtures', 'csv', 'matrix', name)

async function openMatrixImport(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '/matrix/import'))
  await expect(page.getByRole('heading', { level: 1, name: 'Import skills matrix' })).toBeVisible()
}

async function pickFile(app: TestApp, path: string): Promise<void> {
  await app.answerOpenDialog(path)
  await app.page.getByRole('button', { name: /Choose (a CSV|another) file…/ }).click()
}

async function continueToReview(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue to skill columns' }).click()
  await page.getByRole('button', { name: 'Continue to review' }).click()
}

async function expectCounts(
  page: Page,
  counts: { new: number; unchanged?: number; unknown: number; problems: number },
): Promise<void> {
  const summary = page.getByRole('group', { name: 'Import summary' })
  const stat = (label: string) =>
    summary.locator('.stat', { has: page.getByText(label, { exact: true }) }).locator('.stat-value')
  await expect(stat('New assessments')).toHaveText(String(counts.new))
  if (counts.unchanged !== undefined) {
    await expect(stat('Unchanged')).toHaveText(String(counts.unchanged))
  }
  await expect(stat('Unknown people')).toHaveText(String(counts.unknown))
  await expect(stat('Problems')).toHaveText(String(counts.problems))
}

test('a wide matrix CSV imports into the sample company, and levels written as names read the same', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await openMatrixImport(page)
  await pickFile(app, fixture('kestrel-matrix.csv'))
  await expect(page.getByText('7 rows in 6 columns')).toBeVisible()

  await page.getByRole('button', { name: 'Continue to skill columns' }).click()
  await expect(page.getByLabel('Read column “Employee ID” as')).toHaveValue('person:externalId')
  await expect(page.getByLabel('Read column “Roast profiling” as')).toHaveValue(
    'skill:skill-roast-profiling',
  )
  await expect(page.getByLabel('Read column “Cold brew” as')).toHaveValue('new-skill')
  await expect(page.getByLabel('Category of the new skill “Cold brew”')).toHaveValue(
    'cat-coffee-craft',
  )
  await page.getByRole('button', { name: 'Continue to review' }).click()

  await expectCounts(page, { new: 6, unchanged: 9, unknown: 1, problems: 1 })
  await expect(page.getByText('Row 8: Sam Quinn · KC-0099')).toBeVisible()
  await expect(page.getByText('Row 7, column “Cupping & sensory evaluation”:')).toBeVisible()
  await expect(page.getByText('New skills: Cold brew.')).toBeVisible()
  await expect(page.getByText('4 required levels in the Required row (row 2).')).toBeVisible()
  await page.getByLabel('Apply them to the roles of the people in the file').check()
  await expect(
    page.getByText(
      'Applying them adds 9 and raises 0 requirements in Production Operative, Roaster, Team Lead; 3 already ask as much or more.',
    ),
  ).toBeVisible()

  await page.getByRole('button', { name: 'Import 6 levels' }).click()
  await expect(page.getByRole('heading', { name: 'Imported kestrel-matrix.csv' })).toBeVisible()
  await expect(
    page.getByText('6 new assessments, 1 new skill, 9 role requirements added and 0 raised.'),
  ).toBeVisible()

  // The same levels written as names, people matched by email: all already there.
  await page.getByRole('button', { name: 'Import another file' }).click()
  await pickFile(app, fixture('kestrel-matrix-level-names.csv'))
  await continueToReview(page)
  await expectCounts(page, { new: 0, unchanged: 15, unknown: 1, problems: 1 })
  await expect(page.getByRole('button', { name: 'Nothing to import' })).toBeDisabled()
})

test('a block pasted from a spreadsheet reaches the same preview as the file', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  await openMatrixImport(page)
  const text = await readFile(fixture('kestrel-matrix.csv'), 'utf8')
  // Excel and Google Sheets copy cells as tab-separated lines.
  await page
    .getByLabel(/Select the cells in the spreadsheet/)
    .fill(text.replaceAll(',', '\t').replaceAll('\r\n', '\n'))
  await page.getByRole('button', { name: 'Preview the pasted cells' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'The pasted cells' })).toBeVisible()
  await expect(page.getByText('7 rows in 6 columns')).toBeVisible()
  await expect(page.getByLabel('Columns separated by')).toHaveValue('\t')
  await continueToReview(page)
  await expectCounts(page, { new: 6, unchanged: 9, unknown: 1, problems: 1 })
  await expect(page.getByText('Row 8: Sam Quinn · KC-0099')).toBeVisible()
})

test('an exported matrix imports back unchanged, also right after an import', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  await openMatrixImport(page)
  await pickFile(app, fixture('kestrel-matrix.csv'))
  await continueToReview(page)
  await page.getByRole('button', { name: 'Import 6 levels' }).click()
  await page.getByRole('button', { name: 'Import another file' }).click()

  const target = join(app.tempDir, 'matrix.csv')
  await app.answerSaveDialog(target)
  await page.getByRole('button', { name: 'Export the current matrix…' }).click()
  await expect(page.getByText('Saved the matrix as matrix.csv.')).toBeVisible()
  const header = (await readFile(target, 'utf8')).split('\r\n')[0] ?? ''
  expect(header.startsWith('\ufeffEmployee ID,Name,Email,')).toBe(true)
  expect(header).toContain('Cold brew')

  await pickFile(app, target)
  await continueToReview(page)
  await expectCounts(page, { new: 0, unknown: 0, problems: 0 })
  await expect(page.getByText('New skills:')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Nothing to import' })).toBeDisabled()
})

test('the matrix screen opens the import wizard and saves the matrix as the CSV it reads back', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await page.evaluate(() => (window.location.hash = '/matrix'))
  await expect(page.getByRole('grid')).toBeVisible()

  const target = join(app.tempDir, 'from-screen.csv')
  await app.answerSaveDialog(target)
  await page.getByRole('button', { name: 'Export CSV…' }).click()
  await expect(page.getByText('Saved the matrix as from-screen.csv.')).toBeVisible()
  const header = (await readFile(target, 'utf8')).split('\r\n')[0] ?? ''
  expect(header.startsWith('\ufeffEmployee ID,Name,Email,')).toBe(true)

  await page.getByRole('link', { name: 'Import matrix…' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Import skills matrix' })).toBeVisible()
})
