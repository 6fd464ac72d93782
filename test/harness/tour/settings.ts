// Settings, Reports & export, Help (About, keyboard shortcuts) and the backup dialogs: back up
// now, restore step by step, and setting up automatic backups with the recovery key.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import { userFolder } from './files'
import { dismissMessages, type Tour } from './tour'

const passphrase = 'kestrel roasts at dawn'

export async function tourReports(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/reports', 'Reports & export')
  await expect(page.getByRole('heading', { name: 'Review packet' })).toBeVisible()
  await tour.shoot('reports-export')
}

export async function tourSettings(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/settings', 'Settings')
  await tour.shoot('settings-workspaces')
  await tour.shoot('settings-backups', {
    scrollTo: page.getByRole('heading', { name: 'Backups', exact: true }),
  })
  await tour.shoot('settings-appearance', {
    scrollTo: page.getByRole('heading', { name: 'Appearance' }),
  })
  await expect(page.getByText('Payroll bureau monthly report')).toBeVisible()
  await tour.shoot('settings-import-profiles', {
    scrollTo: page.getByRole('heading', { name: 'Import profiles' }),
  })
}

export async function tourHelp(tour: Tour): Promise<void> {
  const { app } = tour
  await tour.goTo('/', 'Dashboard')
  await app.emitMenuCommand('help:about')
  const about = await tour.dialog('About Trellis')
  await expect(about.getByRole('list', { name: 'Open-source licences' })).toBeVisible()
  await tour.shoot('help-about')
  await tour.closeDialog(about)
  await app.emitMenuCommand('help:shortcuts')
  const shortcuts = await tour.dialog('Keyboard shortcuts')
  await tour.shoot('help-shortcuts')
  await tour.closeDialog(shortcuts)
}

/** Writes a backup and a key into the harness's folders: run it after the Settings shots. */
export async function tourBackups(tour: Tour): Promise<void> {
  const { page, app } = tour
  await mkdir(userFolder(tour), { recursive: true })
  await tour.goTo('/settings', 'Settings')
  await page.getByRole('button', { name: 'Back up now…' }).click()
  const backup = await tour.dialog('Back up now')
  await backup.getByLabel('Passphrase', { exact: true }).fill(passphrase)
  await backup.getByLabel('Passphrase again').fill(passphrase)
  await tour.shoot('backups-back-up-now')
  const file = join(
    userFolder(tour),
    `Sample company ${new Date().toISOString().slice(0, 10)}.trellis.age`,
  )
  app.dialogs.savePaths.push(file)
  await backup.getByRole('button', { name: 'Choose where to save…' }).click()
  await expect(page.getByText(/^Backed up “Sample company” to /)).toBeVisible({ timeout: 30_000 })
  await dismissMessages(page)

  await page.getByRole('button', { name: 'Restore…' }).click()
  const restore = await tour.dialog('Restore from a backup')
  await tour.shoot('backups-restore-choose')
  app.dialogs.openPaths.push(file)
  await restore.getByRole('button', { name: 'Choose a backup file…' }).click()
  await restore.getByLabel('Passphrase').fill(passphrase)
  await tour.shoot('backups-restore-unlock')
  await restore.getByRole('button', { name: 'Unlock' }).click()
  await expect(restore.getByRole('region', { name: 'What the backup holds' })).toBeVisible({
    timeout: 30_000,
  })
  await tour.shoot('backups-restore-summary')
  await tour.closeDialog(restore)

  // Automatic backups write their key into the backup folder: one in the harness's temp folder,
  // which the page is shown as the same Documents/Trellis backups.
  app.dialogs.openPaths.push(join(userFolder(tour), 'Trellis backups'))
  await page.getByRole('button', { name: 'Change…' }).click()
  await expect(page.getByText(/^Automatic backups now go to /)).toBeVisible()
  await dismissMessages(page)
  await page.getByRole('button', { name: 'Set up automatic backups…' }).click()
  const setup = await tour.dialog('Set up automatic backups')
  await setup.getByLabel('Passphrase', { exact: true }).fill(passphrase)
  await setup.getByLabel('Passphrase again').fill(passphrase)
  await tour.shoot('backups-key-setup')
  await setup.getByRole('button', { name: 'Create the key' }).click()
  const key = await tour.dialog('Your recovery key')
  await expect(key.getByLabel('Recovery key', { exact: true })).toHaveText(/^AGE-SECRET-KEY-1/, {
    timeout: 30_000,
  })
  await tour.shoot('backups-recovery-key')
  await key.getByLabel('I have printed or written down the recovery key').check()
  await key.getByRole('button', { name: 'Done' }).click()
  await expect(key).toBeHidden()
  await dismissMessages(page)
}
