import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../harness/fixture'
import { readStore } from '../support/read-records'
import { continueToImportReview, goTo, openSampleCompany } from './helpers'

interface StoredLeaver {
  personId: string
  date: string
  isVoluntary: boolean
  isRegretted: boolean
  reason: string
  exitInterview: Array<{ questionId: string; answer: string }>
}
interface StoredPerson {
  id: string
  displayName: string
  status: string
  leftDate: string | null
  roleId: string | null
}

async function openProfile(page: Page, name: string) {
  await goTo(page, 'People')
  await page.getByRole('table').getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

test('marking a leaver: a date before the hire is refused, then the leaving is saved with its reasons', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await openProfile(page, 'Ciarán Walsh')
  await page.getByRole('button', { name: 'Mark as left…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Mark Ciarán Walsh as left' })
  await dialog.getByLabel('Last day').fill('2001-01-01')
  await dialog.getByLabel('Main reason').selectOption('Relocation')
  await dialog.getByRole('button', { name: 'Mark as left' }).click()
  await expect(
    dialog.getByText(/The leaving date \(1 Jan 2001\) is before Ciarán Walsh was hired/),
  ).toBeVisible()
  const before = await readStore<StoredLeaver>(page, 'leavers')

  const today = new Date().toISOString().slice(0, 10)
  await dialog.getByLabel('Last day').fill(today)
  await dialog.getByLabel('A loss we regret').check()
  await dialog.getByLabel('What made you decide to leave?').fill('My partner got a job in Galway.')
  await dialog.getByRole('button', { name: 'Mark as left' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Ciarán Walsh is marked as left.')).toBeVisible()

  const leavers = await readStore<StoredLeaver>(page, 'leavers')
  expect(leavers).toHaveLength(before.length + 1)
  const people = await readStore<StoredPerson>(page, 'people')
  const ciaran = people.find((p) => p.displayName === 'Ciarán Walsh')!
  expect(ciaran).toMatchObject({ status: 'left', leftDate: today })
  expect(leavers.find((l) => l.personId === ciaran.id)).toMatchObject({
    date: today,
    isVoluntary: true,
    isRegretted: true,
    reason: 'Relocation',
    exitInterview: [{ questionId: 'why', answer: 'My partner got a job in Galway.' }],
  })

  await page.getByRole('tab', { name: 'Career' }).click()
  const path = page.getByRole('list', { name: "Ciarán Walsh's path" })
  await expect(path.getByRole('listitem').first()).toContainText('Left the company')
  await expect(path.getByRole('listitem').first()).toContainText('Their decision, regretted')
  await page.screenshot({ path: test.info().outputPath('leaver-career.png'), fullPage: true })

  // Gone from the current list of people.
  await goTo(page, 'People')
  await expect(
    page.getByRole('table').getByRole('link', { name: 'Ciarán Walsh', exact: true }),
  ).toHaveCount(0)
})

test('a promotion recorded by hand shows on the path, and a promotion into the same role is refused', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await openProfile(page, 'Ciarán Walsh')
  await page.getByRole('tab', { name: 'Career' }).click()
  await page.getByRole('button', { name: 'Record a change…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Record a change for Ciarán Walsh' })
  await dialog.getByLabel('This is a promotion').check()
  await dialog.getByRole('button', { name: 'Record change' }).click()
  await expect(
    dialog.getByText('Ciarán Walsh is already Roaster; a promotion moves them into another role.'),
  ).toBeVisible()

  await dialog.getByLabel('Role profile').selectOption({ label: 'Team Lead' })
  await dialog.getByLabel('Job title').fill('Roastery team lead')
  await dialog.getByRole('button', { name: 'Record change' }).click()
  await expect(dialog).toBeHidden()
  const path = page.getByRole('list', { name: "Ciarán Walsh's path" })
  await expect(path.getByRole('listitem').first()).toContainText('Promoted to Team Lead')
  await expect(path.getByRole('listitem').first()).toContainText('Role: Roaster → Team Lead')
  const people = await readStore<StoredPerson>(page, 'people')
  const roles = await readStore<{ id: string; name: string }>(page, 'roleProfiles')
  expect(people.find((p) => p.displayName === 'Ciarán Walsh')?.roleId).toBe(
    roles.find((r) => r.name === 'Team Lead')?.id,
  )
  await page.screenshot({ path: test.info().outputPath('promotion-career.png'), fullPage: true })
})

test('a promotion through a roster re-import: the new title names the next role on the path', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  const people = await readStore<StoredPerson & { email: string }>(page, 'people')
  const ciaran = people.find((p) => p.displayName === 'Ciarán Walsh')!
  const file = join(app.tempDir, 'staff-december.csv')
  await writeFile(file, `Name,Email,Job title\nCiarán Walsh,${ciaran.email},Team Lead\n`)

  await goTo(page, 'People')
  await page.getByRole('button', { name: 'Import team…' }).first().click()
  await app.answerOpenDialog(file)
  await page.getByRole('button', { name: /Choose (a CSV|another) file…/ }).click()
  await page.getByRole('button', { name: 'Continue to columns' }).click()
  await continueToImportReview(page)
  await page.getByRole('button', { name: 'Import 1 person' }).click()
  await expect(page.getByRole('heading', { name: /^Imported / })).toBeVisible({ timeout: 20_000 })

  const events = await readStore<{
    personId: string
    isPromotion: boolean
    source: string
    sourceName: string
    changes: Array<{ field: string }>
  }>(page, 'careerEvents')
  const recorded = events.filter((e) => e.personId === ciaran.id && e.source === 'import')
  expect(recorded).toEqual([
    expect.objectContaining({
      isPromotion: true,
      sourceName: 'staff-december.csv',
      changes: [
        expect.objectContaining({ field: 'roleId' }),
        expect.objectContaining({ field: 'title' }),
      ],
    }),
  ])

  await openProfile(page, 'Ciarán Walsh')
  await page.getByRole('tab', { name: 'Career' }).click()
  const latest = page
    .getByRole('list', { name: "Ciarán Walsh's path" })
    .getByRole('listitem')
    .first()
  await expect(latest).toContainText('Promoted to Team Lead')
  await expect(latest).toContainText('Roster import: staff-december.csv')
})

test('the leaving reasons are the workspace’s own: one added in Settings is offered when marking a leaver', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Settings')
  const section = page.getByRole('region', { name: 'Leaving reasons' })
  await section.getByLabel('New leaving reason').fill('Pay and benefits')
  await section.getByRole('button', { name: 'Add reason' }).click()
  await expect(section.getByText('“Pay and benefits” is in the list already.')).toBeVisible()
  await section.getByLabel('New leaving reason').fill('Went back to college')
  await section.getByRole('button', { name: 'Add reason' }).click()
  await expect(section.getByText('Went back to college')).toBeVisible()

  await openProfile(page, 'Ciarán Walsh')
  await page.getByRole('button', { name: 'Mark as left…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Mark Ciarán Walsh as left' })
  await expect(
    dialog.getByLabel('Main reason').locator('option', { hasText: 'Went back to college' }),
  ).toHaveCount(1)
})

test('a mentor suggested for a gap is paired as a plan item, and the limit in Settings takes them off the list', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Settings')
  const section = page.getByRole('region', { name: 'Mentoring' })
  await section.getByLabel('Mentees per mentor, at most').selectOption('1')
  await expect(page.getByText('Mentors are now suggested until they have 1 mentee.')).toBeVisible()

  await openProfile(page, 'Ciarán Walsh')
  await page.getByRole('tab', { name: 'Career' }).click()
  const choice = page.getByLabel(/^Mentor for /).first()
  await expect(choice).toBeVisible()
  const skill = (await choice.getAttribute('aria-label'))!.replace(/^Mentor for /, '')
  const offered = (await choice.locator('option:checked').textContent())!
  const mentor = offered.replace(/ \(level \d.*$/, '')
  // With a limit of one, everyone suggested is mentoring nobody yet.
  expect(offered).not.toContain('mentors')
  const mentorOptions = page.getByRole('option', { name: new RegExp(`^${mentor} \\(`) })
  expect(await mentorOptions.count()).toBeGreaterThan(0)

  await page.getByRole('button', { name: `Pair as mentor for ${skill}` }).click()
  await expect(
    page.getByText(`Added “Mentoring with ${mentor} on ${skill}” to Ciarán Walsh's plan.`),
  ).toBeVisible()
  const people = await readStore<StoredPerson>(page, 'people')
  const mentorId = people.find((p) => p.displayName === mentor)!.id
  const ciaranId = people.find((p) => p.displayName === 'Ciarán Walsh')!.id
  const items = await readStore<{ personId: string; mentorId?: string | null; title: string }>(
    page,
    'planItems',
  )
  expect(items.filter((item) => item.mentorId === mentorId)).toEqual([
    expect.objectContaining({ personId: ciaranId, title: `Mentoring with ${mentor} on ${skill}` }),
  ])

  // Now at the limit, they are suggested for no gap.
  await expect(mentorOptions).toHaveCount(0)
})
