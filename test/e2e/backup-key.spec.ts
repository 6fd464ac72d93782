import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany } from './helpers'

test('setting up automatic backups checks the passphrase on the field at fault, then shows the recovery key once', async ({
  app,
}) => {
  test.setTimeout(60_000)
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Settings')

  // The number of kept backups is checked where it is typed.
  const keep = page.getByLabel('Backups kept per workspace')
  await keep.fill('0')
  await keep.press('Enter')
  await expect(page.getByText('Keep between 1 and 365 backups, as a whole number.')).toBeVisible()
  await expect(keep).toHaveAttribute('aria-invalid', 'true')

  await page.getByRole('button', { name: 'Set up automatic backups…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Set up automatic backups' })
  await dialog.getByLabel('Passphrase', { exact: true }).fill('kestrel roasts at dawn')
  await dialog.getByLabel('Passphrase again').fill('kestrel roasts at dusk')
  await dialog.getByRole('button', { name: 'Create the key' }).click()
  const again = dialog.getByLabel('Passphrase again')
  await expect(dialog.getByRole('alert')).toHaveText(/The two passphrases differ/)
  await expect(again).toBeFocused()
  await expect(again).toHaveAttribute('aria-invalid', 'true')

  await again.fill('kestrel roasts at dawn')
  await dialog.getByRole('button', { name: 'Create the key' }).click()
  const keyDialog = page.getByRole('dialog', { name: 'Your recovery key' })
  await expect(keyDialog.getByLabel('Recovery key', { exact: true })).toHaveText(
    /^AGE-SECRET-KEY-1/,
    {
      timeout: 20_000,
    },
  )
  const done = keyDialog.getByRole('button', { name: 'Done' })
  await expect(done).toBeDisabled()
  await keyDialog.getByLabel('I have printed or written down the recovery key').check()
  await done.click()
  await expect(keyDialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Replace the key…' })).toBeVisible()
})
