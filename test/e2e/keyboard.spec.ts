import { expect, test } from '../harness/fixture'
import { openSampleCompany } from './helpers'

test('the app can be used from the keyboard', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)

  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#main')).toBeFocused()

  await page.keyboard.press('Control+2')
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeFocused()
  await page.keyboard.press('Control+1')
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()

  await page.keyboard.press('?')
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(shortcuts).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(shortcuts).toBeHidden()

  // Menu commands reach the page: File > New workspace, typed and submitted with Enter
  await app.emitMenuCommand('workspace:new')
  const dialog = page.getByRole('dialog', { name: 'New workspace' })
  await expect(dialog.getByLabel('Name')).toBeFocused()
  await page.keyboard.type('Keyboard Co')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'No one here yet' })).toBeVisible()
})

test('the theme follows the system and can be switched', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await app.emitMenuCommand('view:toggle-theme')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
  await page.getByRole('radio', { name: 'Follow the system' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
})
