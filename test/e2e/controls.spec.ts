import type { Page } from '@playwright/test'
import { expect, test } from '../harness/fixture'
import { findControlProblems } from '../support/control-checks'
import { goTo, openSampleCompany, screenTitles } from './helpers'

const personTabs = ['Profile', 'Skills', 'Plan', 'Goals', 'Check-ins', 'Feedback', 'Reviews']

test('every icon-only button has a name and a tooltip, and no two buttons touch', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const { page } = app
  await openSampleCompany(page)
  const problems: string[] = []
  const check = async (where: string): Promise<void> => {
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'))
    for (const problem of await findControlProblems(page)) problems.push(`${where}: ${problem}`)
  }
  for (const title of screenTitles) {
    await goTo(page, title)
    await check(title)
    // Every main tab of the screen, as a manager would click through them.
    const tabs = page.getByRole('main').getByRole('tablist').first().getByRole('tab')
    const names = (await tabs.count()) > 0 ? await tabs.allInnerTexts() : []
    for (const name of names.slice(1)) {
      await page.getByRole('main').getByRole('tab', { name: name.trim(), exact: true }).click()
      await check(`${title} › ${name.trim()}`)
    }
  }
  await page.evaluate(() => (window.location.hash = '/people/person-05'))
  for (const tab of personTabs) {
    const tabButton = page.getByRole('tab', { name: tab, exact: true })
    if ((await tabButton.count()) === 0) continue
    await tabButton.click()
    await check(`person ${tab}`)
  }

  // The check-in editor, with its formatting tools, links and agenda.
  await goTo(page, 'Check-ins')
  await page
    .getByRole('button', { name: /^Start check-in with / })
    .first()
    .click()
  await expect(page.getByRole('heading', { name: 'Suggested talking points' })).toBeVisible()
  await check('check-in editor')

  // Dialogs: only the open dialog is checked while one is open.
  const dialogs: Array<[string, string, string]> = [
    ['People', 'Add person', 'Add a person'],
    ['Skills & roles', 'Add skill', 'Add a skill'],
    ['Goals', 'Add goal', 'Add a goal'],
  ]
  for (const [screen, button, dialog] of dialogs) {
    await goTo(page, screen)
    await page.getByRole('button', { name: button, exact: true }).first().click()
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible()
    await check(`${dialog} dialog`)
    await page.keyboard.press('Escape')
  }
  expect(problems).toEqual([])
})

async function expectTooltipInView(page: Page, text: string): Promise<void> {
  const tooltip = page.locator('.icon-tooltip')
  await expect(tooltip).toBeVisible()
  await expect(tooltip).toHaveText(text)
  const box = (await tooltip.boundingBox())!
  const viewport = page.viewportSize()!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
}

test('an icon-only button shows its name as a tooltip on keyboard focus and on hover, inside the window', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Skills & roles')
  const edit = page
    .locator('.skill-group')
    .getByRole('button', { name: /^Edit / })
    .first()
  await edit.focus()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Tab')
  await expectTooltipInView(page, (await edit.getAttribute('aria-label'))!)
  await page.keyboard.press('Escape')
  await expect(page.locator('.icon-tooltip')).toBeHidden()

  // A button at the right edge of the window keeps its whole tooltip in view.
  await goTo(page, 'Goals')
  await page.getByRole('tab', { name: 'Business goals' }).click()
  const remove = page.getByRole('button', { name: /^Delete / }).first()
  await remove.hover()
  await expectTooltipInView(page, (await remove.getAttribute('aria-label'))!)
  await page.mouse.move(0, 0)
  await expect(page.locator('.icon-tooltip')).toBeHidden()
})
