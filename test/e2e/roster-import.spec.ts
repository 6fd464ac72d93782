import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test, type TestApp } from '../harness/fixture'
import { continueToImportReview, goTo } from './helpers'

const fixture = (name: string) => join(process.cwd(), 'test', 'fixtures', 'csv', name)

async function createEmptyWorkspace(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /Start your own workspace/ }).click()
  await page.getByLabel('Name').fill(name)
  await page.getByRole('button', { name: 'Create workspace' }).click()
  await expect(page.getByRole('heading', { name: 'No one here yet' })).toBeVisible()
}

async function pickFile(app: TestApp, name: string): Promise<void> {
  const { page } = app
  await goTo(page, 'People')
  await page.getByRole('button', { name: 'Import team…' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Import team' })).toBeVisible()
  await app.answerOpenDialog(fixture(name))
  await page.getByRole('button', { name: /Choose (a CSV|another) file…/ }).click()
}

async function reviewAndImport(
  page: Page,
  counts: { create: number; update: number; unchanged: number },
) {
  await page.getByRole('button', { name: 'Continue to columns' }).click()
  await continueToImportReview(page)
  const summary = page.getByRole('group', { name: 'Import summary' })
  await expect(
    summary.locator('.stat', { hasText: 'New people' }).locator('.stat-value'),
  ).toHaveText(String(counts.create))
  await expect(summary.locator('.stat', { hasText: 'Updated' }).locator('.stat-value')).toHaveText(
    String(counts.update),
  )
  await expect(
    summary.locator('.stat', { hasText: 'Unchanged' }).locator('.stat-value'),
  ).toHaveText(String(counts.unchanged))
  const toSave = counts.create + counts.update
  await page
    .getByRole('button', { name: `Import ${toSave} ${toSave === 1 ? 'person' : 'people'}` })
    .click()
  await expect(page.getByRole('heading', { name: /^Imported / })).toBeVisible({ timeout: 20_000 })
}

async function countPeopleInList(
  page: Page,
  status: 'Active' | 'Everyone' = 'Everyone',
): Promise<string> {
  await goTo(page, 'People')
  await page.getByLabel('Status').selectOption({ label: status })
  return (
    (await page
      .getByRole('status')
      .filter({ hasText: /people|person/ })
      .first()
      .textContent()) ?? ''
  )
}

test('the wizard imports an HR export end to end, and a re-import updates without duplicating', async ({
  app,
}) => {
  const { page } = app
  await createEmptyWorkspace(page, 'Northwind')
  await pickFile(app, 'roster-hr-export.csv')

  await expect(page.getByText('Read as')).toBeVisible()
  await expect(page.getByText('UTF-8', { exact: true })).toBeVisible()
  await expect(page.getByText('25 people in 9 columns')).toBeVisible()
  await expect(page.getByLabel('Columns separated by')).toHaveValue(',')
  await page.getByRole('button', { name: 'Continue to columns' }).click()
  await expect(page.getByLabel('Save column “Employee_Name” as')).toHaveValue('fullName')
  await expect(page.getByLabel('Save column “Supervisor” as')).toHaveValue('manager')
  await expect(page.getByLabel('Save column “Date of hire” as')).toHaveValue('hireDate')
  await page.getByRole('button', { name: 'Back' }).click()
  await reviewAndImport(page, { create: 25, update: 0, unchanged: 0 })
  await expect(page.getByText('25 added, 0 updated, 0 unchanged, 0 skipped.')).toBeVisible()

  await page.getByRole('button', { name: 'View people' }).click()
  expect(await countPeopleInList(page)).toBe('25 people')
  await page.getByLabel('Search').fill('okoro')
  await page.getByRole('link', { name: 'Daniel Okoro' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Daniel Okoro' })).toBeVisible()
  await expect(page.getByText('Account Executive', { exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Monica Whitfield' })).toBeVisible()
  await expect(page.getByText('Jun 1, 2018')).toBeVisible()

  // The changed export: 3 new titles, 2 new people, one blank Office cell that must not erase.
  await pickFile(app, 'roster-hr-export-changed.csv')
  await reviewAndImport(page, { create: 2, update: 3, unchanged: 21 })
  await page.getByRole('button', { name: 'View people' }).click()
  expect(await countPeopleInList(page)).toBe('27 people')
  await page.getByLabel('Search').fill('yuki')
  await page.getByRole('link', { name: 'Yuki Tanaka' }).click()
  await expect(page.getByText('Denver')).toBeVisible()

  // The mapping is remembered for a file with the same headers, and the same file again changes nothing.
  await pickFile(app, 'roster-hr-export-changed.csv')
  await page.getByRole('button', { name: 'Continue to columns' }).click()
  await continueToImportReview(page)
  await expect(page.getByRole('button', { name: 'Nothing to import' })).toBeDisabled()
})

test('undo restores the workspace as it was before the import', async ({ app }) => {
  const { page } = app
  await createEmptyWorkspace(page, 'Undo Co')
  await pickFile(app, 'roster-hr-export.csv')
  await reviewAndImport(page, { create: 25, update: 0, unchanged: 0 })
  await app.answerConfirm(true)
  await page.getByRole('button', { name: 'Undo this import' }).click()
  await expect(page.getByText('Undid the import of roster-hr-export.csv.')).toBeVisible()
  await goTo(page, 'People')
  await expect(page.getByRole('heading', { name: 'No people yet' })).toBeVisible()
  await page.getByRole('tab', { name: 'Teams' }).click()
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(1)
})

test('excluded rows are not imported, and a broken file is refused with the row', async ({
  app,
}) => {
  const { page } = app
  await createEmptyWorkspace(page, 'Careful Co')
  await pickFile(app, 'unterminated-quote.csv')
  await expect(
    page.getByText(/unterminated-quote\.csv cannot be imported\..*row \d+/i),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Continue to columns' })).toHaveCount(0)

  await app.answerOpenDialog(fixture('roster-hr-export.csv'))
  await page.getByRole('button', { name: /Choose (a CSV|another) file…/ }).click()
  await page.getByRole('button', { name: 'Continue to columns' }).click()
  await continueToImportReview(page)
  await page.getByRole('checkbox', { name: 'Import row 3, Daniel Okoro' }).uncheck()
  await page.getByRole('button', { name: 'Import 24 people' }).click()
  await expect(page.getByText('24 added, 0 updated, 0 unchanged, 1 skipped.')).toBeVisible()
})

test('cancelling a large import part-way leaves the workspace empty', async ({ app }) => {
  const { page } = app
  await createEmptyWorkspace(page, 'Big Co')
  await pickFile(app, 'roster-10000.csv')
  await page.getByRole('button', { name: 'Continue to columns' }).click()
  await continueToImportReview(page)
  // The commit takes about a second: press Cancel the moment it appears, from inside the page,
  // rather than race the commit with a click from the test process.
  await page.evaluate(() => {
    new MutationObserver((_, observer) => {
      const cancel = [...document.querySelectorAll('button')].find(
        (button) => button.textContent?.trim() === 'Cancel import',
      )
      if (!cancel) return
      observer.disconnect()
      cancel.click()
    }).observe(document.body, { childList: true, subtree: true })
  })
  await page.getByRole('button', { name: /^Import 10000 people$/ }).click()
  await expect(page.getByText('The import was cancelled. Nothing was changed.')).toBeVisible()
  await goTo(page, 'People')
  await expect(page.getByRole('heading', { name: 'No people yet' })).toBeVisible()
})

test('people export to CSV with a BOM and protection against formulas', async ({ app }) => {
  const { page } = app
  await createEmptyWorkspace(page, 'Export Co')
  await goTo(page, 'People')
  await page.getByRole('button', { name: 'Add person' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Add a person' })
  await dialog.getByLabel('Name').fill('=HYPERLINK("http://x","Ana")')
  await dialog.getByLabel('Job title').fill('Roaster, senior')
  await dialog.getByRole('button', { name: 'Add person' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: '=HYPERLINK("http://x","Ana")' }),
  ).toBeVisible()
  await goTo(page, 'People')
  const target = join(app.tempDir, 'people.csv')
  await app.answerSaveDialog(target)
  await page.getByRole('button', { name: 'Export CSV…' }).click()
  await expect(page.getByText('Exported 1 people to people.csv.')).toBeVisible()
  const text = await readFile(target, 'utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  expect(text).toContain(`"'=HYPERLINK(""http://x"",""Ana"")"`)
  expect(text).toContain('"Roaster, senior"')
})

test('dropping a CSV on the window opens it in the import wizard', async ({ app }) => {
  const { page } = app
  await createEmptyWorkspace(page, 'Drop Co')
  const content = await readFile(fixture('semicolon.csv'))
  await page.evaluate(
    (bytes: number[]) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(bytes)], 'team.csv', { type: 'text/csv' }))
      window.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      )
    },
    [...content],
  )
  await expect(page.getByRole('heading', { level: 2, name: 'team.csv' })).toBeVisible()
  await expect(page.getByLabel('Columns separated by')).toHaveValue(';')
})
