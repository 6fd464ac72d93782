// People: the list, org chart and teams, the person dialog, and one person's profile, tab by tab,
// with the dialogs that open from it.
import { expect } from '@playwright/test'
import type { Tour } from './tour'

/** In the review cycle, with a plan, a goal, check-ins and feedback: every tab has something. */
const person = 'Conor Fitzgerald'

export async function tourPeople(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/people', 'People')
  await expect(page.getByRole('link', { name: person })).toBeVisible()
  await tour.shoot('people-list')
  await tour.openTab('Org chart')
  await tour.shoot('people-org-chart')
  await tour.openTab('Teams')
  await tour.shoot('people-teams')
  await tour.openTab('List')
  await page.getByRole('button', { name: 'Add person' }).click()
  const dialog = await tour.dialog('Add a person')
  await tour.shoot('people-add-person')
  await tour.closeDialog(dialog)
}

export async function tourPerson(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/people', 'People')
  await page.getByRole('link', { name: person, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: person })).toBeVisible()
  await tour.shoot('person-profile')

  await tour.openTab('Skills')
  await tour.shoot('person-skills')
  await page
    .getByRole('button', { name: /^Assess .*: record a level or see the history$/ })
    .first()
    .click()
  const assess = await tour.dialog(new RegExp(`^${person} · `))
  await tour.shoot('person-assess-skill')
  await tour.closeDialog(assess)

  await tour.openTab('Plan')
  await tour.shoot('person-plan')
  await page.getByRole('button', { name: 'Add item' }).click()
  const item = await tour.dialog('Add a plan item')
  await tour.shoot('person-plan-item')
  await tour.closeDialog(item)
  await page.getByRole('button', { name: 'Suggest a plan' }).click()
  const suggest = await tour.dialog(`Suggest a plan for ${person}`)
  await tour.shoot('person-suggest-plan')
  await tour.closeDialog(suggest)

  await tour.openTab('Goals')
  await tour.shoot('person-goals')
  await tour.openTab('Check-ins')
  await tour.shoot('person-checkins')
  await tour.openTab('Feedback')
  await tour.shoot('person-feedback')
  await tour.openTab('Reviews')
  await tour.shoot('person-reviews')
  await tour.openTab('Timeline')
  await tour.shoot('person-timeline')
}
