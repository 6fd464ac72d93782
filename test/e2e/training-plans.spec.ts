import type { Page } from '@playwright/test'
import { expect, test } from '../harness/fixture'
import { findSeriousViolations } from '../support/axe'
import { goTo, openSampleCompany } from './helpers'

async function showTeamBudget(page: Page, period: string): Promise<void> {
  await goTo(page, 'Training')
  await page.getByRole('tab', { name: 'Team plans & budget' }).click()
  await page.getByLabel('Period', { exact: true }).selectOption(period)
}

test('an initiative becomes a suggested plan item, is completed, assessed and counted in the budget', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)

  // Nobody has a plan for the next half year yet: nothing committed of the default budget.
  await showTeamBudget(page, '2027-H1')
  await expect(page.getByTestId('budget-used')).toHaveText('€0')
  await expect(page.getByTestId('budget-set')).toHaveText('€5,000')

  // A new initiative for a skill the catalogue does not cover yet.
  await page.getByRole('tab', { name: 'Catalogue' }).click()
  await page.getByRole('button', { name: 'Add initiative' }).click()
  const form = page.getByRole('dialog', { name: 'Add an initiative' })
  await form.getByRole('button', { name: 'Add initiative' }).click()
  await expect(form.getByRole('alert')).toHaveText('Give the initiative a title.')
  await form.getByLabel('Title', { exact: true }).fill('Burner safety buddy shifts')
  await form.getByLabel('Learning format').selectOption({ label: 'Mentoring' })
  await form.getByLabel('Internal expert').selectOption({ label: 'Tomás Ferreira' })
  await form.getByLabel('Cost per person').fill('300')
  await form.getByLabel('Hours', { exact: true }).fill('6')
  await form.getByRole('button', { name: 'Add a skill' }).click()
  await form
    .getByRole('group', { name: 'Skill 1' })
    .getByLabel('Skill', { exact: true })
    .selectOption({ label: 'Gas burner & afterburner safety' })
  await form.getByLabel('To level').selectOption({ label: '3 · Practitioner' })
  await form.getByLabel('Learning outcome').fill('Lights, runs and shuts down the roaster alone.')
  await form
    .getByLabel('Measurement method')
    .fill('Supervised shutdown checklist, before and after.')
  await form.getByRole('button', { name: 'Add initiative' }).click()
  await expect(form).toBeHidden()
  await expect(page.getByRole('button', { name: 'Edit Burner safety buddy shifts' })).toBeVisible()

  // Ciarán's plan for the next half year, built from the suggestions.
  await page.evaluate(() => (window.location.hash = '/people/person-05'))
  await page.getByRole('tab', { name: 'Plan' }).click()
  await page.getByLabel('Period', { exact: true }).selectOption('2027-H1')
  await expect(page.getByRole('heading', { name: 'No plan for Jan–Jun 2027' })).toBeVisible()
  await page.getByRole('button', { name: 'Suggest a plan' }).click()
  const suggest = page.getByRole('dialog', { name: 'Suggest a plan for Ciarán Walsh' })
  const ours = suggest.getByRole('article', { name: 'Suggestion: Burner safety buddy shifts' })
  await expect(ours).toContainText(
    'Builds Gas burner & afterburner safety to level 3, enough for the 3 needed.',
  )
  await ours.getByRole('button', { name: 'Edit Burner safety buddy shifts' }).click()
  await ours.getByLabel('Cost').fill('250')
  // Drop every other suggestion; a dropped one offers "Accept" instead of "Drop".
  const drops = suggest.getByRole('button', { name: /^Drop (?!Burner)/ })
  while ((await drops.count()) > 0) await drops.first().click()
  await expect(suggest.getByRole('button', { name: /^Accept / }).first()).toBeVisible()
  await suggest.getByRole('button', { name: 'Create the plan with 1 item' }).click()
  await expect(suggest).toBeHidden()

  // Completing the enrolment asks for the after-training assessment.
  await page.getByLabel('Status of Burner safety buddy shifts').selectOption('completed')
  const assess = page.getByRole('dialog', { name: 'Assess after “Burner safety buddy shifts”' })
  await assess
    .getByLabel('Gas burner & afterburner safety')
    .selectOption({ label: '3 · Practitioner' })
  await assess.getByRole('button', { name: 'Record assessment' }).click()
  await expect(assess).toBeHidden()
  await expect(page.getByText('Recorded 1 assessment after the training.')).toBeVisible()

  // "Applied on the job" only with evidence.
  await page.getByLabel('Status of Burner safety buddy shifts').selectOption('applied')
  const evidence = page.getByRole('dialog', { name: 'Applied on the job: link the evidence' })
  await evidence.getByRole('button', { name: /^Mark applied/ }).click()
  await expect(evidence.getByRole('alert')).toContainText('needs evidence')
  await evidence.getByRole('checkbox').first().check()
  await evidence.getByRole('button', { name: 'Mark applied (1 linked)' }).click()
  await expect(evidence).toBeHidden()
  await expect(page.getByLabel('Status of Burner safety buddy shifts')).toHaveValue('applied')

  // The team budget now counts the edited cost.
  await showTeamBudget(page, '2027-H1')
  await expect(page.getByTestId('budget-used')).toHaveText('€250')
  await expect(page.getByRole('link', { name: 'Ciarán Walsh' })).toBeVisible()
})

test('the training tabs, the plan tab and its suggestions pass an accessibility scan; completing an enrolment asks for an assessment', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Training')
  for (const tab of ['Campaigns', 'Team plans & budget']) {
    await page.getByRole('tab', { name: tab }).click()
    await expect(page.getByText(/^Loading/)).toHaveCount(0)
    expect(await findSeriousViolations(page), tab).toEqual([])
  }
  // Completing an enrolment from the Training screen also asks for the new assessment.
  await page.getByRole('tab', { name: 'Enrolments' }).click()
  await expect(page.getByText(/^\d+ enrolments?/)).toBeVisible()
  expect(await findSeriousViolations(page), 'enrolments').toEqual([])
  await page
    .getByRole('combobox', { name: /^Status of / })
    .first()
    .selectOption('completed')
  const assess = page.getByRole('dialog', { name: /^Assess after/ })
  await expect(assess).toBeVisible()
  await assess.getByRole('button', { name: 'Skip for now' }).click()
  await expect(assess).toBeHidden()

  await page.evaluate(() => (window.location.hash = '/people/person-05'))
  await page.getByRole('tab', { name: 'Plan' }).click()
  await expect(page.getByRole('heading', { name: 'Plan items' })).toBeVisible()
  expect(await findSeriousViolations(page), 'plan tab').toEqual([])
  await page.getByRole('button', { name: 'Suggest a plan' }).click()
  await expect(page.getByRole('dialog', { name: /^Suggest a plan/ })).toBeVisible()
  expect(await findSeriousViolations(page), 'suggestions').toEqual([])
})
