import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  generateHrExport,
  writeHrExportCsv,
} from '../../src/shared/domain/roster-import/hr-export-fixture'
import { expect, test, type TestApp } from '../harness/fixture'
import { readStore } from '../support/read-records'
import { goTo } from './helpers'

test('an HR export in its own words: the unknown status is mapped, leavers and past ratings are saved', async ({
  app,
}) => {
  const { page } = app
  const fixture = generateHrExport()
  const { expected } = fixture
  const file = join(app.tempDir, 'HRDataset.csv')
  await writeFile(file, writeHrExportCsv(fixture), 'utf8')

  await page.getByRole('button', { name: /Start your own workspace/ }).click()
  await page.getByLabel('Name').fill('Dental Magic')
  await page.getByRole('button', { name: 'Create workspace' }).click()
  await expect(page.getByRole('heading', { name: 'No one here yet' })).toBeVisible()
  await goTo(page, 'People')
  await page.getByRole('button', { name: 'Import team…' }).first().click()
  await app.answerOpenDialog(file)
  await page.getByRole('button', { name: /Choose (a CSV|another) file…/ }).click()
  await page.getByRole('button', { name: 'Continue to columns' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'built-in profile' })).toBeVisible()
  await page.getByRole('button', { name: 'Continue to values' }).click()

  await expect(page.getByRole('heading', { name: 'Match the values' })).toBeVisible()
  const future = page.getByLabel('What “Future Start” in EmploymentStatus means')
  await expect(future).toHaveValue('')
  await expect(page.getByText(/rows? ha(s|ve) a status that is not mapped/)).toContainText(
    `${expected.futureStartRows.length} rows have a status`,
  )
  const [one, two] = expected.shiftedRows
  await expect(page.getByText(`Rows ${one} and ${two} seem shifted`)).toBeVisible()
  await expect(page.getByText(`Shifted row ${one}`).first()).toBeVisible()
  await expect(
    page.getByLabel('What “Voluntarily Terminated” in EmploymentStatus means'),
  ).toHaveValue('left-voluntary')
  await future.selectOption({ label: 'On staff' })
  await page.getByLabel('Review name').fill('FY2025 review')
  await page.getByLabel('Period from').fill('2025-01-01')
  await page.getByLabel('Period to').fill('2025-12-31')
  await page.screenshot({ path: test.info().outputPath('values.png'), fullPage: true })
  await page.getByRole('button', { name: 'Continue to review' }).click()

  const leavers = expected.leftVoluntary + expected.leftInvoluntary
  await expect(page.getByText(`Former staff: ${leavers} leavings recorded`)).toBeVisible()
  await expect(page.getByText(/“Board of Directors” \(\d+ rows\)/)).toBeVisible()
  const imported = expected.onStaff + leavers
  await page.getByRole('button', { name: `Import ${imported} people` }).click()
  await expect(page.getByRole('heading', { name: /imported|Imported/ }).first()).toBeVisible()

  const people = await readStore<{ status: string; managerId: string | null }>(page, 'people')
  expect(people).toHaveLength(imported)
  expect(people.filter((p) => p.status === 'left')).toHaveLength(leavers)
  const records = await readStore<{ isVoluntary: boolean }>(page, 'leavers')
  expect(records.filter((l) => l.isVoluntary)).toHaveLength(expected.leftVoluntary)
  expect(records.filter((l) => !l.isVoluntary)).toHaveLength(expected.leftInvoluntary)
  const cycles = await readStore<{ id: string; name: string }>(page, 'reviewCycles')
  const cycle = cycles.find((c) => c.name === 'FY2025 review')!
  const reviews = await readStore<{ cycleId: string; overallRating: number }>(page, 'reviews')
  const rated = reviews.filter((r) => r.cycleId === cycle.id)
  expect(rated).toHaveLength(imported)
  expect(rated.filter((r) => r.overallRating === 3)).toHaveLength(expected.scores['Exceeds'] ?? 0)
  const profiles = await readStore<{ key: string; value: { name: string } }>(page, 'settings')
  expect(profiles.filter((s) => s.key.startsWith('rosterProfile:'))).toHaveLength(1)
})

/** Opens an HR export in the wizard of a new workspace and lands on the columns step. */
async function openInWizard(app: TestApp, file: string): Promise<void> {
  const { page } = app
  await goTo(page, 'People')
  await page
    .getByRole('button', { name: /Import team…/ })
    .first()
    .click()
  await app.answerOpenDialog(file)
  await page.getByRole('button', { name: /Choose (a CSV|another) file…/ }).click()
  await page.getByRole('button', { name: 'Continue to columns' }).click()
}

test('a later export of the same layout opens with the saved profile and records its new leaver as a dated event; Settings renames and deletes the profile', async ({
  app,
}) => {
  const { page } = app
  const fixture = generateHrExport(60)
  const first = join(app.tempDir, 'HR-october.csv')
  await writeFile(first, writeHrExportCsv(fixture), 'utf8')
  await page.getByRole('button', { name: /Start your own workspace/ }).click()
  await page.getByLabel('Name').fill('Dental Magic')
  await page.getByRole('button', { name: 'Create workspace' }).click()
  await expect(page.getByRole('heading', { name: 'No one here yet' })).toBeVisible()

  await openInWizard(app, first)
  await page.getByRole('button', { name: 'Continue to values' }).click()
  await page
    .getByLabel('What “Future Start” in EmploymentStatus means')
    .selectOption({ label: 'On staff' })
  await page.getByLabel('Review name').fill('FY2025 review')
  await page.getByLabel('Period from').fill('2025-01-01')
  await page.getByLabel('Period to').fill('2025-12-31')
  await page.getByRole('button', { name: 'Continue to review' }).click()
  await page.getByLabel('Remember this mapping as').fill('HR monthly export')
  await page.getByRole('button', { name: /^Import \d+ people$/ }).click()
  await expect(page.getByRole('heading', { name: /imported|Imported/ }).first()).toBeVisible()
  const leaversBefore = await readStore<{ personId: string }>(page, 'leavers')

  // November's export: one more person has left since, in the tool's words.
  const rows = fixture.rows.map((row) => [...row])
  const leaving = rows.findIndex((row, index) => index >= 6 && row[7] === 'Active')
  const leaver = rows[leaving]!
  leaver[5] = '11/2/26'
  leaver[6] = 'career change'
  leaver[7] = 'Voluntarily Terminated'
  const later = join(app.tempDir, 'HR-november.csv')
  await writeFile(later, writeHrExportCsv({ headers: fixture.headers, rows }), 'utf8')

  await openInWizard(app, later)
  await expect(
    page.getByRole('status').filter({ hasText: 'saved profile “HR monthly export”' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Continue to values' }).click()
  await expect(page.getByLabel('What “Future Start” in EmploymentStatus means')).toHaveValue(
    'active',
  )
  await expect(page.getByLabel('Review name')).toHaveValue('FY2025 review')
  await page.getByRole('button', { name: 'Continue to review' }).click()
  await expect(page.getByText('Former staff: 1 leaving recorded')).toBeVisible()
  await page.getByRole('button', { name: /^Import (1 person|the history)$/ }).click()
  await expect(page.getByRole('heading', { name: /imported|Imported/ }).first()).toBeVisible()

  const people = await readStore<{ id: string; employeeId: string; status: string }>(page, 'people')
  const person = people.find((p) => p.employeeId === leaver[1])!
  expect(person.status).toBe('left')
  const leavers = await readStore<{ personId: string; date: string; isVoluntary: boolean }>(
    page,
    'leavers',
  )
  expect(leavers).toHaveLength(leaversBefore.length + 1)
  expect(leavers.find((l) => l.personId === person.id)).toMatchObject({
    date: '2026-11-02',
    isVoluntary: true,
  })

  await goTo(page, 'Settings')
  const section = page.getByRole('region', { name: 'Import profiles' })
  await expect(section.getByText('HR monthly export')).toBeVisible()
  await expect(
    section.getByText(/14 columns: Employee_Name, EmpID, Sex, Position and 10 more/),
  ).toBeVisible()
  await section.getByRole('button', { name: 'Rename the profile HR monthly export' }).click()
  const dialog = page.getByRole('dialog', { name: 'Rename the import profile' })
  await dialog.getByLabel('Name').fill('  ')
  await dialog.getByRole('button', { name: 'Rename' }).click()
  await expect(dialog.getByText('Give the profile a name.')).toBeVisible()
  await dialog.getByLabel('Name').fill('Payroll staff report')
  await dialog.getByRole('button', { name: 'Rename' }).click()
  await expect(dialog).toBeHidden()
  const readProfiles = async () =>
    (await readStore<{ key: string; value: { name: string } }>(page, 'settings'))
      .filter((s) => s.key.startsWith('rosterProfile:'))
      .map((s) => s.value.name)
  expect(await readProfiles()).toEqual(['Payroll staff report'])
  await page.screenshot({ path: test.info().outputPath('profiles.png'), fullPage: true })

  await section.getByRole('button', { name: 'Delete the profile Payroll staff report' }).click()
  await expect(section.getByText(/No profiles yet/)).toBeVisible()
  expect(await readProfiles()).toEqual([])
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(section.getByText('Payroll staff report')).toBeVisible()
  expect(await readProfiles()).toEqual(['Payroll staff report'])
})
