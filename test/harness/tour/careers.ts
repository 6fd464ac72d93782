// The agenda, the Careers screen tab by tab, a person's career with its dialogs, and the
// retention report.
import { expect } from '@playwright/test'
import type { Tour } from './tour'

/** Promoted twice and retitled since: a path with several steps, and a next role on a ladder. */
const person = 'Arjun Mehta'

export async function tourAgenda(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/agenda', 'Agenda')
  await expect(page.getByRole('region', { name: /^Overdue/ })).toBeVisible()
  await tour.shoot('agenda-due')
  await tour.shoot('agenda-later', {
    scrollTo: page.getByRole('heading', { name: /^Later this month/ }),
  })
}

export async function tourCareers(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/careers', 'Careers')
  await expect(page.getByRole('heading', { name: 'Next-role readiness' })).toBeVisible()
  await tour.shoot('careers-readiness')
  await tour.openTab('Succession')
  await tour.shoot('careers-succession')
  await tour.openTab('High potential')
  await tour.shoot('careers-high-potential')
  await tour.openTab('Paths')
  await tour.shoot('careers-paths')
  await page.getByRole('button', { name: 'Add a path' }).click()
  const path = await tour.dialog('Add a career path')
  await tour.shoot('careers-add-path')
  await tour.closeDialog(path)
  await tour.openTab('Certifications')
  await tour.shoot('careers-certifications')
}

export async function tourPersonCareer(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/people', 'People')
  await page.getByRole('link', { name: person, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: person })).toBeVisible()
  await tour.openTab('Career')
  await expect(page.getByRole('heading', { name: 'Path so far' })).toBeVisible()
  await tour.shoot('person-career')
  await page.getByRole('button', { name: 'Record a change…' }).click()
  const change = await tour.dialog(`Record a change for ${person}`)
  await tour.shoot('person-record-change')
  await tour.closeDialog(change)
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  const certification = await tour.dialog(`Add a certification for ${person}`)
  await tour.shoot('person-add-certification')
  await tour.closeDialog(certification)
  await page.getByRole('button', { name: 'Mark as left…' }).click()
  const leaving = await tour.dialog(`Mark ${person} as left`)
  await tour.shoot('person-mark-left')
  await tour.closeDialog(leaving)
}

export async function tourRetention(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/reports/retention', 'Reports & export')
  await expect(page.getByRole('heading', { name: 'Why people left' })).toBeVisible()
  await tour.shoot('reports-retention')
  await tour.shoot('reports-retention-charts', {
    scrollTo: page.getByRole('heading', { name: 'Turnover by quarter' }),
  })
}
