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

test('a large workspace file opens with a progress bar; Cancel leaves no workspace and no database behind', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Settings')
  const target = join(app.tempDir, 'large.trellis.json')
  await app.answerSaveDialog(target)
  await page.getByRole('button', { name: 'Export current…' }).click()
  await expect(page.getByText(/Exported/)).toBeVisible()
  // More assessments: the sample's, copied under new ids until there are 12,000. (The harness
  // keeps IndexedDB in memory, where a large transaction is far slower than on disk: the bench
  // measures the realistic size, on disk.)
  const file = JSON.parse(await readFile(target, 'utf8'))
  const assessments = file.tables.assessments as { id: string }[]
  const copies: { id: string }[] = []
  for (let copy = 0; copies.length < 12_000; copy += 1) {
    for (const record of assessments) copies.push({ ...record, id: `${record.id}-${copy}` })
  }
  file.tables.assessments = copies
  file.counts.assessments = copies.length
  await writeFile(target, JSON.stringify(file))
  const databases = () =>
    page.evaluate(async () => (await indexedDB.databases()).map((info) => info.name))
  const before = await databases()

  await app.answerOpenDialog(target)
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Opening large.trellis.json' })
  // Cancelled in the middle of the write, the hard case: a transaction to abort.
  await expect(dialog.getByText(/^Saving [\d,]+ of [\d,]+ records$/)).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('opening.png') })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(
    page.getByText('Cancelled: large.trellis.json was not imported, and nothing changed.'),
  ).toBeVisible()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('list', { name: 'Workspaces' }).getByRole('listitem')).toHaveCount(1)
  await expect.poll(databases, { timeout: 60_000 }).toEqual(before)

  // Opened to the end, it is all there.
  await app.answerOpenDialog(target)
  await page.getByRole('button', { name: 'Import…' }).click()
  await expect(page.getByText('Imported large.trellis.json as “Sample company 2”.')).toBeVisible({
    timeout: 60_000,
  })
  const count = await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((info) => info.name ?? '')
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    let largest = 0
    for (const name of names.filter((n) => n.startsWith('trellis-workspace-'))) {
      const db = await open(name)
      const found = await new Promise<number>((resolve) => {
        const request = db.transaction('assessments').objectStore('assessments').count()
        request.onsuccess = () => resolve(request.result)
      })
      db.close()
      largest = Math.max(largest, found)
    }
    return largest
  })
  expect(count).toBe(copies.length)
})
