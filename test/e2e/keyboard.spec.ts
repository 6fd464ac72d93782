import { expect, test } from '../harness/fixture'
import { openSampleCompany } from './helpers'
import { menuCommandChannel } from '../../src/shared/contract'

test('the app can be used from the keyboard', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)

  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#main')).toBeFocused()

  await page.keyboard.press('Control+2')
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeFocused()
  await page.keyboard.press('Control+3')
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

test('a dialog opened from the menu as another closes stays open', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  // Escape on the shortcuts and File > New workspace in the same moment: the closing dialog's
  // close event comes a task later and must not shut the one that has just opened.
  await page.evaluate((channel) => {
    const open = document.querySelector('dialog[open]')
    open?.dispatchEvent(new Event('cancel', { cancelable: true }))
    const emit = (window as unknown as { __trellisEmit(c: string, p: unknown): void }).__trellisEmit
    emit(channel, 'workspace:new')
  }, menuCommandChannel)
  const dialog = page.getByRole('dialog', { name: 'New workspace' })
  await expect(dialog.getByLabel('Name')).toBeFocused()
  await page.waitForTimeout(300)
  await expect(dialog).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden()
})
