// The whole round trip, as a manager and an employee do it: the app exports a self-review, the
// employee answers it in a plain browser with no network at all, and the response file the page
// saves comes back through File → Import responses… into the matrix and the review's bias check.
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from '@playwright/test'
import { expect, test } from '../harness/fixture'
import { readStore } from '../support/read-records'
import { goTo, openSampleCompany } from './helpers'

interface StoredAssessment {
  personId: string
  skillId: string
  level: number
  source: string
}

/** Opens a request file as the employee would: a fresh browser tab, offline, any request recorded. */
async function openOffline(browser: Browser, path: string) {
  const url = pathToFileURL(path).href
  const context = await browser.newContext({ offline: true, acceptDownloads: true })
  const foreign: string[] = []
  context.on('request', (request) => {
    const requested = request.url()
    if (requested !== url && !/^(data|blob):/.test(requested)) foreign.push(requested)
  })
  await context.route('**/*', (route) =>
    route.request().url() === url ? route.continue() : route.abort('internetdisconnected'),
  )
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(url)
  return { page, context, foreign, errors }
}

/** The name of the person's team, as the matrix's Team filter lists it. */
async function teamOf(page: Page, personId: string): Promise<string> {
  const people = await readStore<{ id: string; teamId: string }>(page, 'people')
  const teams = await readStore<{ id: string; name: string }>(page, 'teams')
  const teamId = people.find((p) => p.id === personId)!.teamId
  return teams.find((t) => t.id === teamId)!.name
}

/** Answers every skill at the top of the scale and writes a sentence or two, by the labels shown. */
async function answerSelfReview(page: Page): Promise<string[]> {
  const skills = page
    .getByRole('region', { name: 'Your skills: where are you today?' })
    .getByRole('radiogroup')
  const count = await skills.count()
  expect(count).toBeGreaterThan(1)
  const names: string[] = []
  for (let index = 0; index < count; index += 1) {
    const question = skills.nth(index)
    names.push((await question.locator('legend .question-text').innerText()).trim())
    await question.getByRole('radio').last().check()
  }
  await page
    .getByLabel('What are you most proud of in this period?')
    .fill('Taking over the <b>wholesale</b> inbox while the team was short.')
  await page
    .getByLabel('What do you want to develop next?')
    .fill('Negotiation with larger customers.')
  return names
}

test('a self-review goes out as a file, is answered offline in a browser, and comes back beside the manager’s ratings with a self-gap flag', async ({
  app,
  harnessBrowser,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'The request page opens in a plain browser.')
  test.setTimeout(180_000)
  const { page } = app
  await openSampleCompany(page)

  // The manager exports the H2 self-review still to answer.
  await goTo(page, 'Requests')
  await page
    .getByRole('link', { name: /^Self-review: / })
    .first()
    .click()
  const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim()
  const waiting = page
    .getByRole('region', { name: 'People asked' })
    .getByRole('row')
    .filter({ hasText: 'Waiting for an answer' })
  const person = (await waiting.first().getByRole('cell').first().innerText()).trim()
  const outbox = join(app.tempDir, 'Requests to send')
  await mkdir(outbox, { recursive: true })
  await app.answerFolderDialog(outbox)
  await page.getByRole('main').getByRole('button', { name: 'Export files…' }).click()
  await expect(page.getByText(/Saved \d+ request files? in /)).toBeVisible()
  // The file is named for the request and the person (characters a file name cannot hold go).
  const file = (await readdir(outbox)).find((name) => name.endsWith(` - ${person}.html`))!
  expect(file).toBeDefined()

  // The employee answers it in a browser with no network, then saves the encrypted response.
  const employee = await openOffline(harnessBrowser, join(outbox, file))
  await expect(employee.page.getByRole('heading', { level: 1 })).toContainText(title)
  const skills = await answerSelfReview(employee.page)
  const download = employee.page.waitForEvent('download')
  await employee.page.getByRole('button', { name: 'Save my answers' }).click()
  const saved = await download
  expect(saved.suggestedFilename()).toBe(file.replace(/\.html$/, '.trellis-response'))
  const response = join(app.tempDir, 'Downloads', saved.suggestedFilename())
  await saved.saveAs(response)
  expect(employee.foreign, 'requests the page made').toEqual([])
  expect(employee.errors, 'errors on the page').toEqual([])
  await employee.context.close()

  // Back in Trellis: File → Import responses…, a preview, then the import.
  const before = await readStore<StoredAssessment>(page, 'assessments')
  await app.answerOpenPathsDialog([response])
  await app.emitMenuCommand('responses:import')
  const dialog = page.getByRole('dialog', { name: 'Import responses' })
  await expect(dialog.getByText(person, { exact: true })).toBeVisible()
  await expect(
    dialog.getByText(`${skills.length} self-ratings beside the manager's in the matrix`, {
      exact: false,
    }),
  ).toBeVisible()
  await dialog.getByRole('button', { name: 'Import 1 response' }).click()
  await expect(dialog.getByText(/Imported 1 response/)).toBeVisible()
  await page.keyboard.press('Escape')

  const people = await readStore<{ id: string; displayName: string }>(page, 'people')
  const personId = people.find((p) => p.displayName === person)!.id
  const added = (await readStore<StoredAssessment>(page, 'assessments')).filter(
    (a) => !before.some((b) => JSON.stringify(b) === JSON.stringify(a)),
  )
  expect(added).toHaveLength(skills.length)
  expect(new Set(added.map((a) => `${a.personId} ${a.source} ${a.level}`))).toEqual(
    new Set([`${personId} self 4`]),
  )

  // The matrix: the cell's details show their own rating beside the manager's.
  await goTo(page, 'Skills matrix')
  await page.getByLabel('Sort people').selectOption('name')
  const grid = page.getByRole('grid', { name: /Skills matrix/ })
  // The grid draws the rows in view: their team's rows are few enough to be all in it.
  await page.getByLabel('Team').selectOption({ label: await teamOf(page, personId) })
  // The grid draws the columns in view: walk their row to the right with the arrow key until the
  // skill's cell is drawn, as a keyboard user would.
  await grid
    .getByRole('gridcell', { name: new RegExp(`^${person}, `) })
    .first()
    .dispatchEvent('mousedown')
  await grid.focus()
  const cell = grid.getByRole('gridcell', { name: new RegExp(`^${person}, ${skills[0]}: `) })
  for (let step = 0; step < 80 && (await cell.count()) === 0; step += 1) {
    await page.keyboard.press('ArrowRight')
  }
  await cell.dispatchEvent('mousedown')
  await grid.focus()
  await page.keyboard.press('Enter')
  const detail = page.getByRole('dialog', { name: `${person} · ${skills[0]}` })
  const facts = detail.locator('dl.facts').first()
  await expect(facts).toContainText(/Manager\s*\d · /)
  await expect(facts).toContainText(/Self\s*4 · /)
  await page.keyboard.press('Escape')

  // The review: the bias panel flags the skills where self and manager are 2 or more apart.
  await goTo(page, 'Reviews')
  await page.getByRole('button', { name: `Open the review of ${person}` }).click()
  const editor = page.getByRole('dialog', { name: `Review: ${person}` })
  await expect(editor.getByText('Self and manager ratings far apart')).toBeVisible()
  await expect(editor.getByRole('heading', { name: 'In their words' })).toBeVisible()
  await expect(editor.getByText('Negotiation with larger customers.')).toBeVisible()
})
