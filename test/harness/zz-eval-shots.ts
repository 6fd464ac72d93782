import { expect } from '@playwright/test'
import { launchBrowser, openHarnessApp } from './launch'
const scheme = (process.argv[2] ?? 'light') as 'light' | 'dark'
const browser = await launchBrowser()
const app = await openHarnessApp(browser, { colorScheme: scheme, viewport: { width: 1440, height: 900 } })
const { page } = app
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()) })
try {
  await page.getByRole('button', { name: /Explore the sample company/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({ timeout: 20000 })
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'))
  await page.screenshot({ path: `/tmp/shot-dashboard-${scheme}.png`, fullPage: true })
  await page.evaluate(() => (window.location.hash = '/evaluation'))
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluation & ROI' })).toBeVisible({ timeout: 20000 })
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'))
  await page.waitForTimeout(500)
  await page.screenshot({ path: `/tmp/shot-eval-${scheme}.png` })
  await page.screenshot({ path: `/tmp/shot-eval-full-${scheme}.png`, fullPage: true })
  await page.getByRole('button', { name: 'Record evaluation' }).nth(0).click()
  await page.waitForTimeout(300)
  await page.screenshot({ path: `/tmp/shot-record-${scheme}.png` })
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Edit assumptions' }).nth(0).click()
  await page.waitForTimeout(300)
  await page.screenshot({ path: `/tmp/shot-assume-${scheme}.png` })
} finally {
  await app.close()
  await browser.close()
}
