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
  expect(problems).toEqual([])
})

test('an icon-only button shows its name as a tooltip on keyboard focus', async ({ app }) => {
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
  const tooltip = await edit.evaluate((button) => getComputedStyle(button, '::after').content)
  expect(tooltip).toBe(`"${await edit.getAttribute('aria-label')}"`)
})
