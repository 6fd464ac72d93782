import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '../harness/fixture'
import { openSampleCompany, readStat } from './helpers'

test('back up now with a passphrase, lose data, restore it: the data is back', async ({ app }) => {
  test.setTimeout(60_000)
  const { page } = app
  await openSampleCompany(page)
  const people = await readStat(page, 'Active people')
  expect(people).toBeGreaterThan(30)

  const target = join(app.tempDir, 'sample.trellis.age')
  await app.emitMenuCommand('backup:now')
  const backupDialog = page.getByRole('dialog', { name: 'Back up now' })
  await backupDialog.getByLabel('Passphrase', { exact: true }).fill('short')
  await backupDialog.getByLabel('Passphrase again').fill('short')
  await backupDialog.getByRole('button', { name: 'Choose where to save…' }).click()
  await expect(backupDialog.getByText(/Use at least 10 characters/).last()).toBeVisible()
  await backupDialog.getByLabel('Passphrase', { exact: true }).fill('kestrel roasts at dawn')
  await backupDialog.getByLabel('Passphrase again').fill('kestrel roasts at dawn')
  await app.answerSaveDialog(target)
  await backupDialog.getByRole('button', { name: 'Choose where to save…' }).click()
  await expect(page.getByText('Backed up “Sample company” to sample.trellis.age.')).toBeVisible({
    timeout: 20_000,
  })
  expect((await readFile(target, 'latin1')).startsWith('age-encryption.org/v1\n-> scrypt')).toBe(
    true,
  )

  // Every person disappears behind the app's back, as after a damaged database.
  await page.evaluate(async () => {
    const databases = await indexedDB.databases()
    const name = databases.find((db) => db.name?.startsWith('trellis-workspace-'))?.name ?? ''
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onerror = () => reject(request.error)
      request.onsuccess = () => {
        const tx = request.result.transaction('people', 'readwrite')
        tx.objectStore('people').clear()
        tx.oncomplete = () => {
          request.result.close()
          resolve()
        }
      }
    })
  })
  await page.reload()
  await expect(page.getByRole('heading', { name: 'No one here yet' })).toBeVisible()

  await app.emitMenuCommand('backup:restore')
  const restoreDialog = page.getByRole('dialog', { name: 'Restore from a backup' })
  await app.answerOpenDialog(target)
  await restoreDialog.getByRole('button', { name: 'Choose a backup file…' }).click()
  await restoreDialog.getByLabel('Passphrase').fill('not the passphrase')
  await restoreDialog.getByRole('button', { name: 'Unlock' }).click()
  await expect(restoreDialog.getByText('The passphrase is not right for this backup.')).toBeVisible(
    { timeout: 20_000 },
  )
  await restoreDialog.getByLabel('Passphrase').fill('kestrel roasts at dawn')
  await restoreDialog.getByRole('button', { name: 'Unlock' }).click()
  const holds = restoreDialog.getByRole('region', { name: 'What the backup holds' })
  await expect(holds.getByRole('listitem').filter({ hasText: /^People 40$/ })).toBeVisible({
    timeout: 20_000,
  })
  await app.answerConfirm(true)
  await restoreDialog.getByRole('button', { name: 'Replace “Sample company”…' }).click()
  await expect(page.getByText(/Restored the backup of .* safety copy/)).toBeVisible({
    timeout: 20_000,
  })
  await expect.poll(() => readStat(page, 'Active people')).toBe(people)
})

test('with no workspace but a backup on this computer, the welcome says so and offers the restore', async ({
  app,
}) => {
  const { page } = app
  await expect(
    page.getByRole('heading', { name: 'Grow your people, not just grade them' }),
  ).toBeVisible()
  await expect(page.getByRole('note')).toHaveCount(0)

  // A scheduled backup left in the backup folder, as after the workspace registry was lost.
  const folder = join(app.tempDir, 'user-data', 'Backups')
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, 'Sample company 2026-11-23 161500Z ws-lost.trellis.age'), 'x')
  await page.reload()
  const offer = page.getByRole('note')
  await expect(offer).toHaveText(/Trellis found a backup on this computer\./)
  await offer.getByRole('button', { name: 'Restore from a backup…' }).click()
  await expect(page.getByRole('dialog', { name: 'Restore from a backup' })).toBeVisible()
})
