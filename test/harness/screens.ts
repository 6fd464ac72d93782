// `npm run screens`: a PNG of every screen with the sample company, light and dark, in docs/screens/.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import { routeList } from '../../src/renderer/src/app/route-list'
import { exampleBackupFolder } from '../support/test-ports'
import { launchBrowser, openHarnessApp } from './launch'

const outputFolder = join(process.cwd(), 'docs', 'screens')

async function captureTheme(colorScheme: 'light' | 'dark'): Promise<string[]> {
  const browser = await launchBrowser()
  // Settings shows a backup folder a user would have, not the harness's temp folder.
  const app = await openHarnessApp(browser, {
    colorScheme,
    viewport: { width: 1440, height: 900 },
    backupFolder: exampleBackupFolder(),
  })
  const { page } = app
  const written: string[] = []
  const shoot = async (name: string): Promise<void> => {
    // No screenshot may show where the harness keeps its files.
    expect(await page.locator('body').innerText(), name).not.toContain(app.tempDir)
    const file = join(outputFolder, `${name}-${colorScheme}.png`)
    await page.screenshot({ path: file })
    written.push(file)
  }
  try {
    await expect(
      page.getByRole('heading', { name: 'Grow your people, not just grade them' }),
    ).toBeVisible()
    await shoot('welcome')
    await page.getByRole('button', { name: /Explore the sample company/ }).click()
    for (const { id, path, title } of routeList) {
      await page.evaluate((hash) => (window.location.hash = hash), path)
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({
        timeout: 20_000,
      })
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'))
      await expect(
        page.getByText(/^(Loading|Preparing) [^.]*…$/).filter({ visible: true }),
        title,
      ).toHaveCount(0, {
        timeout: 20_000,
      })
      await page.evaluate(() => document.fonts.ready)
      await shoot(id)
    }
    await page.evaluate(() => (window.location.hash = '/matrix'))
    await page.getByRole('tab', { name: 'Gap analysis' }).click()
    await expect(page.getByRole('heading', { name: 'Single points of failure' })).toBeVisible()
    await shoot('gap-analysis')
    await page.evaluate(() => (window.location.hash = '/people/person-05'))
    await expect(page.getByRole('tab', { name: 'Profile' })).toBeVisible()
    await shoot('person-profile')
    await page.evaluate(() => (window.location.hash = '/people'))
    await page.getByRole('tab', { name: 'Org chart' }).click()
    await shoot('org-chart')
    await page.evaluate(() => (window.location.hash = '/people/import'))
    app.dialogs.openPaths.push(
      join(process.cwd(), 'test', 'fixtures', 'csv', 'roster-hr-export.csv'),
    )
    await page.getByRole('button', { name: 'Choose a CSV file…' }).click()
    await page.getByRole('button', { name: 'Continue to columns' }).click()
    await shoot('import-columns')
    await page.getByRole('button', { name: 'Continue to review' }).click()
    await expect(page.getByRole('group', { name: 'Import summary' })).toBeVisible()
    await shoot('import-review')
  } finally {
    await app.close()
    await browser.close()
  }
  return written
}

await mkdir(outputFolder, { recursive: true })
for (const scheme of ['light', 'dark'] as const) {
  const files = await captureTheme(scheme)
  console.log(`${scheme}: wrote ${files.length} screenshots to docs/screens/`)
}
