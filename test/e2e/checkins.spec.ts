import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '../harness/fixture'
import { goTo, openSampleCompany } from './helpers'

function localIsoDate(daysFromToday: number): string {
  const date = new Date()
  date.setDate(date.getDate() + daysFromToday)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

test('two check-ins in a row carry an action over; private notes stay out of an export; search finds a note', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Check-ins')

  // First check-in, dated yesterday, with an action item.
  await page
    .getByRole('button', { name: /^Start check-in with / })
    .first()
    .click()
  const heading = page.getByRole('heading', { level: 1, name: /^Check-in with / })
  await expect(heading).toBeVisible()
  const name = ((await heading.textContent()) ?? '').replace('Check-in with ', '')
  await expect(page.getByRole('heading', { name: 'Suggested talking points' })).toBeVisible()
  await page.getByLabel('Date', { exact: true }).fill(localIsoDate(-1))
  await page.getByLabel('Shared notes', { exact: true }).fill('Talked about the **zebra** blend')
  await page.getByLabel('Private notes', { exact: true }).fill('Secret flamingo worry')
  await page.getByRole('button', { name: 'Add action' }).click()
  await page.getByRole('button', { name: 'Finish check-in' }).click()
  await expect(page.getByText('Describe the action.')).toBeVisible()
  await page.getByLabel('Action 1', { exact: true }).fill('Send the supplier list')
  await page.getByRole('button', { name: 'Finish check-in' }).click()
  await expect(page.getByText(`Check-in with ${name} saved as finished.`)).toBeVisible()

  // Second check-in today: the open action is at the top, carried over into this one.
  await page.getByRole('link', { name: 'Profile' }).click()
  await page.getByRole('tab', { name: 'Check-ins' }).click()
  await expect(page.getByText('Send the supplier list')).toBeVisible()
  await page.getByRole('button', { name: 'Start check-in' }).click()
  await expect(heading).toBeVisible()
  const previous = page.getByRole('region', { name: 'Open actions from earlier check-ins' })
  await previous.getByRole('button', { name: /Carry over.*Send the supplier list/ }).click()
  await expect(previous.getByText('Carried to this check-in')).toBeVisible()
  await expect(page.getByLabel(/^Action 1/)).toHaveValue('Send the supplier list')
  // A suggestion added with one key lands on the agenda.
  const suggestion = page.getByRole('button', { name: /Action: Send the supplier list/ })
  await suggestion.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('listitem')).toHaveText([
    'Action: Send the supplier list',
  ])
  await page.getByRole('button', { name: 'Finish check-in' }).click()
  await expect(page.getByText(`Check-in with ${name} saved as finished.`).last()).toBeVisible()
  await page.getByRole('link', { name: 'Profile' }).click()
  await page.getByRole('tab', { name: 'Check-ins' }).click()
  const open = page.getByRole('region', { name: 'Open actions', exact: true })
  await expect(open.getByText('Send the supplier list')).toHaveCount(1)
  await expect(page.getByText('1 action: 1 open', { exact: true })).toBeVisible()
  await expect(page.getByText('1 action: 1 carried over', { exact: true })).toBeVisible()

  // Export without, then with, private notes.
  const plain = join(app.tempDir, 'checkins.csv')
  await app.answerSaveDialog(plain)
  await page.getByRole('button', { name: 'Export check-ins…' }).click()
  await page.getByRole('button', { name: 'Export CSV…' }).click()
  await expect(page.getByText(/Exported \d+ check-ins to checkins\.csv\./)).toBeVisible()
  const text = await readFile(plain, 'utf8')
  expect(text).toContain('Talked about the zebra blend')
  expect(text).not.toContain('flamingo')
  expect(text).not.toContain('Private notes')

  const full = join(app.tempDir, 'checkins-private.csv')
  await app.answerSaveDialog(full)
  await page.getByRole('button', { name: 'Export check-ins…' }).click()
  await page.getByLabel('Include private notes').check()
  await page.getByRole('button', { name: 'Export CSV…' }).click()
  await expect(page.getByText(/with private notes/)).toBeVisible()
  expect(await readFile(full, 'utf8')).toContain('Secret flamingo worry')

  // Feedback from the menu's quick entry, then search finds the note and the feedback.
  await app.emitMenuCommand('feedback:quick')
  const dialog = page.getByRole('dialog', { name: 'Log feedback' })
  await dialog.getByLabel('About').selectOption({ label: name })
  await dialog.getByLabel('Behaviour').fill('Trained the zebra team on tamping')
  await dialog.getByRole('button', { name: 'Log feedback' }).click()
  await expect(page.getByText(`Logged feedback for ${name}.`)).toBeVisible()

  await goTo(page, 'Check-ins')
  await page.getByRole('tab', { name: 'Search' }).click()
  await page.getByLabel('Search check-in notes and feedback').fill('zebra')
  const results = page.getByRole('region', { name: 'Search notes and feedback' })
  await expect(results.getByText('2 matches')).toBeVisible()
  await expect(results.getByRole('link', { name: `${name} · Check-in` })).toBeVisible()
  await expect(results.getByRole('link', { name: `${name} · Feedback` })).toBeVisible()
})
