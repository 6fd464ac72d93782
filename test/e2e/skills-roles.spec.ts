import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany } from './helpers'
import { readStore } from '../support/read-records'

async function openSkillsAndRoles(page: Page): Promise<void> {
  await openSampleCompany(page)
  await goTo(page, 'Skills & roles')
}

/** The catalogue row of a skill, found by its own edit button. */
function skillRow(page: Page, name: string): Locator {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: `Edit ${name}`, exact: true }) })
}

async function readAssessmentCount(row: Locator): Promise<number> {
  const text = await row.getByText(/^\d+ assessments?$/).textContent()
  return Number(text?.match(/\d+/)?.[0])
}

test('skills are added, renamed with unique names, searched and deleted', async ({ app }) => {
  const { page } = app
  await openSkillsAndRoles(page)
  await expect(page.getByRole('status').filter({ hasText: /skills in/ })).toHaveText(
    '46 skills in 5 categories',
  )

  await page.getByRole('button', { name: 'Add skill' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a skill' })
  await dialog.getByRole('button', { name: 'Add skill' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Give the skill a name.')
  await dialog.getByLabel('Name', { exact: true }).fill('Decaf processing')
  await dialog.getByLabel('Category', { exact: true }).selectOption({ label: 'Coffee craft' })
  await dialog.getByLabel('Description', { exact: true }).fill('Running and checking decaf lots.')
  await dialog.getByLabel('Tags', { exact: true }).fill('quality,  roastery, Quality')
  await dialog.getByLabel(/^Critical to the business/).check()
  await dialog.getByLabel('Minimum experts', { exact: true }).fill('2')
  const practitioner = dialog.getByLabel('Level 3 · Practitioner', { exact: true })
  await expect(practitioner).toHaveAttribute('placeholder', /complex cases alone/)
  await practitioner.fill('Runs the decaf line alone and spots solvent taints.')
  await dialog.getByRole('button', { name: 'Add skill' }).click()
  await expect(dialog).toBeHidden()

  const added = skillRow(page, 'Decaf processing')
  await expect(added).toContainText('Critical')
  const tags = added.getByRole('list', { name: 'Tags of Decaf processing' })
  await expect(tags.getByRole('listitem')).toHaveText(['quality', 'roastery'])
  await expect(added.getByText('0 assessments')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /skills in/ })).toHaveText(
    '47 skills in 5 categories',
  )

  // A rename to a name that exists in another case is refused, and says why.
  await page.getByRole('button', { name: 'Edit Decaf processing' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit Decaf processing' })
  await expect(edit.getByLabel('Level 3 · Practitioner')).toHaveValue(/solvent taints/)
  await edit.getByLabel('Name', { exact: true }).fill('cupping & SENSORY evaluation')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(edit.getByRole('alert')).toHaveText(
    'There is already a skill called “Cupping & sensory evaluation”: skill names are unique.',
  )
  await expect(edit.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await edit.getByLabel('Name', { exact: true }).fill('Swiss water decaf')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(edit).toBeHidden()
  await expect(skillRow(page, 'Swiss water decaf')).toBeVisible()

  await page.getByLabel('Search').fill('swiss')
  await expect(page.getByRole('status').filter({ hasText: /of 47/ })).toHaveText('1 of 47 skills')
  await page.getByLabel('Search').fill('')
  await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Safety & compliance' })
  await expect(page.getByRole('heading', { level: 2, name: /Coffee craft/ })).toBeHidden()
  await page.getByLabel('Category', { exact: true }).selectOption({ label: 'All categories' })

  // Cancelling the confirmation keeps the skill; confirming deletes it.
  await app.answerConfirm(false)
  await page.getByRole('button', { name: 'Delete Swiss water decaf' }).click()
  await expect(skillRow(page, 'Swiss water decaf')).toBeVisible()
  await app.answerConfirm(true)
  await page.getByRole('button', { name: 'Delete Swiss water decaf' }).click()
  await expect(page.getByText('Deleted the skill “Swiss water decaf”.')).toBeVisible()
  await expect(skillRow(page, 'Swiss water decaf')).toHaveCount(0)
})

test('categories are added, reordered, and deleted only when empty', async ({ app }) => {
  const { page } = app
  await openSkillsAndRoles(page)
  await page.getByRole('button', { name: 'Categories…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Skill categories' })
  await dialog.getByLabel('New category name').fill('Languages')
  await dialog.getByRole('button', { name: 'Add category' }).click()
  const list = dialog.getByRole('list', { name: 'Categories' })
  await expect(list.getByRole('listitem')).toHaveCount(6)
  await dialog.getByRole('button', { name: 'Move Languages up' }).click()
  await expect(list.getByRole('listitem').nth(4).getByRole('textbox')).toHaveValue('Languages')
  await expect(dialog.getByRole('button', { name: 'Move Languages up' })).toBeFocused()

  await dialog.getByRole('button', { name: 'Delete Coffee craft' }).click()
  await expect(dialog.getByRole('alert')).toContainText('“Coffee craft” still holds 12 skills')
  await expect(list.getByRole('listitem')).toHaveCount(6)
  await dialog.getByRole('button', { name: 'Delete Languages' }).click()
  await expect(list.getByRole('listitem')).toHaveCount(5)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
})

test('a level descriptor of the scale is saved and still there after a reload', async ({ app }) => {
  const { page } = app
  await openSkillsAndRoles(page)
  await page.getByRole('tab', { name: 'Level scale' }).click()
  const level3 = page.getByRole('group', { name: 'Level 3', exact: true })
  const level4 = page.getByRole('group', { name: 'Level 4', exact: true })

  await level3.getByLabel('Label').fill('expert')
  await page.getByRole('button', { name: 'Save scale' }).click()
  await expect(level3.getByText('Level 4 is also called “Expert”.')).toBeVisible()
  await expect(level4.getByText('Level 3 is also called “expert”.')).toBeVisible()
  // Each label at fault says why under it, and one line says that nothing was saved.
  await expect(page.getByRole('alert').filter({ hasText: 'The scale was not saved' })).toBeVisible()
  await expect(level3.getByLabel('Label')).toBeFocused()
  await level3.getByLabel('Label').fill('Practitioner')
  const descriptor = 'Handles the hard cases alone and coaches others through them.'
  await level3.getByLabel('Descriptor').fill(descriptor)
  await page.getByRole('button', { name: 'Save scale' }).click()
  await expect(page.getByText('Saved the level scale.')).toBeVisible()

  await page.reload()
  await goTo(page, 'Skills & roles')
  await page.getByRole('tab', { name: 'Level scale' }).click()
  await expect(level3.getByLabel('Descriptor')).toHaveValue(descriptor)
})

test('roles are added and renamed, and a required level is set per row', async ({ app }) => {
  const { page } = app
  await openSkillsAndRoles(page)
  await page.getByRole('tab', { name: 'Role profiles' }).click()
  const roles = page.getByRole('list', { name: 'Roles' })
  await roles.getByRole('button', { name: /^Roaster/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Roaster' })).toBeVisible()
  await expect(roles.getByRole('button', { name: /^Roaster/ })).toContainText('10 skills')

  const skill = 'Water chemistry & filtration'
  const level = page.getByLabel(`Required level for ${skill}`)
  await expect(level).toHaveValue('')
  await level.selectOption({ label: '2 · Working' })
  await page.getByLabel(`Demand source for ${skill}`).selectOption({ label: 'A business goal' })
  const save = page.getByRole('button', { name: `Save the requirement for ${skill}` })
  await save.click()
  await expect(page.getByRole('alert')).toHaveText('Choose the business goal.')
  await page
    .getByLabel(`Business goal behind ${skill}`)
    .selectOption({ label: 'Open 25 new wholesale accounts' })
  await save.click()
  await expect(page.getByText(`Roaster now requires ${skill} at level 2.`)).toBeVisible()
  await expect(save).toBeHidden()
  await expect(level).toBeFocused()
  await expect(roles.getByRole('button', { name: /^Roaster/ })).toContainText('11 skills')

  await page.getByLabel(/^Only skills this role requires/).check()
  await expect(page.getByLabel(`Required level for ${skill}`)).toHaveValue('2')
  await expect(page.getByLabel('Required level for Forklift operation')).toHaveCount(0)

  // A new role, and a rename that collides with an existing one.
  await page.getByRole('button', { name: 'Add role' }).click()
  const add = page.getByRole('dialog', { name: 'Add a role' })
  await add.getByLabel('Name').fill('Head Roaster')
  await add.getByRole('button', { name: 'Add role' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Head Roaster' })).toBeVisible()
  await page.getByRole('button', { name: 'Edit role…' }).click()
  const rename = page.getByRole('dialog', { name: 'Edit Head Roaster' })
  await rename.getByLabel('Name').fill('roaster')
  await rename.getByRole('button', { name: 'Save changes' }).click()
  await expect(rename.getByRole('alert')).toHaveText('There is already a role called “Roaster”.')
  await rename.getByRole('button', { name: 'Cancel' }).click()

  await app.answerConfirm(true)
  await page.getByRole('button', { name: 'Delete role' }).click()
  await expect(page.getByText('Deleted the role “Head Roaster”.')).toBeVisible()
  await expect(roles.getByRole('button', { name: /^Head Roaster/ })).toHaveCount(0)
})

test('a role requirement can need a certificate, and the matrix marks who lacks it', async ({
  app,
}) => {
  const { page } = app
  await openSkillsAndRoles(page)
  await page.getByRole('tab', { name: 'Role profiles' }).click()
  await page
    .getByRole('list', { name: 'Roles' })
    .getByRole('button', { name: /^Roaster/ })
    .click()
  const skill = 'Gas burner & afterburner safety'
  const certificate = page.getByLabel(`Certification needed for ${skill}`)
  await expect(certificate).toHaveValue('')
  await certificate.fill('Gas Safe registration')
  await page.getByRole('button', { name: `Save the requirement for ${skill}` }).click()
  await expect(
    page.getByText(`Roaster now requires ${skill} at level 3, with a valid Gas Safe registration.`),
  ).toBeVisible()
  const saved = await readStore<{ certification?: string | null }>(page, 'roleRequirements')
  expect(
    saved.filter((requirement) => requirement.certification === 'Gas Safe registration'),
  ).toHaveLength(1)

  // Nobody holds it: every roaster's cell for the skill says so.
  await goTo(page, 'Skills matrix')
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Roaster' })
  await page.getByLabel('Category').selectOption({ label: 'Safety & compliance' })
  const grid = page.getByRole('grid', { name: /Skills matrix/ })
  await expect(
    grid.getByRole('gridcell', {
      name: new RegExp(`^Dawit Bekele, ${skill}: .*certificate missing`),
    }),
  ).toBeVisible()

  await goTo(page, 'Skills & roles')
  await page.getByRole('tab', { name: 'Role profiles' }).click()
  await page
    .getByRole('list', { name: 'Roles' })
    .getByRole('button', { name: /^Roaster/ })
    .click()
  await expect(certificate).toHaveValue('Gas Safe registration')
  await certificate.fill('')
  await page.getByRole('button', { name: `Save the requirement for ${skill}` }).click()
  await expect(page.getByText(`Roaster now requires ${skill} at level 3.`)).toBeVisible()
  const cleared = await readStore<{ certification?: string | null }>(page, 'roleRequirements')
  expect(cleared.some((requirement) => requirement.certification === 'Gas Safe registration')).toBe(
    false,
  )
})

test('merging two skills moves the duplicate’s assessments to the kept skill', async ({ app }) => {
  const { page } = app
  await openSkillsAndRoles(page)
  const kept = 'Espresso machine servicing'
  const duplicate = 'Grinder servicing'
  const keptCount = await readAssessmentCount(skillRow(page, kept))
  const duplicateCount = await readAssessmentCount(skillRow(page, duplicate))
  expect(duplicateCount).toBeGreaterThan(0)

  await page.getByRole('button', { name: 'Merge duplicates…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Merge duplicate skills' })
  await dialog.getByLabel('Skill to keep').selectOption({ label: kept })
  await dialog.getByLabel('Duplicate to merge into it').selectOption({ label: duplicate })
  await expect(dialog.getByText(`${duplicateCount} assessments`)).toBeVisible()

  await app.answerConfirm(false)
  await dialog.getByRole('button', { name: 'Merge skills…' }).click()
  await expect(dialog).toBeVisible()
  await app.answerConfirm(true)
  await dialog.getByRole('button', { name: 'Merge skills…' }).click()
  await expect(dialog).toBeHidden()
  await expect(
    page.getByText(`Merged “${duplicate}” into “${kept}”: ${duplicateCount} assessments moved.`),
  ).toBeVisible()
  await expect(skillRow(page, duplicate)).toHaveCount(0)
  expect(await readAssessmentCount(skillRow(page, kept))).toBe(keptCount + duplicateCount)
})
