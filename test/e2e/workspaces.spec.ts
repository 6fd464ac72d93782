import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany, readStat } from './helpers'

test('workspaces keep their data apart, and can be renamed and deleted', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  const samplePeople = await readStat(page, 'Active people')

  // A new empty workspace from the switcher
  await page.getByRole('combobox', { name: 'Workspace' }).selectOption({ label: 'New workspace…' })
  const dialog = page.getByRole('dialog', { name: 'New workspace' })
  await dialog.getByRole('button', { name: 'Create workspace' }).click()
  await expect(dialog.getByText('Give the workspace a name')).toBeVisible()
  await dialog.getByLabel('Name').fill('Harbour Street Bakery')
  await dialog.getByRole('button', { name: 'Create workspace' }).click()
  await expect(page.getByRole('heading', { name: 'No one here yet' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Workspace' })).toHaveValue(/.+/)
  await expect(
    page.getByRole('combobox', { name: 'Workspace' }).locator('option:checked'),
  ).toHaveText('Harbour Street Bakery')

  // Switching back shows the sample data untouched
  await page.getByRole('combobox', { name: 'Workspace' }).selectOption({ label: 'Sample company' })
  await expect(page.locator('[data-ready="true"]')).toBeVisible()
  expect(await readStat(page, 'Active people')).toBe(samplePeople)

  // Rename the bakery in Settings
  await goTo(page, 'Settings')
  await page.getByRole('button', { name: 'Rename Harbour Street Bakery' }).click()
  const nameInput = page.getByLabel('New name for Harbour Street Bakery')
  await nameInput.fill('   ')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Give the workspace a name')).toBeVisible()
  await nameInput.fill('Harbour Street Bakery Ltd')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const list = page.getByRole('list', { name: 'Workspaces' })
  await expect(list.getByRole('button', { name: 'Rename Harbour Street Bakery Ltd' })).toBeVisible()
  await expect(page.getByText('Renamed to “Harbour Street Bakery Ltd”.')).toBeVisible()

  // Cancelling the confirmation deletes nothing; confirming deletes
  await app.answerConfirm(false)
  await page.getByRole('button', { name: 'Delete Harbour Street Bakery Ltd' }).click()
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await app.answerConfirm(true)
  await page.getByRole('button', { name: 'Delete Harbour Street Bakery Ltd' }).click()
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(page.getByText('Deleted “Harbour Street Bakery Ltd”.')).toBeVisible()

  await page.reload()
  await goTo(page, 'Settings')
  await expect(page.getByRole('list', { name: 'Workspaces' }).getByRole('listitem')).toHaveCount(1)
})

test('deleting the open workspace moves to another, and the last one returns to the welcome', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Settings')
  await app.answerConfirm(true)
  await page.getByRole('button', { name: 'Delete Sample company' }).click()
  await expect(
    page.getByRole('heading', { name: 'Grow your people, not just grade them' }),
  ).toBeVisible()
})

test('the sample company can be reset to its original state', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Settings')
  await app.answerConfirm(true)
  await page.getByRole('button', { name: 'Reset Sample company' }).click()
  await expect(page.getByText('“Sample company” is back to its original state.')).toBeVisible()
})

test('an empty workspace’s dashboard opens the sample company', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  const samplePeople = await readStat(page, 'Active people')
  await page.getByRole('combobox', { name: 'Workspace' }).selectOption({ label: 'New workspace…' })
  const dialog = page.getByRole('dialog', { name: 'New workspace' })
  await dialog.getByLabel('Name').fill('Harbour Street Bakery')
  await dialog.getByRole('button', { name: 'Create workspace' }).click()
  await expect(page.getByRole('heading', { name: 'No one here yet' })).toBeVisible()

  await page.getByRole('button', { name: 'Explore the sample company' }).click()
  await expect(
    page.getByRole('combobox', { name: 'Workspace' }).locator('option:checked'),
  ).toHaveText('Sample company')
  await expect(page.locator('[data-ready="true"]')).toBeVisible()
  expect(await readStat(page, 'Active people')).toBe(samplePeople)
})
