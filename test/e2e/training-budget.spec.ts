import type { Page } from '@playwright/test'
import {
  formatPlanPeriod,
  shiftPlanPeriod,
  toPlanPeriod,
} from '../../src/shared/domain/training/periods'
import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany } from './helpers'
import { readStore } from '../support/read-records'

async function readSettings(page: Page): Promise<Record<string, unknown>> {
  const records = await readStore<{ key: string; value: unknown }>(page, 'settings')
  return Object.fromEntries(records.map(({ key, value }) => [key, value]))
}

test('the training budget per half year and the currency are set in Settings and shown in Training', async ({
  app,
}) => {
  test.setTimeout(90_000)
  const { page } = app
  await openSampleCompany(page)
  // The page's own today, which the sample and the app both date from.
  const today = await page.evaluate(() => {
    const now = new Date()
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-01`
  })
  const current = toPlanPeriod(today)
  const next = shiftPlanPeriod(current, 1)
  await goTo(page, 'Settings')
  const section = page.getByRole('region', { name: 'Currency and training budget' })
  const nowField = section.getByLabel(`Budget for ${formatPlanPeriod(current)} (now)`)
  const save = section.getByRole('button', { name: 'Save currency and budget' })
  await expect(section.getByLabel('Currency')).toHaveValue('EUR')
  await expect(section.getByLabel('Default budget per half year')).toHaveValue('5000')
  await expect(nowField).toHaveValue('')
  await expect(nowField).toHaveAttribute('placeholder', 'Default: €5,000')
  const before = await readSettings(page)

  await test.step('bad amounts are refused with a message naming the amount', async () => {
    await nowField.fill('-5')
    await save.click()
    await expect(section.getByRole('alert')).toHaveText(
      `The budget for ${formatPlanPeriod(current)} cannot be below 0.`,
    )
    await expect(nowField).toBeFocused()
    await expect(nowField).toHaveAttribute('aria-invalid', 'true')
    await nowField.fill('20000000')
    await save.click()
    await expect(section.getByRole('alert')).toHaveText(
      `The budget for ${formatPlanPeriod(current)} is more than 10,000,000: check the amount for a slip.`,
    )
    await nowField.fill('7500')
    await section.getByLabel('Default budget per half year').fill('')
    await save.click()
    await expect(section.getByRole('alert')).toHaveText(
      'The default budget is empty: type an amount, 0 or more.',
    )
    await expect(section.getByLabel('Default budget per half year')).toBeFocused()
    expect(await readSettings(page)).toEqual(before)
  })

  await test.step('a good budget and currency are saved together', async () => {
    await section.getByLabel('Default budget per half year').fill('6000')
    await section.getByLabel('Currency').selectOption('GBP')
    await expect(nowField).toHaveAttribute('placeholder', 'Default: £6,000')
    await save.click()
    await expect(
      page.getByText(/^Saved the training budget in GBP: £6,000 by default, /),
    ).toBeVisible()
    await expect(section.getByRole('alert')).toHaveCount(0)
    const after = await readSettings(page)
    expect(after).toEqual({
      ...before,
      currency: 'GBP',
      defaultTrainingBudget: 6000,
      trainingBudgets: { [current]: 7500 },
    })
  })

  await test.step('the training budget view shows the saved amounts in the currency', async () => {
    await goTo(page, 'Training')
    await page.getByRole('tab', { name: 'Team plans & budget' }).click()
    const card = page.getByRole('region', { name: `Budget for ${formatPlanPeriod(current)}` })
    await expect(card.getByTestId('budget-set')).toHaveText('£7,500')
    await expect(card).not.toContainText('(the default budget)')
    await page.getByLabel('Period').selectOption(next)
    const nextCard = page.getByRole('region', { name: `Budget for ${formatPlanPeriod(next)}` })
    await expect(nextCard.getByTestId('budget-set')).toHaveText('£6,000')
    await expect(nextCard).toContainText('(the default budget)')
  })

  await test.step('a half year’s budget is set in place, checked as Settings checks it', async () => {
    const nextCard = page.getByRole('region', { name: `Budget for ${formatPlanPeriod(next)}` })
    const stored = await readSettings(page)
    await nextCard.getByRole('button', { name: 'Set budget' }).click()
    const amount = nextCard.getByLabel(`Budget for ${formatPlanPeriod(next)}`)
    await expect(amount).toBeFocused()
    await expect(amount).toHaveValue('6000')
    await amount.fill('12.345')
    await nextCard.getByRole('button', { name: 'Save budget' }).click()
    await expect(nextCard.getByRole('alert')).toHaveText(
      `The budget for ${formatPlanPeriod(next)} has more than 2 decimals.`,
    )
    await expect(amount).toBeFocused()
    expect(await readSettings(page)).toEqual(stored)
    await amount.fill('6500')
    await nextCard.getByRole('button', { name: 'Save budget' }).click()
    await expect(
      page.getByText(`Set the budget for ${formatPlanPeriod(next)} to £6,500.`),
    ).toBeVisible()
    await expect(nextCard.getByTestId('budget-set')).toHaveText('£6,500')
    await expect(nextCard).not.toContainText('(the default budget)')
    await expect(nextCard.getByRole('button', { name: 'Save budget' })).toHaveCount(0)
    expect(await readSettings(page)).toEqual({
      ...stored,
      trainingBudgets: { [current]: 7500, [next]: 6500 },
    })
  })

  await test.step('the Settings section opens on what was saved', async () => {
    await goTo(page, 'Settings')
    await expect(section.getByLabel('Currency')).toHaveValue('GBP')
    await expect(nowField).toHaveValue('7500')
    await expect(section.getByLabel(`Budget for ${formatPlanPeriod(next)}`)).toHaveValue('6500')
  })
})
