import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { expect, test } from '../harness/fixture'
import { findSeriousViolations } from '../support/axe'
import { goTo, openSampleCompany } from './helpers'
import { readStore } from '../support/read-records'

interface Initiative {
  title: string
  evaluationAssumptions: { attributionShare: number; valuePerUnit: number | null }
}

/** "+134%" or "−12%" as a number. */
function readPercent(text: string | null): number {
  return Number((text ?? '').replace('−', '-').replace(/[+%,]/g, ''))
}

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
  // The sample's course paid back, and the card says why and on which assumptions.
  await expect(roi.locator('.roi-value')).toHaveText(/^\+[\d,]+%$/)
  await expect(roi).toContainText('paid back')
  await expect(roi).toContainText(/Positive: benefits of €[\d,]+ counted so far/)
  await expect(roi).toContainText('€216 a month for each point of On-time delivery')
  await expect(roi).toContainText('40% of the change is credited to the training')
  await expect(roi).toContainText('up to 12 months after each person finishes')
  await expect(roi).toContainText('18 fewer late drops at about €12 each')
  const roiBefore = readPercent(await roi.locator('.roi-value').textContent())
  const storedShare = async () =>
    (await readStore<Initiative>(page, 'initiatives')).find((i) => i.title === training)
      ?.evaluationAssumptions.attributionShare

  // The assumptions are the user's: entered, checked, stored and shown beside the ROI.
  await roi.getByRole('button', { name: 'Edit assumptions…' }).click()
  const assumptions = page.getByRole('dialog', { name: 'ROI assumptions' })
  const value = assumptions.getByLabel(
    /^Value a month of one percentage point of improvement in On-time delivery/,
  )
  const share = assumptions.getByLabel('Share credited', { exact: true })
  await expect(value).toHaveValue('216')
  await expect(share).toHaveValue('40')
  await expect(assumptions.getByLabel('Months counted')).toHaveValue('12')
  await value.fill('a lot')
  await assumptions.getByLabel('Days after the end').fill('3')
  // One problem at a time, under its field, with focus moved there.
  await assumptions.getByRole('button', { name: 'Save assumptions' }).click()
  await expect(
    assumptions.getByText('Enter an amount, such as 250, or leave it empty.'),
  ).toBeVisible()
  await expect(value).toBeFocused()
  await value.fill('216')
  await share.fill('150')
  await assumptions.getByRole('button', { name: 'Save assumptions' }).click()
  await expect(assumptions.getByText('Enter a share from 0 to 100, such as 60.')).toBeVisible()
  await expect(share).toBeFocused()
  await expect(share).toHaveAttribute('aria-invalid', 'true')
  expect(await storedShare()).toBe(0.4)
  await share.fill('50')
  await assumptions.getByRole('button', { name: 'Save assumptions' }).click()
  await expect(assumptions.getByText('Enter whole days between 7 and 730.')).toBeVisible()
  await expect(assumptions.getByLabel('Days after the end')).toBeFocused()
  expect(await storedShare()).toBe(0.4)
  await assumptions.getByLabel('Days after the end').fill('90')
  await assumptions.getByRole('button', { name: 'Save assumptions' }).click()
  await expect(assumptions).toBeHidden()
  await expect(page.getByText(`Saved the ROI assumptions of “${training}”.`)).toBeVisible()
  await expect(roi).toContainText('50% of the change is credited to the training')
  await expect(roi).not.toContainText('40% of the change')
  // More of the same improvement credited: a bigger benefit over the same costs.
  await expect
    .poll(async () => readPercent(await roi.locator('.roi-value').textContent()))
    .toBeGreaterThan(roiBefore)
  expect(await storedShare()).toBe(0.5)
  // The toast's Undo puts the previous assumptions back; then the change is made again.
  const toast = page.locator('.toast', { hasText: 'Saved the ROI assumptions of' })
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(roi).toContainText('40% of the change is credited to the training')
  await expect.poll(storedShare).toBe(0.4)
  await roi.getByRole('button', { name: 'Edit assumptions…' }).click()
  await share.fill('50')
  await assumptions.getByRole('button', { name: 'Save assumptions' }).click()
  await expect(assumptions).toBeHidden()
  await expect.poll(storedShare).toBe(0.5)
  const glanceRow = page
    .getByRole('region', { name: 'At a glance' })
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: training, exact: true }) })
  await expect(glanceRow.locator('.glance-roi .glance-figure')).toHaveText(
    (await roi.locator('.roi-value').textContent())!,
  )

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

// The overview and a ROI card as a manager reads them, in both themes, at 1280 × 900: each
// training's four figures and where its return stands, and the assumptions dialog with an error.
// The screenshots are kept with the test's output to look at.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })
    test('at a glance, each training’s levels and where its ROI stands', async ({
      app,
    }, testInfo) => {
      // Four axe scans on a full screen: slow on a busy machine.
      test.setTimeout(120_000)
      const { page } = app
      const shot = (name: string) =>
        page.screenshot({ path: testInfo.outputPath(`evaluation-${name}-${colorScheme}.png`) })
      await page.setViewportSize({ width: 1280, height: 900 })
      await openSampleCompany(page)
      await goTo(page, 'Evaluation & ROI')
      const glance = page.getByRole('region', { name: 'At a glance' })
      const rowOf = (title: string) =>
        glance
          .getByRole('row')
          .filter({ has: page.getByRole('button', { name: title, exact: true }) })

      const paid = rowOf(training)
      await expect(paid.getByRole('cell').last()).toContainText(/^\+[\d,]+%paid back$/)
      await expect(paid.getByRole('cell').nth(3)).toContainText('On-time delivery')
      await expect(paid.getByRole('cell').nth(3)).toContainText('better')
      const waiting = rowOf('Five-minute Stockwise drills')
      await expect(waiting.getByRole('cell').last()).toHaveText('—waiting for the KPI')
      await expect(waiting.getByRole('cell').nth(3)).toContainText('Missing')
      const fell = rowOf('Roast profiling mentoring with the head roaster')
      await expect(fell.getByRole('cell').last()).toContainText('negative')
      await expect(fell.getByRole('cell').nth(3)).toContainText('worse')
      await expect(
        rowOf('Lunch & learn: what EUDR means for us').getByRole('cell').last(),
      ).toHaveText('—no KPI linked')
      // The table fits the window: nothing is cut off or needs a sideways scroll.
      const fits = await glance.evaluate((section) => {
        const table = section.querySelector('table')!
        return (
          table.scrollWidth <= section.clientWidth &&
          document.documentElement.scrollWidth <= window.innerWidth
        )
      })
      expect(fits).toBe(true)
      expect(await findSeriousViolations(page), 'evaluation screen').toEqual([])
      await shot('glance')

      // A title jumps to its card, whose ROI says why and on which assumptions.
      await paid.getByRole('button', { name: training, exact: true }).click()
      const card = page.getByRole('article', { name: training })
      await expect(card.getByRole('heading', { name: training })).toBeFocused()
      const roi = card.getByRole('region', { name: 'Return on investment' })
      await expect(roi).toContainText('The assumptions behind it')
      await roi.scrollIntoViewIfNeeded()
      await shot('roi-card')

      // A campaign's ROI names each KPI's assumptions, from the training that values it.
      const campaign = page.getByRole('article', { name: 'Stockwise go-live programme' })
      const campaignRoi = campaign.getByRole('region', { name: 'Return on investment' })
      await expect(campaignRoi).toContainText('not paid back yet')
      await expect(campaignRoi).toContainText(/pays back around \w+ \d{4}/)
      await expect(campaignRoi).toContainText('€1,800 a month for each point, 60% credited')
      await campaignRoi.scrollIntoViewIfNeeded()
      await shot('campaign-roi')

      await roi.scrollIntoViewIfNeeded()
      await roi.getByRole('button', { name: 'Edit assumptions…' }).click()
      const dialog = page.getByRole('dialog', { name: 'ROI assumptions' })
      await expect(dialog).toBeVisible()
      expect(await findSeriousViolations(page), 'assumptions dialog').toEqual([])
      await shot('assumptions')
      await dialog.getByLabel('Share credited', { exact: true }).fill('150')
      await dialog.getByRole('button', { name: 'Save assumptions' }).click()
      await expect(dialog.getByText('Enter a share from 0 to 100, such as 60.')).toBeVisible()
      expect(await findSeriousViolations(page), 'assumptions dialog with an error').toEqual([])
      await shot('assumptions-error')
      await dialog.getByRole('button', { name: 'Cancel' }).click()
      await expect(dialog).toBeHidden()
      const stored = (await readStore<Initiative>(page, 'initiatives')).find(
        (i) => i.title === training,
      )
      expect(stored?.evaluationAssumptions.attributionShare).toBe(0.4)
    })
  })
}
