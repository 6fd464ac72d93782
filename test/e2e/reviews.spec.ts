import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../harness/fixture'
import { findSeriousViolations } from '../support/axe'
import { goTo, openSampleCompany } from './helpers'

test('a review is rated with its evidence and bias checks, and a packet exports as a PDF and a cancelled batch leaves no file', async ({
  app,
}) => {
  test.setTimeout(90_000)
  const { page, tempDir } = app
  await openSampleCompany(page)
  await goTo(page, 'Reviews')
  await page
    .getByRole('button', { name: /^Open the review of / })
    .first()
    .click()
  const dialog = page.getByRole('dialog', { name: /^Review: / })
  await expect(dialog.getByRole('heading', { name: 'Bias checks' })).toBeVisible()
  await expect(
    dialog.getByRole('heading', { name: /Evidence of the period \(\d+\)/ }),
  ).toBeVisible()
  expect(await findSeriousViolations(page), 'review dialog').toEqual([])
  await dialog.getByLabel('Overall rating').selectOption({ index: 0 })
  await dialog.getByLabel('State').selectOption('final')
  await dialog.getByRole('button', { name: 'Save review' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'Give an overall rating before the review is final.',
  )
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await page.getByRole('tab', { name: 'Calibration' }).click()
  await expect(
    page.getByRole('heading', { name: '9-box: performance and potential' }),
  ).toBeVisible()
  expect(await findSeriousViolations(page), 'calibration').toEqual([])

  await goTo(page, 'Reports & export')
  expect(await findSeriousViolations(page), 'reports').toEqual([])
  const packetPath = join(tempDir, 'packet.pdf')
  await app.answerSaveDialog(packetPath)
  await page.getByRole('button', { name: 'Export packet as PDF…' }).click()
  await expect(page.getByText('Saved packet.pdf.')).toBeVisible({ timeout: 20_000 })
  execFileSync('qpdf', ['--check', packetPath])
  expect(execFileSync('pdftotext', [packetPath, '-'], { encoding: 'utf8' })).toContain(
    'Skills against the role',
  )

  const folder = join(tempDir, 'batch')
  execFileSync('mkdir', ['-p', folder])
  await app.answerOpenDialog(folder)
  await page.getByLabel('Packets for').selectOption({ index: 0 })
  await page.getByRole('button', { name: 'Export packets…' }).click()
  await expect(page.getByText(/^[1-7] of 8 packets$/)).toBeVisible({ timeout: 20_000 })
  await page.getByRole('button', { name: 'Cancel export' }).click()
  await expect(
    page.getByText(/^Export cancelled: \d+ packets discarded, no file written\.$/),
  ).toBeVisible({
    timeout: 20_000,
  })
  expect(readdirSync(folder)).toEqual([])
})
