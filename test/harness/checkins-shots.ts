// Screenshots of the check-in screens with the sample company (a development aid: node --import tsx).
import { expect } from '@playwright/test'
import { launchBrowser, openHarnessApp } from './launch'

const out = process.env.SHOTS ?? '/tmp/ckshots'
const scheme = (process.env.SCHEME as 'light' | 'dark' | undefined) ?? 'light'
const browser = await launchBrowser()
const app = await openHarnessApp(browser, {
  colorScheme: scheme,
  viewport: { width: 1440, height: 900 },
})
const { page } = app
const shoot = (name: string, fullPage = false) =>
  page.screenshot({ path: `${out}/${name}-${scheme}.png`, fullPage })
try {
  await page.getByRole('button', { name: /Explore the sample company/ }).click()
  await expect(page.locator('[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
  await shoot('dashboard', true)
  await page.evaluate(() => (window.location.hash = '/checkins'))
  await expect(page.getByRole('heading', { level: 1, name: 'Check-ins' })).toBeVisible()
  await page.waitForTimeout(500)
  await shoot('checkins-due', true)
  await page.getByRole('tab', { name: 'Recent' }).click()
  await page.waitForTimeout(300)
  await shoot('checkins-recent')
  await page.getByRole('tab', { name: 'Search' }).click()
  await page.getByLabel('Search check-in notes and feedback').fill('grinder')
  await page.waitForTimeout(500)
  await shoot('checkins-search')
  await page.getByRole('tab', { name: 'Templates' }).click()
  await page.waitForTimeout(300)
  await shoot('checkins-templates', true)
  await page.getByRole('tab', { name: 'Due' }).click()
  await page
    .getByRole('button', { name: /^Start check-in/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name: /Check-in with/ })).toBeVisible()
  await page.waitForTimeout(500)
  await shoot('checkin-editor', true)
  const person = (await page.getByRole('link', { name: 'Profile' }).getAttribute('href')) ?? ''
  await page.evaluate((hash) => (window.location.hash = hash), person.replace(/^#/, ''))
  await page.getByRole('tab', { name: 'Check-ins' }).click()
  await page.waitForTimeout(500)
  await shoot('person-checkins', true)
  await page.getByRole('tab', { name: 'Feedback' }).click()
  await page.waitForTimeout(300)
  await shoot('person-feedback', true)
  await page.getByRole('tab', { name: 'Timeline' }).click()
  await page.waitForTimeout(300)
  await shoot('person-timeline')
  await page.keyboard.press('Control+Shift+F')
  await page.waitForTimeout(300)
  await shoot('quick-feedback')
  await page.keyboard.press('Escape')
  await page.evaluate(() => (window.location.hash = '/settings'))
  await page.waitForTimeout(300)
  await shoot('settings', true)
  console.log('errors:', app.consoleErrors)
} finally {
  await app.close()
  await browser.close()
}
