import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { enpsQuestionId, pulseCommentQuestionId } from '../../src/shared/domain/requests'
import type { InputRequest } from '../../src/shared/model'
import { expect, test, type TestApp } from '../harness/fixture'
import { findSeriousViolations } from '../support/axe'
import { goTo, openSampleCompany } from './helpers'
import {
  encryptText,
  exportRequest,
  makeRequest,
  putRecords,
  readSourceData,
  readWorkspaceId,
  respondTo,
  writeResponseFile,
} from '../support/response-files'

const title = 'Winter team pulse'
const scores = [10, 9, 8, 3, 10]
const comments = [
  'More time for training, please.',
  '',
  'The new roaster is great.',
  '',
  'Fewer meetings on Mondays.',
]

/** Imports the team's answers number `from` to `to` (1-based) through File → Import responses…. */
async function importAnswers(
  app: TestApp,
  pulse: InputRequest,
  key: { workspaceId: string; recipient: string },
  from: number,
  to: number,
): Promise<void> {
  const paths: string[] = []
  for (let n = from; n <= to; n++) {
    const document = respondTo(pulse, key.workspaceId, {
      pick: (count, id) =>
        id === enpsQuestionId ? scores[n - 1]! : Math.min(count - 1, n % count),
    })
    document.answers = document.answers.map((a) =>
      a.questionId === pulseCommentQuestionId ? { ...a, value: comments[n - 1]! } : a,
    )
    const bytes = await encryptText(key.recipient, JSON.stringify(document))
    paths.push(
      await writeResponseFile(
        join(app.tempDir, 'Pulse answers'),
        `answer ${n}.trellis-response`,
        bytes,
      ),
    )
  }
  await app.answerOpenPathsDialog(paths)
  await app.emitMenuCommand('responses:import')
  const dialog = app.page.getByRole('dialog', { name: 'Import responses' })
  const count = to - from + 1
  await dialog
    .getByRole('button', { name: `Import ${count} ${count === 1 ? 'response' : 'responses'}` })
    .click()
  await expect(dialog).toContainText(`Imported ${count} ${count === 1 ? 'response' : 'responses'}.`)
  await dialog.getByRole('button', { name: 'Close' }).click()
}

async function openPulseView(page: Page): Promise<void> {
  await goTo(page, 'Requests')
  await page.getByRole('tab', { name: 'Pulse' }).click()
  await expect(page.getByRole('heading', { name: 'What anonymity means here' })).toBeVisible()
}

test('a pulse stays hidden with 4 responses and shows its results and eNPS with the 5th', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const { page } = app
  await openSampleCompany(page)
  const data = await readSourceData(page)
  const pulse = makeRequest(data, 'team-pulse', { title })
  await putRecords(page, 'requests', [pulse])
  const recipient = await exportRequest(
    page,
    app.answerFolderDialog,
    join(app.tempDir, 'Requests'),
    pulse,
  )
  const key = { workspaceId: await readWorkspaceId(page), recipient }

  await importAnswers(app, pulse, key, 1, 4)
  await openPulseView(page)
  const card = page.getByRole('region', { name: title })
  await expect(card).toContainText(`4 of ${pulse.audiencePersonIds.length} answered`)
  await expect(card).toContainText('Hidden until 5 responses (4 so far).')
  await expect(card).not.toContainText('eNPS')
  await expect(card).not.toContainText('The new roaster is great.')
  await expect(page.getByText(/the manager receives the files|you receive the files/)).toBeVisible()

  await importAnswers(app, pulse, key, 5, 5)
  await openPulseView(page)
  await expect(card).not.toContainText('Hidden until')
  // 3 promoters (9-10), 1 passive (7-8), 1 detractor (0-6) of 5: 60% - 20% = +40.
  await expect(card.locator('.pulse-enps-score')).toHaveText('+40')
  await expect(card).toContainText('3 promoters, 1 passive, 1 detractor')
  const question = pulse.recipients[0]!.questions.find((q) => q.type === 'scale')!
  await expect(
    card.getByRole('img', { name: new RegExp(`^${question.prompt.replace(/[.?]/g, '\\$&')}`) }),
  ).toBeVisible()
  const words = card.getByRole('region', { name: /In their own words/ })
  await expect(words.getByRole('listitem')).toHaveText([
    'Fewer meetings on Mondays.',
    'More time for training, please.',
    'The new roaster is great.',
  ])

  // The minimum is the workspace's: raised to 6, the pulse is hidden again.
  await page.getByLabel('Show a pulse’s results from').selectOption('6')
  await expect(card).toContainText('Hidden until 6 responses (5 so far).')
  await page.getByLabel('Show a pulse’s results from').selectOption('5')
  await expect(card.locator('.pulse-enps-score')).toHaveText('+40')

  for (const scheme of ['light', 'dark'] as const) {
    await page.evaluate((theme) => (document.documentElement.dataset.theme = theme), scheme)
    expect(await findSeriousViolations(page)).toEqual([])
    await card.scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath(`pulse-${scheme}.png`), fullPage: true })
  }
})
