import type { Page } from '@playwright/test'
import { readFile, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '../harness/fixture'
import { findSeriousViolations } from '../support/axe'
import { readStore } from '../support/read-records'
import { goTo, openSampleCompany } from './helpers'

type StoredMaterial =
  | { id: string; ownerId: string; kind: 'link'; title: string; url: string; addedAt: string }
  | {
      id: string
      ownerId: string
      kind: 'file'
      title: string
      fileName: string
      size: number
      data: string
      addedAt: string
    }

const initiative = 'Forklift refresher & certification'
const initiativeId = 'init-forklift-refresher'

async function readMaterialsOf(page: Page, ownerId: string) {
  return (await readStore<StoredMaterial>(page, 'materials')).filter((m) => m.ownerId === ownerId)
}

test('materials on an initiative: a link and a file added, opened, deleted and put back with Undo, and carried by the open export', async ({
  app,
}) => {
  test.setTimeout(60_000)
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Training')

  // The sample gives this initiative one link; its materials open under its row.
  const toggle = page.getByRole('button', { name: `Materials (1) of ${initiative}` })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const panel = page.getByRole('region', { name: `Materials of “${initiative}”` })
  const list = panel.getByRole('list', { name: `Materials of ${initiative}` })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.getByRole('listitem')).toContainText('Pre-use forklift checklist')
  await expect(list.getByRole('listitem')).toContainText('example.org')
  const before = await readMaterialsOf(page, initiativeId)
  expect(before).toHaveLength(1)

  // A link: an http:// address is refused on its field (main opens only https://), then saved.
  await panel.getByRole('button', { name: 'Add a link…' }).click()
  const dialog = page.getByRole('dialog', { name: `Add a link to “${initiative}”` })
  await expect(dialog.getByLabel('Title')).toBeFocused()
  await dialog.getByRole('button', { name: 'Add link' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(/Give the link a title/)
  await dialog.getByLabel('Title').fill('Refresher video: reach truck')
  await dialog.getByLabel('Address').fill('http://example.org/forklift/reach-truck')
  await dialog.getByRole('button', { name: 'Add link' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(/opens only secure links/)
  await expect(dialog.getByLabel('Address')).toBeFocused()
  await dialog.getByLabel('Address').fill('https://example.org/forklift/reach-truck')
  await dialog.getByRole('button', { name: 'Add link' }).click()
  await expect(dialog).toBeHidden()
  await expect(
    page.getByText(`Added the link “Refresher video: reach truck” to “${initiative}”.`),
  ).toBeVisible()
  await expect(list.getByRole('listitem')).toHaveCount(2)

  // A file over the limit is refused by name with the reason; nothing is saved.
  const big = join(app.tempDir, 'Induction video.mp4')
  await writeFile(big, '')
  await truncate(big, 25 * 1024 * 1024)
  await app.answerOpenDialog(big)
  await panel.getByRole('button', { name: 'Add a file…' }).click()
  await expect(
    page.getByText(
      '“Induction video.mp4” was not added. It is 25 MB; a material may be 20 MB at most. Nothing was changed.',
    ),
  ).toBeVisible()
  await expect(list.getByRole('listitem')).toHaveCount(2)

  // A real file: its bytes are copied into the workspace.
  const bytes = Buffer.concat([
    Buffer.from('Pre-shift checks\n1. Forks and chains ✓\n2. Horn and lights ✓\n', 'utf8'),
    Buffer.from([0, 128, 255]),
  ])
  const handout = join(app.tempDir, 'Pre-shift checks.txt')
  await writeFile(handout, bytes)
  await app.answerOpenDialog(handout)
  await panel.getByRole('button', { name: 'Add a file…' }).click()
  await expect(
    page.getByText(`Added “Pre-shift checks.txt” to “${initiative}”.`, { exact: false }),
  ).toBeVisible()
  const fileItem = list.getByRole('listitem').filter({ hasText: 'Pre-shift checks.txt' })
  await expect(fileItem).toContainText(`Pre-shift checks.txt · ${bytes.byteLength} bytes`)
  await expect(toggle).toHaveCount(0)
  await expect(page.getByRole('button', { name: `Materials (3) of ${initiative}` })).toBeVisible()

  const saved = await readMaterialsOf(page, initiativeId)
  expect(saved).toHaveLength(3)
  const link = saved.find((m) => m.kind === 'link' && m.title.startsWith('Refresher'))
  expect(link).toMatchObject({
    kind: 'link',
    title: 'Refresher video: reach truck',
    url: 'https://example.org/forklift/reach-truck',
  })
  const file = saved.find((m) => m.kind === 'file')
  expect(file).toMatchObject({
    kind: 'file',
    title: 'Pre-shift checks',
    fileName: 'Pre-shift checks.txt',
    size: bytes.byteLength,
  })
  expect(file?.kind === 'file' && file.data).toBe(bytes.toString('base64'))
  expect(Buffer.from(file?.kind === 'file' ? file.data : '', 'base64').equals(bytes)).toBe(true)

  // Open: the file is written from the stored bytes to main's private folder and opened there.
  await fileItem.getByRole('button', { name: 'Open Pre-shift checks' }).click()
  const opened = join(
    app.tempDir,
    'user-data',
    'opened-materials',
    file!.id,
    'Pre-shift checks.txt',
  )
  await expect
    .poll(() =>
      readFile(opened).then(
        (b) => b.equals(bytes),
        () => false,
      ),
    )
    .toBe(true)
  await list.getByRole('button', { name: 'Open Refresher video: reach truck' }).click()

  // The messages put away, so the shots show the panel alone.
  const dismiss = page.getByRole('button', { name: 'Dismiss message' })
  while ((await dismiss.count()) > 0) await dismiss.first().click()
  await panel.scrollIntoViewIfNeeded()
  await panel.screenshot({ path: test.info().outputPath('materials-panel.png') })
  await page.screenshot({ path: test.info().outputPath('materials-catalogue.png') })
  expect(await findSeriousViolations(page, `#materials-${initiativeId}`)).toEqual([])

  // Delete with Undo: gone from IndexedDB, then back exactly as it was.
  await list.getByRole('button', { name: 'Delete Refresher video: reach truck' }).click()
  await expect(
    page.getByText(`Deleted “Refresher video: reach truck” from the materials of “${initiative}”.`),
  ).toBeVisible()
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expect(panel.getByRole('heading', { name: `Materials of “${initiative}”` })).toBeFocused()
  expect((await readMaterialsOf(page, initiativeId)).map((m) => m.id)).not.toContain(link!.id)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText('Undone: everything is as it was.')).toBeVisible()
  await expect(list.getByRole('listitem')).toHaveCount(3)
  expect(await readMaterialsOf(page, initiativeId)).toEqual(expect.arrayContaining([link, file]))

  // The open export (Settings → Backups) carries the file's bytes.
  await goTo(page, 'Settings')
  const exported = join(app.tempDir, 'export.trellis-backup.json')
  await app.answerConfirm(true)
  await app.answerSaveDialog(exported)
  await page.getByRole('button', { name: 'Export as JSON…' }).click()
  await expect(page.getByText('Exported JSON to export.trellis-backup.json.')).toBeVisible({
    timeout: 20_000,
  })
  const document = JSON.parse(await readFile(exported, 'utf8')) as {
    tables: { materials: StoredMaterial[] }
  }
  expect(document.tables.materials).toContainEqual(file)
  expect(document.tables.materials).toContainEqual(link)
})

test('an initiative with no materials says what to add', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Training')
  const toggle = page.getByRole('button', { name: /^Materials \(0\) of / }).first()
  await toggle.focus()
  await page.keyboard.press('Enter')
  const panel = page.locator('.materials-panel')
  await expect(panel.getByText(/^No materials yet\. Add a link to a course page/)).toBeVisible()
  await expect(panel.getByRole('list')).toHaveCount(0)
  await panel.getByRole('button', { name: 'Add a link…' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: /^Add a link to / })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(panel.getByRole('button', { name: 'Add a link…' })).toBeFocused()
  await panel.screenshot({ path: test.info().outputPath('materials-empty.png') })
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Shift+Tab')
  await expect(toggle).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(panel).toHaveCount(0)
})
