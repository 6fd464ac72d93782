import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../harness/fixture'
import { findSeriousViolations } from '../support/axe'
import { findControlProblems } from '../support/control-checks'
import { goTo, openSampleCompany } from './helpers'

// The training forms sent back: each says what is wrong under the field at fault, moves focus
// there, and once put right saves the record as typed.

/** The records of one store of the open workspace, as the page's IndexedDB holds them. */
async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (storeName) => {
    const databases = await indexedDB.databases()
    const name = databases.find((db) => db.name?.startsWith('trellis-workspace-'))?.name ?? ''
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onerror = () => reject(request.error)
      request.onsuccess = () => resolve(request.result)
    })
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll()
      request.onerror = () => reject(request.error)
      request.onsuccess = () => resolve(request.result as unknown[])
    })
    db.close()
    return records
  }, store) as Promise<T[]>
}

/** The one error shown, and that focus sits on the field it is about. */
async function expectProblem(dialog: Locator, text: string, field: Locator): Promise<void> {
  await expect(dialog.getByRole('alert')).toHaveText(text)
  await expect(field).toBeFocused()
}

async function openTrainingTab(page: Page, tab: string): Promise<void> {
  await goTo(page, 'Training')
  await page.getByRole('tab', { name: tab }).click()
}

test('a campaign needs a name, a sequence of steps with whole weeks and a cohort', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await openTrainingTab(page, 'Campaigns')
  await page.getByRole('button', { name: 'New campaign' }).click()
  const dialog = page.getByRole('dialog', { name: 'New campaign' })
  const create = dialog.getByRole('button', { name: 'Create campaign' })
  const name = dialog.getByLabel('Name', { exact: true })

  await create.click()
  await expectProblem(dialog, 'Give the campaign a name.', name)
  await expect(name).toHaveAttribute('aria-invalid', 'true')

  await name.fill('Espresso onboarding')
  await dialog.getByLabel('Starts on').fill('2026-10-05')
  await create.click()
  const addStep = dialog.getByRole('button', { name: 'Add a step' })
  await expectProblem(dialog, 'Add at least one initiative to the sequence.', addStep)

  await addStep.click()
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  const step1 = dialog.getByRole('group', { name: 'Step 1' })
  await create.click()
  await expectProblem(dialog, 'Step 1: choose the initiative.', step1.getByLabel('Initiative'))

  await step1.getByLabel('Initiative').selectOption({ label: 'Learning Friday' })
  await step1.getByLabel('Weeks').fill('0')
  await create.click()
  await expectProblem(
    dialog,
    'Step 1: the length is a whole number of weeks, 1 or more.',
    step1.getByLabel('Weeks'),
  )
  await step1.getByLabel('Weeks').fill('2')

  // The next step starts the week after the last one ends.
  await addStep.click()
  const step2 = dialog.getByRole('group', { name: 'Step 2' })
  await expect(step2.getByLabel('From week')).toHaveValue('3')
  await step2
    .getByLabel('Initiative')
    .selectOption({ label: 'Espresso machine fault-finding simulator' })

  await create.click()
  const cohort = dialog.getByRole('group', { name: /^Cohort/ })
  await expectProblem(
    dialog,
    'Choose at least one person for the cohort.',
    cohort.getByRole('checkbox').first(),
  )

  await cohort.getByLabel('Show team').selectOption({ label: 'Roastery & Production' })
  const shown = await cohort.getByRole('checkbox').count()
  expect(shown).toBeGreaterThan(1)
  await cohort.getByRole('button', { name: 'Add all shown' }).click()
  await expect(cohort.getByRole('checkbox', { checked: true })).toHaveCount(shown)
  await expect(cohort.locator('legend').first()).toHaveText(`Cohort (${shown} chosen)`)
  await create.click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Created the campaign “Espresso onboarding”.')).toBeVisible()

  const campaigns = await readStore<{
    name: string
    startDate: string
    steps: Array<{ initiativeId: string; startWeek: number; weeks: number }>
    cohortPersonIds: string[]
  }>(page, 'campaigns')
  const saved = campaigns.find((campaign) => campaign.name === 'Espresso onboarding')
  const initiatives = await readStore<{ id: string; title: string }>(page, 'initiatives')
  const titleOf = (id: string) => initiatives.find((initiative) => initiative.id === id)?.title
  expect(saved?.startDate).toBe('2026-10-05')
  expect(
    saved?.steps.map((step) => [titleOf(step.initiativeId), step.startWeek, step.weeks]),
  ).toEqual([
    ['Learning Friday', 0, 2],
    ['Espresso machine fault-finding simulator', 2, 1],
  ])
  // Everyone still in the roastery team, and nobody else.
  const teams = await readStore<{ id: string; name: string }>(page, 'teams')
  const roastery = teams.find((team) => team.name === 'Roastery & Production')?.id
  const people = await readStore<{ id: string; teamId: string; status: string }>(page, 'people')
  const roasters = people.filter((p) => p.teamId === roastery && p.status !== 'left')
  expect(roasters).toHaveLength(shown)
  expect([...(saved?.cohortPersonIds ?? [])].sort()).toEqual(roasters.map((p) => p.id).sort())
})

test('an initiative needs a free title, a named provider, hours of 0 or more and each skill once', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await openTrainingTab(page, 'Catalogue')
  await page.getByRole('button', { name: 'Add initiative' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add an initiative' })
  const add = dialog.getByRole('button', { name: 'Add initiative' })
  const title = dialog.getByLabel('Title', { exact: true })

  // A title the catalogue already has is refused by the save, and shown under the title.
  await title.fill('learning friday')
  await add.click()
  await expectProblem(dialog, 'There is already an initiative called “Learning Friday”.', title)

  await title.fill('Latte art clinic')
  await dialog.getByLabel('Provider', { exact: true }).selectOption({ label: 'External provider' })
  await add.click()
  const provider = dialog.getByLabel('Provider name')
  await expectProblem(dialog, 'Name the provider.', provider)

  await provider.fill('Dublin Barista School')
  await dialog.getByLabel('Hours').fill('-2')
  await add.click()
  await expectProblem(dialog, 'The hours are a number, 0 or more.', dialog.getByLabel('Hours'))

  await dialog.getByLabel('Hours').fill('3.5')
  await dialog.getByLabel('Cost per person').fill('85')
  await dialog.getByRole('button', { name: 'Add a skill' }).click()
  await dialog.getByRole('button', { name: 'Add a skill' }).click()
  const skill1 = dialog.getByRole('group', { name: 'Skill 1' })
  const skill2 = dialog.getByRole('group', { name: 'Skill 2' })
  await skill1.getByLabel('Skill', { exact: true }).selectOption({ label: 'Roast profiling' })
  await skill1.getByLabel('To level').selectOption({ label: '3 · Practitioner' })
  await skill2.getByLabel('Skill', { exact: true }).selectOption({ label: 'Roast profiling' })
  await add.click()
  await expectProblem(
    dialog,
    'Skill 2 is the same as skill 1: list each skill once.',
    skill2.getByLabel('Skill', { exact: true }),
  )

  await dialog.getByRole('button', { name: 'Remove skill 2' }).click()
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await dialog.getByLabel('Target change').fill('-2')
  await add.click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Added the initiative “Latte art clinic”.')).toBeVisible()

  const initiatives = await readStore<Record<string, unknown>>(page, 'initiatives')
  expect(initiatives.find((initiative) => initiative.title === 'Latte art clinic')).toMatchObject({
    provider: { kind: 'external', personId: null, name: 'Dublin Barista School' },
    hours: 3.5,
    cost: 85,
    skillTargets: [{ skillId: 'skill-roast-profiling', targetLevel: 3 }],
    kpiId: null,
    targetChange: -2,
  })
})

test('a plan item needs its initiative, a title, dates in order and a cost of 0 or more', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await page.evaluate(() => (window.location.hash = '/people/person-05'))
  await page.getByRole('tab', { name: 'Plan' }).click()
  await page.getByRole('button', { name: 'Add item' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a plan item' })
  const add = dialog.getByRole('button', { name: 'Add item' })

  await dialog.getByLabel('Enrolment in an initiative from the catalogue').check()
  await add.click()
  const initiative = dialog.getByLabel('Initiative', { exact: true })
  await expectProblem(dialog, 'Choose the initiative to enrol in.', initiative)

  // The initiative brings its title, hours and cost.
  await initiative.selectOption({ label: 'Learning Friday' })
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  const title = dialog.getByLabel('Title')
  await expect(title).toHaveValue('Learning Friday')
  const hours = await dialog.getByLabel('Hours').inputValue()
  await title.fill(' ')
  await add.click()
  await expectProblem(dialog, 'Give the item a title, such as “Shadow the head roaster”.', title)

  await title.fill('Learning Friday: roast defects')
  await dialog.getByLabel('Start').fill('2026-12-01')
  await dialog.getByLabel('Due').fill('2026-11-01')
  await add.click()
  await expectProblem(
    dialog,
    'The due date is before the start date: choose a later one, or leave it empty.',
    dialog.getByLabel('Due'),
  )

  await dialog.getByLabel('Due').fill('2026-12-18')
  await dialog.getByLabel('Cost').fill('-10')
  await add.click()
  await expectProblem(
    dialog,
    'The cost is a number, 0 or more (0 for free).',
    dialog.getByLabel('Cost'),
  )

  await dialog.getByLabel('Cost').fill('0')
  await add.click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Added “Learning Friday: roast defects”.')).toBeVisible()
  const items = await readStore<Record<string, unknown>>(page, 'planItems')
  const saved = items.find((item) => item.title === 'Learning Friday: roast defects')
  expect(saved).toMatchObject({
    personId: 'person-05',
    kind: 'enrolment',
    status: 'planned',
    startDate: '2026-12-01',
    dueDate: '2026-12-18',
    hours: Number(hours),
    cost: 0,
  })
  const enrolments = await readStore<Record<string, unknown>>(page, 'enrolments')
  expect(enrolments.find((enrolment) => enrolment.id === saved?.enrolmentId)).toMatchObject({
    personId: 'person-05',
    status: 'enrolled',
    startDate: '2026-12-01',
    endDate: '2026-12-18',
  })
})

test('the focus dialog saves the ticked focus skills and goals', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  await page.evaluate(() => (window.location.hash = '/people/person-05'))
  await page.getByRole('tab', { name: 'Plan' }).click()
  await page.getByRole('button', { name: 'Edit focus and goals' }).click()
  const dialog = page.getByRole('dialog', { name: 'Focus skills and goals' })
  const skills = dialog.getByRole('group', { name: 'Focus skills' }).getByRole('checkbox')
  const first = skills.first()
  const wasChecked = await first.isChecked()
  await first.setChecked(!wasChecked)
  const chosen = await skills.evaluateAll(
    (boxes) => boxes.filter((box) => (box as HTMLInputElement).checked).length,
  )
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Saved the focus skills and goals.')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Focus skills' }).getByRole('listitem')).toHaveCount(
    chosen,
  )
})

test('suggestions need a title and dates in order, and become a new plan in one go', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await page.evaluate(() => (window.location.hash = '/people/person-05'))
  await page.getByRole('tab', { name: 'Plan' }).click()
  await page.getByLabel('Period', { exact: true }).selectOption('2027-H1')
  await page.getByRole('button', { name: 'Suggest a plan' }).click()
  const dialog = page.getByRole('dialog', { name: 'Suggest a plan for Ciarán Walsh' })
  const first = dialog.getByRole('article').first()
  const name = ((await first.getAttribute('aria-label')) ?? '').replace('Suggestion: ', '')
  const count = await dialog.getByRole('article').count()
  const create = dialog.getByRole('button', { name: /^Create the plan with/ })

  // Edited, emptied and folded away: the problem opens it again, with focus on the title.
  await first.getByRole('button', { name: `Edit ${name}` }).click()
  await first.getByLabel('Title').fill('')
  await first.getByRole('button', { name: `Done editing ${name}` }).click()
  await expect(first.getByLabel('Title')).toHaveCount(0)
  await create.click()
  await expectProblem(dialog, `Give “${name}” a title, or drop it.`, first.getByLabel('Title'))

  await first.getByLabel('Title').fill(`${name} (with Tomás)`)
  await dialog.getByLabel('Start accepted items on').fill('2027-02-01')
  await dialog.getByLabel('Due by').fill('2027-01-15')
  await create.click()
  await expectProblem(
    dialog,
    'The due date is before the start date: choose a later one, or leave it empty.',
    dialog.getByLabel('Due by'),
  )

  await dialog.getByLabel('Due by').fill('2027-05-28')
  await create.click()
  await expect(dialog).toBeHidden()
  await expect(
    page.getByText(`Added ${count} item${count === 1 ? '' : 's'} to the plan.`),
  ).toBeVisible()
  const plans = await readStore<{ id: string; personId: string; period: string }>(page, 'plans')
  const plan = plans.find((p) => p.personId === 'person-05' && p.period === '2027-H1')
  expect(plan).toBeDefined()
  const items = await readStore<Record<string, unknown>>(page, 'planItems')
  const mine = items.filter((item) => item.planId === plan?.id)
  expect(mine).toHaveLength(count)
  expect(mine.find((item) => item.title === `${name} (with Tomás)`)).toMatchObject({
    startDate: '2027-02-01',
    dueDate: '2027-05-28',
  })
})

test('the after-training assessment needs one level and a day up to today', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  await openTrainingTab(page, 'Enrolments')
  await expect(page.getByText(/^\d+ enrolments?/)).toBeVisible()
  await page
    .getByRole('combobox', { name: /^Status of / })
    .first()
    .selectOption('completed')
  const dialog = page.getByRole('dialog', { name: /^Assess after/ })
  const record = dialog.getByRole('button', { name: 'Record assessment' })
  const levels = dialog
    .getByRole('combobox')
    .filter({ has: page.locator('option', { hasText: 'Not now' }) })
  await expect(levels.first()).toBeVisible()
  const skills = await levels.count()
  for (let i = 0; i < skills; i++) await levels.nth(i).selectOption({ label: 'Not now' })
  await record.click()
  await expectProblem(
    dialog,
    'Choose the level of at least one skill, or skip for now.',
    levels.first(),
  )

  await levels.first().selectOption({ label: '3 · Practitioner' })
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await dialog.getByLabel('Date').fill('2099-01-01')
  await record.click()
  await expectProblem(
    dialog,
    'An assessment is recorded for today or an earlier day.',
    dialog.getByLabel('Date'),
  )

  await dialog.getByLabel('Date').fill('2026-01-05')
  await dialog.getByLabel('Assessed by').selectOption({ label: 'Test' })
  await record.click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Recorded 1 assessment after the training.')).toBeVisible()
  const assessments = await readStore<Record<string, unknown>>(page, 'assessments')
  const after = assessments.filter((a) => a.date === '2026-01-05' && a.source === 'test')
  expect(after).toHaveLength(1)
  expect(after[0]).toMatchObject({ level: 3, note: expect.stringMatching(/^After “/) })
})

test('marking an item applied without evidence is refused under the list', async ({ app }) => {
  const { page } = app
  await openSampleCompany(page)
  await page.evaluate(() => (window.location.hash = '/people/person-05'))
  await page.getByRole('tab', { name: 'Plan' }).click()
  const link = page.getByRole('button', { name: /^Evidence for / }).filter({ hasText: /^Link$/ })
  const title = ((await link.first().getAttribute('aria-label')) ?? '').replace('Evidence for ', '')
  await page.getByLabel(`Status of ${title}`).selectOption('applied')
  const dialog = page.getByRole('dialog', { name: 'Applied on the job: link the evidence' })
  const list = dialog.getByRole('group', { name: 'Check-in answers and feedback' })
  await dialog.getByRole('button', { name: 'Mark applied (0 linked)' }).click()
  await expectProblem(
    dialog,
    '“Applied on the job” needs evidence: choose at least one check-in answer or feedback entry.',
    list.getByRole('checkbox').first(),
  )
  await expect(page.getByLabel(`Status of ${title}`)).not.toHaveValue('applied')

  await list.getByRole('checkbox').first().check()
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Mark applied (1 linked)' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel(`Status of ${title}`)).toHaveValue('applied')
  const items = await readStore<{ title: string; status: string; evidence: unknown[] }>(
    page,
    'planItems',
  )
  const saved = items.find((item) => item.title === title)
  expect(saved?.status).toBe('applied')
  expect(saved?.evidence).toHaveLength(1)
})

// Each training dialog showing an error passes the accessibility scan and the control check in
// both themes; its screenshots (the window, and the whole dialog in a tall window) are kept with
// the test's output to look at.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })
    test('the training dialogs with an error', async ({ app }, testInfo) => {
      test.setTimeout(120_000)
      const { page } = app
      const shotPath = (name: string) => testInfo.outputPath(`${name}-${colorScheme}.png`)
      await openSampleCompany(page)
      const shoot = async (dialog: Locator, name: string) => {
        await expect(dialog.getByRole('alert')).toBeVisible()
        expect(await findSeriousViolations(page), `${name} dialog`).toEqual([])
        expect(await findControlProblems(page), `${name} dialog`).toEqual([])
        await page.screenshot({ path: shotPath(name) })
        // The whole dialog, in a window tall enough to hold it.
        const size = page.viewportSize()
        await page.setViewportSize({ width: size?.width ?? 1360, height: 1500 })
        await page.screenshot({ path: shotPath(`${name}-whole`) })
        if (size) await page.setViewportSize(size)
      }

      await openTrainingTab(page, 'Campaigns')
      await page.getByRole('button', { name: 'New campaign' }).click()
      const campaign = page.getByRole('dialog', { name: 'New campaign' })
      await campaign.getByLabel('Name', { exact: true }).fill('Espresso onboarding')
      await campaign.getByRole('button', { name: 'Add a step' }).click()
      await campaign.getByRole('button', { name: 'Add a step' }).click()
      await campaign
        .getByRole('group', { name: 'Step 1' })
        .getByLabel('Initiative')
        .selectOption({ index: 1 })
      await campaign.getByRole('button', { name: 'Create campaign' }).click()
      await shoot(campaign, 'campaign')
      await campaign.getByRole('button', { name: 'Cancel' }).click()

      await page.getByRole('tab', { name: 'Catalogue' }).click()
      await page.getByRole('button', { name: 'Add initiative' }).click()
      const initiative = page.getByRole('dialog', { name: 'Add an initiative' })
      await initiative.getByLabel('Title', { exact: true }).fill('Latte art clinic')
      await initiative.getByLabel('Provider', { exact: true }).selectOption('external')
      await initiative.getByRole('button', { name: 'Add initiative' }).click()
      await shoot(initiative, 'initiative')
      await initiative.getByRole('button', { name: 'Cancel' }).click()

      await page.evaluate(() => (window.location.hash = '/people/person-05'))
      await page.getByRole('tab', { name: 'Plan' }).click()
      await page.getByRole('button', { name: 'Add item' }).click()
      const item = page.getByRole('dialog', { name: 'Add a plan item' })
      await item.getByLabel('Title').fill('Shadow the head roaster')
      await item.getByLabel('Due').fill('2020-01-01')
      await item.getByRole('button', { name: 'Add item' }).click()
      await shoot(item, 'plan-item')
      await item.getByLabel('Enrolment in an initiative from the catalogue').check()
      await item.getByRole('button', { name: 'Add item' }).click()
      await shoot(item, 'plan-item-enrolment')
      await item.getByRole('button', { name: 'Cancel' }).click()

      await page.getByRole('button', { name: 'Edit focus and goals' }).click()
      const focus = page.getByRole('dialog', { name: 'Focus skills and goals' })
      await expect(focus).toBeVisible()
      expect(await findSeriousViolations(page), 'focus dialog').toEqual([])
      await page.screenshot({ path: shotPath('focus') })
      await focus.getByRole('button', { name: 'Cancel' }).click()

      const link = page
        .getByRole('button', { name: /^Evidence for / })
        .filter({ hasText: /^Link$/ })
      const title = ((await link.first().getAttribute('aria-label')) ?? '').slice(13)
      await page.getByLabel(`Status of ${title}`).selectOption('applied')
      const evidence = page.getByRole('dialog', { name: 'Applied on the job: link the evidence' })
      await evidence.getByRole('button', { name: /^Mark applied/ }).click()
      await shoot(evidence, 'evidence')
      await evidence.getByRole('button', { name: 'Cancel' }).click()

      await page.getByLabel('Period', { exact: true }).selectOption('2027-H1')
      await page.getByRole('button', { name: 'Suggest a plan' }).click()
      const suggest = page.getByRole('dialog', { name: /^Suggest a plan for/ })
      const card = suggest.getByRole('article').first()
      await card.getByRole('button', { name: /^Edit / }).click()
      await card.getByLabel('Hours').fill('-1')
      await suggest.getByRole('button', { name: /^Create the plan with/ }).click()
      await shoot(suggest, 'suggest')
      await suggest.getByRole('button', { name: 'Cancel' }).click()

      await openTrainingTab(page, 'Enrolments')
      await page
        .getByRole('combobox', { name: /^Status of / })
        .first()
        .selectOption('completed')
      const assess = page.getByRole('dialog', { name: /^Assess after/ })
      await assess.getByLabel('Date').fill('2099-01-01')
      await assess.getByRole('button', { name: 'Record assessment' }).click()
      await shoot(assess, 'assess-after')
    })
  })
}
