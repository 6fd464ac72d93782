// Evaluation & ROI: the overview, one initiative's card with its return, and the record and
// assumptions dialogs.
import { expect } from '@playwright/test'
import type { Tour } from './tour'

/** A training with evidence at all four levels and a return worth showing. */
const initiative = 'Complaint calls: role-play sessions'

export async function tourEvaluation(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/evaluation', 'Evaluation & ROI')
  await expect(page.getByRole('region', { name: 'At a glance' })).toBeVisible()
  await tour.shoot('evaluation-overview')

  const card = page.getByRole('article', { name: initiative })
  await expect(card.getByRole('region', { name: 'Return on investment' })).toBeVisible()
  await tour.shoot('evaluation-roi-card', { scrollTo: card })
  await card.getByRole('button', { name: 'Record evaluation' }).click()
  const record = await tour.dialog(`Record evaluation: ${initiative}`)
  await tour.shoot('evaluation-record')
  await tour.closeDialog(record)
  await card.getByRole('button', { name: 'Edit assumptions' }).click()
  const assumptions = await tour.dialog('ROI assumptions')
  await tour.shoot('evaluation-assumptions')
  await tour.closeDialog(assumptions)
}
