import { expect, test } from '../harness/fixture'
import type { Page } from '@playwright/test'
import { goTo, openSampleCompany } from './helpers'

/** The sample company's skills matrix, opened from the navigation; returns the grid. */
async function openSampleMatrix(page: Page) {
  await openSampleCompany(page)
  await goTo(page, 'Skills matrix')
  return page.getByRole('grid', { name: /Skills matrix/ })
}

test('levels can be set from the keyboard, and the gap updates at once and after a reload', async ({
  app,
}) => {
  const { page } = app
  const grid = await openSampleMatrix(page)
  await expect(grid).toBeVisible()
  await page.getByLabel('Sort people').selectOption('name')

  // Find a cell with a gap, focus the grid on it and fix the gap with a digit key.
  const gapCell = grid.getByRole('gridcell', { name: /, gap \d/ }).first()
  const label = (await gapCell.getAttribute('aria-label'))!
  const [who, skill] = label.split(': ')[0]!.split(', ')
  const required = Number(/required (\d)/.exec(label)![1])
  await gapCell.dispatchEvent('mousedown')
  await grid.focus()
  await page.keyboard.press(String(required))
  const fixed = grid.getByRole('gridcell', {
    name: `${who}, ${skill}: level ${required}`,
    exact: false,
  })
  await expect(fixed).toHaveAttribute('aria-label', new RegExp(`meets the requirement$`))

  // Arrow keys move the active cell; Enter opens its details with the history.
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: `${who} · ${skill}` })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'History' })).toBeVisible()
  await expect(dialog.getByText('Manager ·').first()).toBeVisible()
  await page.keyboard.press('Escape')

  await page.reload()
  await goTo(page, 'Skills matrix')
  await page.getByLabel('Sort people').selectOption('name')
  await expect(
    page
      .getByRole('grid', { name: /Skills matrix/ })
      .getByRole('gridcell', { name: new RegExp(`^${who}, ${skill}: level ${required}`) }),
  ).toHaveAttribute('aria-label', /meets the requirement$/)
})

test('filters and sorting narrow the matrix, and the gap analysis names systemic gaps', async ({
  app,
}) => {
  const { page } = app
  const grid = await openSampleMatrix(page)
  await page.getByLabel('Team').selectOption({ label: 'Warehouse & Logistics' })
  await expect(grid.getByRole('rowheader', { name: /Warehouse & Logistics/ })).toBeVisible()
  await expect(grid.getByRole('rowheader', { name: /Roastery/ })).toHaveCount(0)
  await page.getByLabel('Sort people').selectOption('total-gap')
  await page.getByLabel('Only critical skills').check()
  await expect(grid.getByRole('columnheader', { name: /critical/ }).first()).toBeVisible()

  await page.getByRole('tab', { name: 'Gap analysis' }).click()
  const systemic = page.getByRole('region', { name: 'Systemic gaps' })
  await expect(systemic.getByRole('row')).not.toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Single points of failure' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Where training helps most' })).toBeVisible()
})

test('a personal requirement overrides the role for one person, and the choice of source changes the levels', async ({
  app,
}) => {
  const { page } = app
  const grid = await openSampleMatrix(page)
  await page.getByLabel('Sort people').selectOption('name')
  const cell = grid.getByRole('gridcell', { name: /, required \d/ }).first()
  const label = (await cell.getAttribute('aria-label'))!
  const [who, skill] = label.split(': ')[0]!.split(', ')
  const roleLevel = Number(/required (\d)/.exec(label)![1])
  const personal = roleLevel === 4 ? 2 : roleLevel + 1
  await cell.dispatchEvent('mousedown')
  await grid.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: `${who} · ${skill}` })
  await dialog.getByLabel('Required level').selectOption(String(personal))
  await dialog.getByLabel('Why').fill('Moved to the day shift')
  await dialog.getByRole('button', { name: 'Save requirement' }).click()
  await expect(dialog.getByText('set for this person')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(
    grid.getByRole('gridcell', { name: new RegExp(`^${who}, ${skill}: `) }),
  ).toHaveAttribute('aria-label', new RegExp(`required ${personal}`))

  await page.getByLabel('Current level from').selectOption('any')
  await expect(page.getByLabel('Current level from')).toHaveValue('any')
  await page.reload()
  await goTo(page, 'Skills matrix')
  await expect(page.getByLabel('Current level from')).toHaveValue('any')
})

test('the cell a key moves to is drawn at once, even beyond the edge of the view', async ({
  app,
}) => {
  const { page } = app
  const grid = await openSampleMatrix(page)
  await expect(grid.getByRole('gridcell').first()).toBeVisible()
  await grid.focus()
  // aria-activedescendant must name a cell that exists the moment React has handled the key,
  // before any scroll event: that is what a screen reader reads.
  const misses = await page.evaluate(async () => {
    const element = document.querySelector<HTMLElement>('[role="grid"]')!
    const keys: [string, boolean][] = [
      ['PageDown', false],
      ['PageDown', false],
      ['End', false],
      ['Home', true],
      ['End', true],
      ['Home', false],
      ['PageUp', false],
      ['ArrowUp', false],
    ]
    const missed: string[] = []
    for (const [key, ctrlKey] of keys) {
      element.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true }))
      await new Promise<void>((resolve) => queueMicrotask(resolve))
      const id = element.getAttribute('aria-activedescendant')
      if (!id || !document.getElementById(id)) missed.push(`${ctrlKey ? 'Ctrl+' : ''}${key}`)
      await new Promise((resolve) => requestAnimationFrame(resolve))
    }
    return missed
  })
  expect(misses).toEqual([])
})

test('after scrolling, each drawn cell shows its own person, skill and level', async ({ app }) => {
  const { page } = app
  const grid = await openSampleMatrix(page)
  await expect(grid.getByRole('gridcell').first()).toBeVisible()
  // Elements are reused as cells scroll out and others in (use-slots.ts): none may keep old data.
  const checked = await grid.evaluate(async (element) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
    for (const [top, left] of [
      [700, 600],
      [150, 120],
      [420, 900],
    ]) {
      element.scrollTop = top!
      element.scrollLeft = left!
      await frame()
      await frame()
    }
    const skillAt = new Map(
      [...element.querySelectorAll('[role="columnheader"]')].map((header) => [
        header.getAttribute('aria-colindex'),
        header.getAttribute('title')?.replace(/ \([^)]*\)$/, ''),
      ]),
    )
    const problems: string[] = []
    let cells = 0
    for (const row of element.querySelectorAll('[role="row"]')) {
      const person = row.querySelector('.matrix-person')?.textContent
      if (!person) continue
      for (const cell of row.querySelectorAll<HTMLElement>('[role="gridcell"]')) {
        cells += 1
        const label = cell.getAttribute('aria-label') ?? ''
        const skill = skillAt.get(cell.getAttribute('aria-colindex'))
        const level = /: level (\d)/.exec(label)?.[1] ?? '–'
        if (!label.startsWith(`${person}, ${skill}: `) || cell.dataset.current !== level)
          problems.push(`${label} (drawn ${cell.dataset.current} under ${skill})`)
      }
    }
    return { cells, problems }
  })
  expect(checked.problems).toEqual([])
  expect(checked.cells).toBeGreaterThan(50)
})

test('column headers keep skill names whole, and the owner is shown apart from the team gaps', async ({
  app,
}) => {
  const { page } = app
  const grid = await openSampleMatrix(page)
  const header = grid.getByRole('columnheader', { name: /^Roaster maintenance & cleaning, in / })
  await expect(header).toBeVisible()
  await expect(header).toHaveAttribute('title', /^Roaster maintenance & cleaning \(/)
  // No word of a drawn name is split over two lines.
  const broken = await grid.evaluate((element) => {
    const split: string[] = []
    for (const name of element.querySelectorAll('.column-name')) {
      const text = name.firstChild
      if (!(text instanceof Text)) continue
      for (const match of text.data.matchAll(/\S+/g)) {
        const range = document.createRange()
        range.setStart(text, match.index)
        range.setEnd(text, match.index + match[0].length)
        if (range.getClientRects().length > 1) split.push(match[0])
      }
    }
    return split
  })
  expect(broken).toEqual([])

  // The managing director has no team and no manager: listed apart, in no total.
  await expect(grid.getByRole('rowheader', { name: 'Owners · not counted · 1' })).toBeVisible()
  await expect(
    page.getByText(/^Owners without a team are not counted in team gaps .*Niamh Gallagher/),
  ).toBeVisible()
  await expect(
    grid.getByRole('rowheader', { name: 'Niamh Gallagher (not counted in team gaps)' }),
  ).toBeVisible()
  await page.getByLabel('Only gaps').check()
  await expect(grid.getByRole('rowheader', { name: /Niamh Gallagher/ })).toHaveCount(0)
})
