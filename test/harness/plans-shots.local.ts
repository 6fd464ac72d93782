import { expect } from '@playwright/test'
import { launchBrowser, openHarnessApp } from './launch'

const out = '/tmp/plans-shots'
const browser = await launchBrowser()
const app = await openHarnessApp(browser, { colorScheme: (process.env.SCHEME as 'light' | 'dark') ?? 'light', viewport: { width: 1440, height: 900 } })
const { page } = app
page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()) })
try {
  await page.getByRole('button', { name: /Explore the sample company/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({ timeout: 20000 })
  await page.evaluate(() => (window.location.hash = '/training'))
  await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible()
  await page.waitForTimeout(800)
  await page.screenshot({ path: `${out}/catalogue.png`, fullPage: true })
  await page.getByRole('tab', { name: 'Campaigns' }).click()
  await page.waitForTimeout(800)
  await page.screenshot({ path: `${out}/campaigns.png`, fullPage: true })
  await page.getByRole('tab', { name: 'Team plans & budget' }).click()
  await page.waitForTimeout(800)
  await page.screenshot({ path: `${out}/team.png`, fullPage: true })
  await page.evaluate(() => (window.location.hash = '/people/person-05'))
  await page.getByRole('tab', { name: 'Plan' }).click()
  await page.waitForTimeout(800)
  await page.screenshot({ path: `${out}/plan.png`, fullPage: true })
  await page.getByRole('button', { name: 'Suggest a plan' }).first().click()
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${out}/suggest.png` })
} finally {
  await app.close()
  await browser.close()
}
