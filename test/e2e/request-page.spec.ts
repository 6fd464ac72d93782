import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { Decrypter, generateX25519Identity, identityToRecipient } from 'age-encryption'
import { buildRequestPageAssets } from '../../scripts/request-page-plugin'
import { RequestPageData, ResponseDocument } from '../../src/shared/domain/requests/formats'
import { composeRequestPage } from '../../src/shared/domain/requests/page-html'
import { launchBrowser } from '../harness/launch'
import { findSeriousViolations } from '../support/axe'

const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(1)>'

function makeData(recipient: string, overrides: Partial<RequestPageData> = {}): RequestPageData {
  return RequestPageData.parse({
    format: 'trellis-request',
    formatVersion: 1,
    workspaceId: 'ws-1',
    requestId: 'req-1',
    token: '6f1c2b1e-3a4d-4c5e-8f90-1a2b3c4d5e6f',
    recipient,
    kind: 'self-review',
    title: 'Self-review H2 2026',
    message:
      'Before our review on 15 December, please tell me where you see yourself.\n\nThank you!',
    askedBy: 'Mara Jensen',
    dueDate: '2099-12-10',
    expiresOn: '2099-12-31',
    isAnonymous: false,
    context: {
      personName: 'Ana Lima',
      roleName: 'Barista',
      cycleName: 'H2 2026 review',
      notes: [{ heading: 'How the scale works', text: '1 is new to it; 4 can teach it.' }],
    },
    questions: [
      {
        id: 'skill:espresso',
        type: 'scale',
        prompt: 'Espresso extraction',
        help: 'Your role asks for Practised (3).',
        group: 'Your skills: where are you today?',
        isRequired: true,
        options: [
          { value: 1, label: 'Learning', descriptor: 'Pulls shots with help.' },
          { value: 2, label: 'Working', descriptor: 'Pulls good shots on a normal day.' },
          { value: 3, label: 'Practised', descriptor: 'Dials in a new coffee alone.' },
          { value: 4, label: 'Expert', descriptor: 'Teaches others to dial in.' },
        ],
      },
      {
        id: 'achievements',
        type: 'text',
        prompt: 'What are you most proud of in this period?',
        help: 'Name the work and what came of it.',
        group: 'Looking back',
        maxLength: 400,
      },
      {
        id: 'agenda',
        type: 'list',
        prompt: 'What would you like to talk about?',
        group: 'Looking ahead',
        maxItems: 3,
      },
      {
        id: 'next-role',
        type: 'choice',
        prompt: 'Which role would you like to grow into next?',
        group: 'Looking ahead',
        options: [
          { value: 'stay', label: 'I am happy in my current role' },
          { value: 'role-lead', label: 'Shift lead' },
        ],
      },
      {
        id: 'peers',
        type: 'choice',
        prompt: 'Whom could we ask for feedback on your work?',
        group: 'Looking ahead',
        isMultiple: true,
        options: [
          { value: 'p-1', label: 'Ben Okafor' },
          { value: 'p-2', label: 'Chen Wu' },
          { value: 'p-3', label: 'Dana Levi' },
        ],
      },
      {
        id: 'enps',
        type: 'scale',
        prompt: 'How likely is it that you would recommend this team to a friend?',
        group: 'Looking ahead',
        options: Array.from({ length: 11 }, (_, value) => ({
          value,
          label: String(value),
          descriptor: value === 0 ? 'Not at all likely' : value === 10 ? 'Extremely likely' : '',
        })),
      },
    ],
    ...overrides,
  })
}

let browser: Browser
let folder: string
let identity: string
let recipient: string
let assets: { script: string; style: string }

test.beforeAll(async ({}, testInfo) => {
  // The page is a file in a browser; Electron plays no part, so only the harness runs it.
  test.skip(testInfo.project.name === 'electron', 'The request page opens in a plain browser.')
  browser = await launchBrowser()
  folder = await mkdtemp(join(tmpdir(), 'trellis-request-page-'))
  identity = await generateX25519Identity()
  recipient = await identityToRecipient(identity)
  assets = await buildRequestPageAssets()
})

test.afterAll(async () => {
  await browser?.close()
  await rm(folder, { recursive: true, force: true })
})

/** Opens the page from disk in a fresh context where any request but the file itself fails. */
async function openPage(
  data: RequestPageData,
  name: string,
  colorScheme: 'light' | 'dark' = 'light',
  viewport = { width: 1100, height: 900 },
) {
  const path = join(folder, `${name}.html`)
  await writeFile(path, composeRequestPage(data, assets))
  const url = pathToFileURL(path).href
  const context = await browser.newContext({ colorScheme, viewport, acceptDownloads: true })
  const foreign: string[] = []
  const dialogs: string[] = []
  const errors: string[] = []
  context.on('request', (request) => {
    const requested = request.url()
    if (requested !== url && !requested.startsWith('data:') && !requested.startsWith('blob:')) {
      foreign.push(requested)
    }
  })
  const page = await context.newPage()
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  return {
    page,
    async close() {
      expect(foreign, 'requests that left the page').toEqual([])
      expect(dialogs, 'dialogs the page opened').toEqual([])
      expect(errors, 'errors the page logged').toEqual([])
      await context.close()
    },
  }
}

async function decryptDownload(page: Page, click: () => Promise<void>) {
  const downloadPromise = page.waitForEvent('download')
  await click()
  const download = await downloadPromise
  const bytes = await readFile(await download.path())
  const decrypter = new Decrypter()
  decrypter.addIdentity(identity)
  const text = await decrypter.decrypt(new Uint8Array(bytes), 'text')
  return { name: download.suggestedFilename(), document: ResponseDocument.parse(JSON.parse(text)) }
}

test('fills the page by label, gets the draft back after a reload, saves an encrypted response', async () => {
  const opened = await openPage(makeData(recipient), 'fill')
  const { page } = opened
  await expect(page.getByText('Asked by Mara Jensen')).toBeVisible()
  await expect(page.getByText(/^\w+day 10 December 2099$/)).toBeVisible()
  await expect(page.getByText('How the scale works')).toBeVisible()

  await page.getByRole('button', { name: 'Save my answers' }).click()
  await expect(page.getByText('One required question has no answer yet')).toBeVisible()
  await expect(page.getByRole('radio', { name: /Learning/ })).toBeFocused()
  await expect(page.getByText('Please answer this question: it is required.')).toBeVisible()

  await page.getByRole('radio', { name: /Practised/ }).check()
  await expect(page.getByText('Please answer this question: it is required.')).toBeHidden()
  await page.getByLabel('What are you most proud of in this period?').fill('The new <b>menu</b>')
  await page.getByLabel('Item 1', { exact: true }).fill('My training plan')
  await page.getByRole('button', { name: 'Add an item' }).click()
  await page.getByLabel('Item 2', { exact: true }).fill('Weekend shifts')
  await page.getByRole('radio', { name: 'Shift lead' }).check()
  await page.getByRole('checkbox', { name: 'Ben Okafor' }).check()
  await page.getByRole('checkbox', { name: 'Dana Levi' }).check()
  await page.getByRole('radio', { name: '9', exact: true }).check()

  await page.reload()
  await expect(page.getByText('Your answers so far are back')).toBeVisible()
  await expect(page.getByRole('radio', { name: /Practised/ })).toBeChecked()
  await expect(page.getByLabel('Item 2', { exact: true })).toHaveValue('Weekend shifts')
  await expect(page.getByRole('checkbox', { name: 'Dana Levi' })).toBeChecked()
  await page.getByRole('button', { name: 'Remove item 2' }).click()
  await expect(page.getByLabel('Item 2', { exact: true })).toHaveCount(0)

  const saved = await decryptDownload(page, () =>
    page.getByRole('button', { name: 'Save my answers' }).click(),
  )
  expect(saved.name).toBe('Self-review H2 2026 - Ana Lima.trellis-response')
  const { document } = saved
  expect(document).toMatchObject({
    format: 'trellis-response',
    formatVersion: 1,
    workspaceId: 'ws-1',
    requestId: 'req-1',
    token: '6f1c2b1e-3a4d-4c5e-8f90-1a2b3c4d5e6f',
  })
  expect(Date.now() - Date.parse(document.submittedAt)).toBeLessThan(60_000)
  expect(document.answers).toEqual([
    { questionId: 'skill:espresso', value: 3 },
    { questionId: 'achievements', value: 'The new <b>menu</b>' },
    { questionId: 'agenda', value: ['My training plan'] },
    { questionId: 'next-role', value: 'role-lead' },
    { questionId: 'peers', value: ['p-1', 'p-3'] },
    { questionId: 'enps', value: 9 },
  ])
  await expect(page.getByText('Send this file to Mara Jensen').first()).toBeVisible()
  const draftCount = await page.evaluate(() => localStorage.length)
  expect(draftCount).toBe(0)
  await page.reload()
  await expect(page.getByText('Your answers so far are back')).toHaveCount(0)
  await expect(page.getByRole('radio', { name: /Practised/ })).not.toBeChecked()
  await opened.close()
})

test('a name or a question holding markup shows as text, and nothing runs', async () => {
  const data = makeData(recipient, {
    title: hostile,
    askedBy: hostile,
    context: {
      personName: hostile,
      roleName: '',
      subjectName: '',
      trainingTitle: '',
      cycleName: '',
      notes: [{ heading: hostile, text: hostile }],
    },
  })
  data.questions[1] = {
    ...data.questions[1]!,
    prompt: `Why ${hostile}?`,
  } as (typeof data.questions)[1]
  const opened = await openPage(data, 'hostile')
  const { page } = opened
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile)
  await expect(page.getByText(`Asked by ${hostile}`)).toBeVisible()
  await expect(page.getByLabel(`Why ${hostile}?`)).toBeVisible()
  expect(await page.locator('img').count()).toBe(0)
  expect(await page.locator('script').count()).toBe(2)
  expect(await page.title()).toBe(`${hostile} - Trellis`)
  await opened.close()
})

test('an expired request says so and refuses to save', async () => {
  const opened = await openPage(
    makeData(recipient, { dueDate: '2020-01-10', expiresOn: '2020-01-31' }),
    'expired',
  )
  const { page } = opened
  await expect(page.getByText('This request has expired').first()).toBeVisible()
  await page.getByRole('radio', { name: /Expert/ }).check()
  let downloads = 0
  page.on('download', () => (downloads += 1))
  await page.getByRole('button', { name: 'Save my answers' }).click()
  await expect(page.getByRole('status')).toContainText('Nothing was saved.')
  expect(downloads).toBe(0)
  await opened.close()
})

test('a team pulse says plainly that the response carries no name', async () => {
  const data = makeData(recipient, {
    kind: 'team-pulse',
    isAnonymous: true,
    title: 'Team pulse, December',
    context: {
      personName: '',
      roleName: '',
      subjectName: '',
      trainingTitle: '',
      cycleName: '',
      notes: [],
    },
  })
  const opened = await openPage(data, 'pulse')
  const { page } = opened
  await expect(page.getByText('The response file you save carries no name')).toBeVisible()
  await page.getByRole('radio', { name: /Working/ }).check()
  const saved = await decryptDownload(page, () =>
    page.getByRole('button', { name: 'Save my answers' }).click(),
  )
  expect(saved.name).toBe('Team pulse, December - response.trellis-response')
  expect(JSON.stringify(saved.document)).not.toContain('Ana')
  await opened.close()
})

test('the page can be answered and saved with the keyboard alone', async () => {
  const opened = await openPage(makeData(recipient), 'keyboard')
  const { page } = opened
  await page.keyboard.press('Tab')
  await expect(page.getByRole('radio', { name: /Learning/ })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: /Working/ })).toBeChecked()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('What are you most proud of in this period?')).toBeFocused()
  await page.keyboard.type('Latte art class')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Item 1', { exact: true })).toBeFocused()
  await page.keyboard.type('First point')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Item 2', { exact: true })).toBeFocused()
  await page.keyboard.type('Second point')
  const saveButton = page.getByRole('button', { name: 'Save my answers' })
  for (let step = 0; step < 40; step += 1) {
    if (await saveButton.evaluate((button) => button === document.activeElement)) break
    await page.keyboard.press('Tab')
  }
  await expect(saveButton).toBeFocused()
  const saved = await decryptDownload(page, () => page.keyboard.press('Enter'))
  expect(saved.document.answers.slice(0, 3)).toEqual([
    { questionId: 'skill:espresso', value: 2 },
    { questionId: 'achievements', value: 'Latte art class' },
    { questionId: 'agenda', value: ['First point', 'Second point'] },
  ])
  await opened.close()
})

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious in the ${theme} theme; screenshots for looking`, async () => {
    const opened = await openPage(makeData(recipient), `axe-${theme}`, theme)
    const { page } = opened
    expect(await findSeriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Save my answers' }).click()
    await expect(page.getByRole('status')).toContainText('required')
    expect(await findSeriousViolations(page)).toEqual([])
    await page.screenshot({ path: `/tmp/request-page-${theme}.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: `/tmp/request-page-phone-${theme}.png`, fullPage: true })
    await page.emulateMedia({ media: 'print' })
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    await expect(page.getByRole('article', { name: 'Plain copy of your answers' })).toBeVisible()
    await page.screenshot({ path: `/tmp/request-page-print-${theme}.png`, fullPage: true })
    await opened.close()
  })
}
