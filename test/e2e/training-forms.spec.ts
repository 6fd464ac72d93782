import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../harness/fixture'
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

// Screenshots of the dialogs with an error shown, to look at: TRAINING_SHOTS=<folder>.
const shotFolder = process.env.TRAINING_SHOTS
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })
    test('the training dialogs with an error', async ({ app }) => {
      test.skip(!shotFolder, 'set TRAINING_SHOTS to a folder to take them')
      const { page } = app
      await openSampleCompany(page)
      const shoot = async (dialog: Locator, name: string) => {
        await expect(dialog.getByRole('alert')).toBeVisible()
        await page.screenshot({ path: `${shotFolder}/${name}-${colorScheme}.png` })
        // The whole dialog, in a window tall enough to hold it.
        const size = page.viewportSize()
        await page.setViewportSize({ width: size?.width ?? 1360, height: 1500 })
        await page.screenshot({ path: `${shotFolder}/${name}-${colorScheme}-whole.png` })
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
    })
  })
}
