import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany } from './helpers'

const training = 'Route optimisation basics (free online course)'

async function readResponses(card: Locator): Promise<number> {
  const reaction = card.getByRole('region', { name: 'Level 1: Reaction' })
  const text = await reaction.locator('dt:text-is("Responses") + dd').textContent()
  return Number(text)
}

test('recording evaluation data updates the training card, its ROI and the dashboard', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Evaluation & ROI')
  const card = page.getByRole('article', { name: training })
  await expect(card.getByRole('region', { name: 'Level 4: Results' })).toContainText(
    'On-time delivery',
  )
  const roi = card.getByRole('region', { name: 'Return on investment' })
  await expect(roi.locator('.roi-value')).toHaveText('missing')
  await expect(roi).toContainText('not entered')

  // The assumptions are the user's: entered, checked, stored and shown beside the ROI.
  await roi.getByRole('button', { name: 'Edit assumptions' }).click()
  const assumptions = page.getByRole('dialog', { name: 'ROI assumptions' })
  await assumptions.getByLabel(/^Value of one unit of improvement/).fill('a lot')
  await assumptions.getByLabel('Days after the end').fill('3')
  // One problem at a time, under its field, with focus moved there.
  await assumptions.getByRole('button', { name: 'Save assumptions' }).click()
  await expect(
    assumptions.getByText('Enter an amount, such as 250, or leave it empty.'),
  ).toBeVisible()
  await expect(assumptions.getByLabel(/^Value of one unit of improvement/)).toBeFocused()
  await assumptions.getByLabel(/^Value of one unit of improvement/).fill('400')
  await assumptions.getByRole('button', { name: 'Save assumptions' }).click()
  await expect(assumptions.getByText('Enter whole days between 7 and 730.')).toBeVisible()
  await expect(assumptions.getByLabel('Days after the end')).toBeFocused()
  await assumptions.getByLabel('Days after the end').fill('90')
  await assumptions.getByLabel('Where the value comes from').fill('Late-delivery credits avoided')
  await assumptions.getByRole('button', { name: 'Save assumptions' }).click()
  await expect(assumptions).toBeHidden()
  await expect(roi.locator('.roi-value')).toHaveText(/^[+−]\d+%$/)
  await expect(roi).toContainText('Late-delivery credits avoided')
  await expect(roi).toContainText(/€400/)

  // Record a reaction survey and a behaviour observation for one participant.
  const responsesBefore = await readResponses(card)
  await card.getByRole('button', { name: 'Record evaluation' }).click()
  const record = page.getByRole('dialog', { name: `Record evaluation: ${training}` })
  const participant = record.getByLabel('Participant', { exact: true })
  const options = await participant.locator('option').allTextContents()
  // Pick someone without a survey yet: the overview says "—" in the Reaction column.
  const rows = record.getByRole('row')
  let chosen = options[0]!
  for (const option of options) {
    const name = option.replace(/ \(.*\)$/, '')
    const row = rows.filter({ has: page.getByRole('button', { name, exact: true }) })
    if ((await row.getByRole('cell').nth(1).textContent()) === '—') {
      chosen = option
      break
    }
  }
  await participant.selectOption({ label: chosen })
  await record.getByRole('button', { name: 'Save reaction survey' }).click()
  await expect(record.getByText('Choose how relevant it was, 1 to 5.')).toBeVisible()
  await record.getByLabel('Relevance to the job').selectOption('5')
  await record.getByLabel('Engagement').selectOption('4')
  await record.getByLabel('Comment').fill('Changed how I plan the Thursday route.')
  await record.getByRole('button', { name: 'Save reaction survey' }).click()
  await expect(page.getByText(/^Saved the reaction survey for/)).toBeVisible()
  await record.getByRole('radio', { name: 'Behaviour observation' }).check()
  await record.getByLabel(/^Observed on the job/).selectOption('5')
  await record.getByRole('button', { name: /^(Save|Update) behaviour observation$/ }).click()
  await expect(record.getByRole('region', { name: 'Recorded for this participant' })).toContainText(
    'observation 5/5',
  )
  // A CSV of surveys replaces that participant's survey and reports the row it cannot place.
  const name = chosen.replace(/ \(.*\)$/, '')
  const csvPath = join(app.tempDir, 'reaction-surveys.csv')
  await writeFile(
    csvPath,
    `Person,Relevance,Engagement,Would recommend,Comment\n${name},4,5,yes,Good\nNobody Here,3,3,no,\n`,
  )
  await app.answerOpenDialog(csvPath)
  await record.getByRole('button', { name: 'Choose a CSV file…' }).click()
  const outcome = record.getByRole('status')
  await expect(outcome).toContainText('1 survey saved, 1 row left out')
  await expect(outcome).toContainText('Row 3: “Nobody Here” is not enrolled in this training.')
  await expect(
    record.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) }),
  ).toContainText('relevance 4, engagement 5, recommends')
  await record.getByRole('button', { name: 'Done' }).click()
  await expect(record).toBeHidden()
  expect(await readResponses(card)).toBe(responsesBefore + 1)

  // The dashboard's training results now carry the ROI.
  await goTo(page, 'Dashboard')
  const results = page.getByRole('region', { name: 'Training results with level-4 evidence' })
  const row = results.getByRole('row').filter({ hasText: training })
  await expect(row.getByRole('cell').last()).toHaveText(/^[+−]\d+%$/)

  // Open bias flags from reviews not yet final: each links to its review, which opens.
  const flags = page.getByRole('region', { name: 'Open bias flags' })
  await expect(flags).toBeVisible()
  const review = flags.getByRole('link', { name: /^Open the review of / }).first()
  const none = flags.getByText('No review in progress raises a bias flag')
  // The card fills in once the checks have run: wait for either outcome before choosing.
  await expect(review.or(none)).toBeVisible()
  if ((await review.count()) > 0) {
    const label = (await review.getAttribute('aria-label'))!
    const person = /^Open the review of (.+) in /.exec(label)![1]!
    await review.click()
    await expect(page.getByRole('dialog', { name: `Review: ${person}` })).toBeVisible()
  } else {
    await expect(flags).toContainText('No review in progress raises a bias flag')
  }
})
