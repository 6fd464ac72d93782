import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../harness/fixture'
import { findSeriousViolations } from '../support/axe'
import { goTo, openSampleCompany } from './helpers'
import { readStore } from '../support/read-records'

interface StoredRequest {
  id: string
  title: string
  kind: string
  status: string
  recipients: { personId: string | null; exportedAt: string | null }[]
}

const person = 'Ciarán Walsh'
const askedBy = 'Mara Jensen'

function todayIso(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** From the person's profile: a self-review for them, created with the form's defaults. */
async function requestSelfReview(page: Page, title: string): Promise<void> {
  await goTo(page, 'People')
  await page.getByRole('table').getByRole('link', { name: person, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: person })).toBeVisible()
  await page.getByRole('button', { name: 'Request input…' }).click()
  const dialog = page.getByRole('dialog', { name: 'New request' })
  await expect(dialog.getByRole('radio', { name: /^Self-review/ })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: person, exact: true })).toBeChecked()
  await expect(dialog.getByLabel('Review cycle')).not.toHaveValue('')
  await dialog.getByLabel('Title').fill(title)
  await dialog.getByLabel('Asked by').fill(askedBy)
  await dialog.getByLabel('Why you ask').fill('So that your own view is part of the review.')
  await dialog.getByRole('button', { name: 'Create request' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

test('a self-review requested from the profile is exported, waits, shows on the dashboard, closes and is deleted with undo', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const { page } = app
  const title = 'Self-review for the spring review'
  await openSampleCompany(page)
  await requestSelfReview(page, title)
  const files = page.getByRole('region', { name: 'People asked' })
  const row = files.getByRole('row').filter({ hasText: person })
  await expect(row).toContainText('Not sent yet')
  const stored = (await readStore<StoredRequest>(page, 'requests')).find((r) => r.title === title)
  expect(stored?.kind).toBe('self-review')
  expect(stored?.recipients.map((r) => r.exportedAt)).toEqual([null])

  // Export: main asks for a folder and writes one self-contained page per person.
  const folder = join(app.tempDir, 'Requests to send')
  await mkdir(folder, { recursive: true })
  await app.answerOpenDialog(folder)
  await page.getByRole('main').getByRole('button', { name: 'Export files…' }).click()
  await expect(page.getByText(/Saved 1 request file in .*Requests to send/)).toBeVisible()
  await expect(row).toContainText('Waiting for an answer')
  const written = await readdir(folder)
  expect(written).toEqual([`${title} - ${person}.html`])
  const html = await readFile(join(folder, written[0]!), 'utf8')
  expect(html).toMatch(/Ciar(á|\\u00e1|&aacute;|&#225;)n Walsh/)
  expect(html).toMatch(/<meta[^>]+Content-Security-Policy[^>]+connect-src 'none'/i)
  expect(html).not.toMatch(/(src|href)\s*=\s*["']?https?:/i)
  const exported = (await readStore<StoredRequest>(page, 'requests')).find((r) => r.title === title)
  expect(exported?.recipients.map((r) => r.exportedAt)).toEqual([todayIso()])

  // The dashboard lists the answer still expected, and links back to the request.
  await goTo(page, 'Dashboard')
  const card = page.getByRole('region', { name: 'Waiting for answers' })
  const item = card.getByRole('listitem').filter({ hasText: title })
  await expect(item).toContainText(person)
  await item.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()

  // Closing refuses further answers; the list says so.
  await app.answerConfirm(true)
  await page.getByRole('button', { name: 'Close request' }).click()
  await expect(page.getByText(/This request is closed/)).toBeVisible()
  await expect(page.getByRole('main').getByRole('button', { name: 'Export files…' })).toBeDisabled()
  const closed = (await readStore<StoredRequest>(page, 'requests')).find((r) => r.title === title)
  expect(closed?.status).toBe('closed')
  await page.getByRole('link', { name: 'Requests', exact: true }).first().click()
  const listRow = page.getByRole('row').filter({ hasText: title })
  await expect(listRow).toContainText('Closed · 0 of 1 answered')

  // Delete, then undo from the toast: the request is back as it was.
  await listRow.getByRole('link', { name: title }).click()
  await app.answerConfirm(true)
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(page.getByText(`Deleted the request “${title}”.`)).toBeVisible()
  expect((await readStore<StoredRequest>(page, 'requests')).some((r) => r.title === title)).toBe(
    false,
  )
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('row').filter({ hasText: title })).toContainText('Closed')
  const restored = (await readStore<StoredRequest>(page, 'requests')).find((r) => r.title === title)
  expect(restored).toEqual(closed)
})

test('the New request form refuses what cannot be asked, at the field, saving nothing', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Requests')
  const before = (await readStore<StoredRequest>(page, 'requests')).length
  await page.getByRole('button', { name: 'New request…' }).click()
  const dialog = page.getByRole('dialog', { name: 'New request' })
  await dialog.getByRole('radio', { name: /^Peer feedback/ }).check()
  await dialog.getByLabel('Asked by').fill(askedBy)
  await dialog.getByRole('button', { name: 'Create request' }).click()
  await expect(dialog.getByText('Choose at least one person to ask.')).toBeVisible()
  await dialog.getByRole('checkbox', { name: person, exact: true }).check()
  await dialog.getByRole('button', { name: 'Create request' }).click()
  await expect(dialog.getByText('Choose the colleague the feedback is about.')).toBeVisible()
  const colleague = dialog.getByLabel('Colleague the feedback is about')
  await expect(colleague).toBeFocused()
  await colleague.selectOption({ label: person })
  await dialog.getByRole('button', { name: 'Create request' }).click()
  await expect(
    dialog.getByText('The colleague the feedback is about cannot be one of the raters.'),
  ).toBeVisible()
  expect((await readStore<StoredRequest>(page, 'requests')).length).toBe(before)

  // A pulse: its statements' wording is the user's, and an empty one is refused at its row.
  await dialog.getByRole('radio', { name: /^Team pulse/ }).check()
  await dialog.getByRole('button', { name: 'Add your own statement' }).click()
  await dialog.getByRole('button', { name: 'Create request' }).click()
  await expect(
    dialog.getByText('A statement cannot be empty: write it or remove it.'),
  ).toBeVisible()
  await dialog
    .getByRole('textbox', { name: 'Statement 5', exact: true })
    .fill('I can say what I think in team meetings.')
  await dialog.getByRole('button', { name: 'Create request' }).click()
  await expect(dialog).toBeHidden()
  const pulse = (await readStore<StoredRequest>(page, 'requests')).find(
    (r) =>
      r.kind === 'team-pulse' && r.title === 'Team pulse' && r.recipients[0]?.exportedAt === null,
  )
  expect(pulse?.recipients).toHaveLength(1)
  expect(pulse?.recipients[0]?.personId).toBeNull()
  await expect(page.getByRole('region', { name: 'The team’s file' })).toContainText('Not sent yet')
})

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })
    test('the Requests screen, a request and the New request dialog pass axe', async ({ app }) => {
      test.setTimeout(120_000)
      const { page } = app
      const shot = (name: string) =>
        page.screenshot({ path: `/tmp/requests-shots/${name}-${colorScheme}.png` })
      await page.setViewportSize({ width: 1280, height: 900 })
      await openSampleCompany(page)
      await requestSelfReview(page, 'Self-review before the summer')
      expect(await findSeriousViolations(page), 'request detail').toEqual([])
      await shot('detail')
      await goTo(page, 'Requests')
      expect(await findSeriousViolations(page), 'requests screen').toEqual([])
      await shot('list')
      await page.getByRole('button', { name: 'New request…' }).click()
      const dialog = page.getByRole('dialog', { name: 'New request' })
      await expect(dialog.getByRole('radio', { name: /^Self-review/ })).toBeChecked()
      expect(await findSeriousViolations(page), 'new request: self-review').toEqual([])
      await shot('new-self-review')
      await dialog.getByRole('radio', { name: /^Team pulse/ }).check()
      await expect(dialog.getByRole('textbox', { name: 'Statement 1', exact: true })).toBeVisible()
      expect(await findSeriousViolations(page), 'new request: pulse').toEqual([])
      await shot('new-pulse')
      await dialog
        .getByRole('textbox', { name: 'Statement 1', exact: true })
        .scrollIntoViewIfNeeded()
      await shot('new-pulse-statements')
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
      await goTo(page, 'Dashboard')
      await shot('dashboard')
    })
  })
}
