import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany, screenTitles } from './helpers'

async function findSeriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    )
}

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
  })
}
