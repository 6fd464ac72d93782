import { join } from 'node:path'
import { expect, test } from '../harness/fixture'
import { continueToImportReview, goTo, openSampleCompany } from './helpers'

const sizes = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]

for (const size of sizes) {
  test(`at ${size.width}x${size.height}, the import review table scrolls in its own box, says so, and nothing is cut off`, async ({
    app,
  }) => {
    const { page } = app
    await page.setViewportSize(size)
    await openSampleCompany(page)
    await page.evaluate(() => (window.location.hash = '/people/import'))
    await app.answerOpenDialog(
      join(process.cwd(), 'test', 'fixtures', 'csv', 'roster-hr-export.csv'),
    )
    await page.getByRole('button', { name: 'Choose a CSV file…' }).click()
    await page.getByRole('button', { name: 'Continue to columns' }).click()
    await continueToImportReview(page)
    const box = page.getByRole('region', { name: 'Rows as they will be saved' })
    await expect(box.getByRole('columnheader', { name: 'Status' })).toBeAttached()

    const card = page.locator('section.card', { has: box })
    const cardBox = (await card.boundingBox())!
    const boxBox = (await box.boundingBox())!
    expect(boxBox.x).toBeGreaterThanOrEqual(cardBox.x)
    expect(boxBox.x + boxBox.width).toBeLessThanOrEqual(cardBox.x + cardBox.width)
    // The page itself never scrolls sideways: only the table's box does.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true)
    // The box is never taller than the window, so its sideways scrollbar shows with its rows.
    expect(boxBox.height).toBeLessThanOrEqual(size.height)

    const overflow = await box.evaluate((element) => ({
      isWider: element.scrollWidth > element.clientWidth,
      overflowX: getComputedStyle(element).overflowX,
    }))
    expect(overflow.overflowX).toBe('auto')
    const hint = page.getByText('scroll it sideways to see every column')
    const frame = page.locator('.import-preview')
    if (overflow.isWider) {
      // Ten columns do not fit here: the box says so in words and with a shade on the cut side.
      await expect(hint).toBeVisible()
      await expect(frame).toHaveClass(/is-cut-right/)
      await expect(frame).not.toHaveClass(/is-cut-left/)
      await box.evaluate((element) => (element.scrollLeft = element.scrollWidth))
      await expect(frame).toHaveClass(/is-cut-left/)
      await expect(frame).not.toHaveClass(/is-cut-right/)
    } else {
      await expect(hint).toHaveCount(0)
    }
    // Scrolled to its end, the last column is whole inside the box.
    const last = (await box.getByRole('columnheader', { name: 'Status' }).boundingBox())!
    const inner = await box.evaluate((element) => {
      const rect = element.getBoundingClientRect()
      return {
        left: rect.left + element.clientLeft,
        right: rect.left + element.clientLeft + element.clientWidth,
      }
    })
    expect(last.x).toBeGreaterThanOrEqual(inner.left)
    expect(last.x + last.width).toBeLessThanOrEqual(inner.right + 0.5)
  })
}

test('a goal with no progress recorded says "No progress yet", not "On track", until a value is recorded', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Goals')
  // A SMART goal whose updates carry only words ("on track") and no value.
  const title = 'Finish the Stockwise drills and two coached shifts'
  const row = page
    .locator('.goal-row')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) })
  await expect(row.locator('.goal-progress-value')).toHaveText('—')
  await expect(row.locator('.goal-confidence')).toHaveText('No progress yet')
  await expect(row).not.toContainText('On track')

  await page.getByRole('button', { name: title, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: title })
  const progress = dialog.getByRole('region', { name: 'Progress' })
  await expect(progress.locator('.goal-confidence')).toHaveText('No progress yet')
  await dialog.getByLabel('Share done (%)').fill('40')
  await dialog.getByLabel('On track').check()
  await dialog.getByRole('button', { name: 'Record update' }).click()
  await expect(progress.locator('.goal-progress-value')).toHaveText('40%')
  await expect(progress.locator('.goal-confidence')).toHaveText('On track')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(row.locator('.goal-progress-value')).toHaveText('40%')
  await expect(row.locator('.goal-confidence')).toHaveText('On track')
})

for (const size of sizes) {
  test(`at ${size.width}x${size.height}, the reports screen's dropdowns show their whole label`, async ({
    app,
  }) => {
    const { page } = app
    await page.setViewportSize(size)
    await openSampleCompany(page)
    await goTo(page, 'Reports & export')
    const period = page.getByLabel('Period', { exact: true })
    await expect(period.locator('option:checked')).toHaveText(
      /^2026 H2 review: Wholesale & Customer Care \(2026-07-01 to 2026-12-31\)$/,
    )
    for (const select of await page.locator('main select').all()) {
      const fit = await select.evaluate((element) => {
        const own = element as HTMLSelectElement
        // The width Chromium itself gives a select holding only the chosen label, styled the same.
        const probe = document.createElement('select')
        probe.className = own.className
        probe.style.cssText = 'position: absolute; visibility: hidden; width: auto; max-width: none'
        probe.append(new Option(own.selectedOptions[0]?.text ?? ''))
        own.parentElement!.append(probe)
        const needed = probe.getBoundingClientRect().width
        probe.remove()
        return {
          label: own.selectedOptions[0]?.text ?? '',
          needed,
          width: own.getBoundingClientRect().width,
          isOverflowing: own.scrollWidth > own.clientWidth,
        }
      })
      expect(fit.isOverflowing, fit.label).toBe(false)
      expect(fit.width, fit.label).toBeGreaterThanOrEqual(fit.needed - 0.5)
    }
  })
}

test('the dashboard gives one number for a late check-in: the days overdue, the same on the check-ins list', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  const dueCard = page.locator('section.card', {
    has: page.getByRole('heading', { name: 'Check-ins due and overdue' }),
  })
  const signalsCard = page.locator('section.card', {
    has: page.getByRole('heading', { name: 'Attention signals' }),
  })
  await expect(dueCard.locator('.due-list li').first()).toBeVisible()
  await expect(signalsCard.locator('.signal-list li').first()).toBeVisible()

  const readDays = (text: string | null) => Number(/(\d+) days? overdue/.exec(text ?? '')?.[1])
  const dueDays = new Map<string, number>()
  for (const item of await dueCard.locator('.due-list li').all()) {
    const tag = await item.locator('.tag').textContent()
    if (!/overdue/.test(tag ?? '')) continue
    const name = (await item.locator('strong').textContent())!.trim()
    dueDays.set(name, readDays(tag))
    // The line under the name says which date it is overdue from.
    await expect(item).toContainText(/was due [A-Z][a-z]{2} \d{1,2}, \d{4}/)
  }
  const signalDays = new Map<string, number>()
  for (const title of await signalsCard.locator('.signal-list li strong').allTextContents()) {
    const match = /^(.+): check-in (\d+) days? overdue$/.exec(title)
    if (match) signalDays.set(match[1]!, Number(match[2]))
  }
  const shared = [...signalDays.keys()].filter((name) => dueDays.has(name))
  expect(shared.length, 'people late in both cards').toBeGreaterThan(0)
  for (const name of shared) expect(signalDays.get(name), name).toBe(dueDays.get(name))
  // Never a second count of the same lateness (days since the last check-in).
  await expect(page.getByText(/no check-in for \d+ days/)).toHaveCount(0)

  await goTo(page, 'Check-ins')
  for (const name of shared) {
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) })
    await expect(row.locator('.due-status')).toHaveText(
      `${dueDays.get(name)} ${dueDays.get(name) === 1 ? 'day' : 'days'} overdue`,
    )
  }
})
