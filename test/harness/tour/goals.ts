// Goals: the tree and a goal's details, the quarterly review, KPIs with a chart that marks the
// training dates, business goals, and the goal, KPI and KPI-import dialogs.
import { expect } from '@playwright/test'
import { prepareUserFile } from './files'
import type { Tour } from './tour'

/** A KPI the Stockwise training was meant to move, so its chart shows training dates. */
const trainedKpi = /^Order error rate /

export async function tourGoals(tour: Tour): Promise<void> {
  const { page, app } = tour
  await tour.goTo('/goals', 'Goals')
  const tree = page.getByRole('list', { name: /^Goals of / })
  await expect(tree).toBeVisible()
  await tour.shoot('goals-tree')
  const firstGoal = tree.getByRole('button').first()
  const title = (await firstGoal.innerText()).trim()
  await firstGoal.click()
  const detail = await tour.dialog(title)
  await tour.shoot('goals-goal-detail')
  await tour.closeDialog(detail)
  await page.getByRole('button', { name: 'Add goal' }).click()
  const goal = await tour.dialog('Add a goal')
  await tour.shoot('goals-add-goal')
  await tour.closeDialog(goal)

  await tour.openTab('Quarterly review')
  await tour.shoot('goals-quarterly-review')

  await tour.openTab('KPIs')
  await page.getByRole('button', { name: trainedKpi }).click()
  await expect(page.getByRole('img', { name: /^Line chart\. Order error rate/ })).toBeVisible()
  await tour.shoot('goals-kpi-chart')
  await page.getByRole('button', { name: 'Add KPI' }).click()
  const kpi = await tour.dialog('Add a KPI')
  await tour.shoot('goals-add-kpi')
  await tour.closeDialog(kpi)
  await page.getByRole('button', { name: 'Import measurements' }).click()
  const kpiImport = await tour.dialog('Import KPI measurements from CSV')
  app.dialogs.openPaths.push(await prepareUserFile(tour, 'kpis'))
  await kpiImport.getByRole('button', { name: 'Choose a CSV file…' }).click()
  await expect(kpiImport.getByRole('status')).toContainText(/ready to import/)
  await tour.shoot('goals-kpi-import')
  await tour.closeDialog(kpiImport)

  await tour.openTab('Business goals')
  await tour.shoot('goals-business-goals')
  await page.getByRole('button', { name: 'Add business goal' }).click()
  const business = await tour.dialog('Add a business goal')
  await tour.shoot('goals-add-business-goal')
  await tour.closeDialog(business)
}
