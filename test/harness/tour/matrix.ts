// The skills matrix, its gap analysis and a cell's details; Skills & roles with its dialogs.
import { expect } from '@playwright/test'
import type { Tour } from './tour'

export async function tourMatrix(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/matrix', 'Skills matrix')
  const grid = page.getByRole('grid')
  await expect(grid.getByRole('gridcell').first()).toBeVisible({ timeout: 30_000 })
  await tour.shoot('matrix-grid')

  const gapCell = grid.getByRole('gridcell', { name: /, gap \d/ }).first()
  const label = (await gapCell.getAttribute('aria-label')) ?? ''
  const [who, skill] = (label.split(': ')[0] ?? '').split(', ')
  await gapCell.dispatchEvent('mousedown')
  await grid.focus()
  await page.keyboard.press('Enter')
  const detail = await tour.dialog(`${who} · ${skill}`)
  await expect(detail.getByRole('heading', { name: 'History' })).toBeVisible()
  await tour.shoot('matrix-cell-detail')
  await tour.closeDialog(detail)

  await tour.openTab('Gap analysis')
  await expect(page.getByRole('heading', { name: 'Single points of failure' })).toBeVisible()
  await tour.shoot('matrix-gap-analysis')
  await tour.shoot('matrix-gap-charts', {
    scrollTo: page.getByRole('heading', { name: 'Total gap by skill' }),
  })
}

export async function tourSkills(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/skills', 'Skills & roles')
  await tour.shoot('skills-catalogue')
  await page.getByRole('button', { name: 'Add skill' }).click()
  const skill = await tour.dialog('Add a skill')
  await tour.shoot('skills-add-skill')
  await tour.closeDialog(skill)
  await page.getByRole('button', { name: 'Categories…' }).click()
  const categories = await tour.dialog('Skill categories')
  await tour.shoot('skills-categories')
  await tour.closeDialog(categories)

  await tour.openTab('Level scale')
  await tour.shoot('skills-level-scale')
  await tour.openTab('Role profiles')
  await tour.shoot('skills-role-profiles')
  await page.getByRole('button', { name: 'Add role' }).click()
  const role = await tour.dialog('Add a role')
  await tour.shoot('skills-add-role')
  await tour.closeDialog(role)
}
