import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany, readStat, screenTitles } from './helpers'

const welcomeHeading = 'Grow your people, not just grade them'

test('first launch offers a welcome, opens the sample company, and every screen opens', async ({
  app,
}) => {
  const { page } = app
  await expect(page.getByRole('heading', { name: welcomeHeading })).toBeVisible()
  await openSampleCompany(page)

  expect(await readStat(page, 'Active people')).toBeGreaterThanOrEqual(35)
  await expect(
    page.getByRole('heading', { name: 'Adoption over the last six months' }),
  ).toBeVisible()

  for (const title of screenTitles) {
    await goTo(page, title)
    await expect(page).toHaveTitle(`${title} · Trellis`)
    await expect(page.getByRole('link', { name: title, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    )
  }
  await goTo(page, 'People')
  await expect(page.getByRole('status').filter({ hasText: /^\d+ people$/ })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Niamh Gallagher' })).toBeVisible()
  await goTo(page, 'Training')
  await expect(page.getByText(/^\d+ of \d+ initiatives$/)).toBeVisible()
})

test('data survives a reload and the last workspace opens again', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  const people = await readStat(page, 'Active people')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Workspace' })).toHaveValue(/.+/)
  await expect(page.locator('[data-ready="true"]')).toBeVisible()
  expect(await readStat(page, 'Active people')).toBe(people)
})

test('first run: "Import your team" names the workspace, opens the import, and the welcome never returns', async ({
  app,
}) => {
  const { page } = app
  await page.getByRole('button', { name: /Import your team/ }).click()
  await page.getByRole('button', { name: 'Continue to import' }).click()
  await expect(page.getByRole('alert')).toHaveText('Give the workspace a name')
  await expect(page.getByLabel('Organisation name')).toBeFocused()
  await page.getByLabel('Organisation name').fill('Harbour Street Bakery')
  await page.getByRole('button', { name: 'Continue to import' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Import team' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Workspace' })).toHaveValue(/.+/)

  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Workspace' })).toBeVisible()
  await expect(page.getByRole('heading', { name: welcomeHeading })).toHaveCount(0)
})

test('first run: "Restore a backup" asks for the file and opens what it holds', async ({ app }) => {
  const { page } = app
  // A real age backup, committed as the format-1 fixture, with its passphrase beside it.
  const fixtures = join(process.cwd(), 'test', 'fixtures', 'backups')
  const expected = JSON.parse(await readFile(join(fixtures, 'format-1.expected.json'), 'utf8')) as {
    passphrase: string
  }
  await page.getByRole('button', { name: /Restore a backup/ }).click()
  const restoreDialog = page.getByRole('dialog', { name: 'Restore from a backup' })
  await app.answerOpenDialog(null)
  await restoreDialog.getByRole('button', { name: 'Choose a backup file…' }).click()
  await expect(restoreDialog.getByRole('button', { name: 'Choose a backup file…' })).toBeVisible()

  await app.answerOpenDialog(join(fixtures, 'format-1.trellis.age'))
  await restoreDialog.getByRole('button', { name: 'Choose a backup file…' }).click()
  await restoreDialog.getByLabel('Passphrase').fill(expected.passphrase)
  await restoreDialog.getByRole('button', { name: 'Unlock' }).click()
  const holds = restoreDialog.getByRole('region', { name: 'What the backup holds' })
  await expect(holds.getByRole('listitem').filter({ hasText: /^People 4$/ })).toBeVisible({
    timeout: 20_000,
  })
  await restoreDialog.getByRole('button', { name: 'Restore as a new workspace' }).click()
  await expect(page.getByText(/Restored the backup as a new workspace/)).toBeVisible({
    timeout: 20_000,
  })
  await expect(page.getByRole('heading', { name: welcomeHeading })).toHaveCount(0)
})

test('About lists the version and the licences of the bundled packages', async ({ app }) => {
  const { page } = app
  await app.emitMenuCommand('help:about')
  const dialog = page.getByRole('dialog', { name: 'About Trellis' })
  await expect(dialog.getByRole('definition').first()).toHaveText(/^\d+\.\d+\.\d+/)
  const licences = dialog.getByRole('list', { name: 'Open-source licences' })
  const reactDom = licences
    .getByRole('listitem')
    .filter({ has: page.getByText('react-dom', { exact: true }) })
  await reactDom.getByText('react-dom', { exact: true }).click()
  await expect(reactDom.getByText(/Permission is hereby granted/)).toBeVisible()
  await expect(licences.getByText('dexie', { exact: true })).toBeVisible()
})

test('an uncaught error in the page lands in the local log file', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the harness keeps its user data in tempDir')
  const { page } = app
  app.allowConsoleError(/Planted failure/)
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('Planted failure')
    })
    void Promise.reject(new Error('Planted failure, rejected'))
  })
  const log = join(app.tempDir, 'user-data', 'logs', 'trellis.log')
  await expect
    .poll(async () => (await readFile(log, 'utf8').catch(() => '')).trim().split('\n').length)
    .toBe(2)
  const lines = (await readFile(log, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        source: 'renderer',
        kind: 'error',
        message: 'Error: Planted failure',
      }),
      expect.objectContaining({
        source: 'renderer',
        kind: 'unhandled-rejection',
        message: 'Error: Planted failure, rejected',
      }),
    ]),
  )
})

test('screens are fetched while the app is idle, so opening one shows it without a loading step', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  // Every screen's code arrives without the user opening it.
  await page.waitForFunction(
    () =>
      ['MatrixRoute', 'PeopleRoute', 'SettingsRoute'].every((name) =>
        performance.getEntriesByType('resource').some((entry) => entry.name.includes(name)),
      ),
    undefined,
    { timeout: 20_000 },
  )
  await page.evaluate(() => {
    const seen: string[] = []
    Object.assign(window, { loadingSeen: seen })
    new MutationObserver(() => {
      if (document.querySelector('main > p.page.muted')) seen.push('Loading…')
    }).observe(document.body, { childList: true, subtree: true })
  })
  await goTo(page, 'Skills matrix')
  await expect(page.getByRole('grid')).toBeVisible()
  await goTo(page, 'Settings')
  expect(
    await page.evaluate(() => (window as unknown as { loadingSeen: string[] }).loadingSeen),
  ).toEqual([])
})
