import { expect, test } from '../harness/fixture'
import { findSeriousViolations } from '../support/axe'
import { goTo, openSampleCompany, screenTitles } from './helpers'

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('every screen passes an automated accessibility scan', async ({ app }) => {
      // Axe walks every screen in turn; on a loaded 2-core machine that takes about a minute.
      test.setTimeout(180_000)
      const { page } = app
      expect(await findSeriousViolations(page), 'welcome screen').toEqual([])
      await openSampleCompany(page)
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme)
      for (const title of screenTitles) {
        await goTo(page, title)
        expect(await findSeriousViolations(page), title).toEqual([])
      }
      await page
        .getByRole('combobox', { name: 'Workspace' })
        .selectOption({ label: 'New workspace…' })
      await expect(page.getByRole('dialog', { name: 'New workspace' })).toBeVisible()
      expect(await findSeriousViolations(page), 'new workspace dialog').toEqual([])
    })

    test('the review cycle people dialogs and the training budget section pass a scan', async ({
      app,
    }) => {
      test.setTimeout(120_000)
      const { page } = app
      await openSampleCompany(page)
      await goTo(page, 'Reviews')
      await page.getByRole('button', { name: 'New review cycle' }).click()
      const create = page.getByRole('dialog', { name: 'New review cycle' })
      await create.getByRole('button', { name: 'Create cycle' }).click()
      await create.getByRole('checkbox', { name: /^Everyone in Café Support/ }).check()
      await create.getByLabel('Find a person, role or team').fill('roaster')
      expect(await findSeriousViolations(page), 'new review cycle with the picker').toEqual([])
      await create.getByRole('button', { name: 'Cancel' }).click()
      await page.getByRole('button', { name: 'Add people…' }).click()
      await page.getByRole('button', { name: 'Add to cycle' }).click()
      expect(await findSeriousViolations(page), 'add people to a cycle').toEqual([])
      await page.getByRole('button', { name: 'Cancel' }).click()
      await page.getByRole('button', { name: /^Remove Conor Fitzgerald/ }).click()
      await expect(page.getByRole('dialog', { name: /^Remove Conor Fitzgerald/ })).toBeVisible()
      expect(await findSeriousViolations(page), 'remove from a cycle').toEqual([])
      await page.getByRole('button', { name: 'Remove from cycle' }).click()
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible()
      expect(await findSeriousViolations(page), 'removed, with Undo').toEqual([])
      await page.getByRole('button', { name: /^Remove Arjun Mehta/ }).click()
      await expect(page.getByRole('dialog', { name: /^Arjun Mehta stays/ })).toBeVisible()
      expect(await findSeriousViolations(page), 'a final review stays').toEqual([])
      await page.getByRole('button', { name: 'Close' }).click()

      await goTo(page, 'Settings')
      const budget = page.getByRole('region', { name: 'Currency and training budget' })
      await budget.getByLabel('Default budget per half year').fill('-1')
      await budget.getByRole('button', { name: 'Save currency and budget' }).click()
      await expect(budget.getByRole('alert')).toBeVisible()
      expect(await findSeriousViolations(page), 'training budget with a problem').toEqual([])
    })
  })
}
