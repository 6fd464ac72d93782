import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { expect, test } from '../harness/fixture'
import { readStore } from '../support/read-records'
import { goTo, openSampleCompany } from './helpers'

test('the agenda lists what is due with why; acting on an item opens it, Done hides it until Undo', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  // The dashboard's first card is the agenda.
  const card = page.getByRole('region', { name: 'Agenda' })
  await expect(card.getByRole('listitem').first()).toBeVisible()

  await goTo(page, 'Agenda')
  const overdue = page.getByRole('region', { name: /^Overdue/ })
  const first = overdue.getByRole('listitem').first()
  const title = (await first.locator('.agenda-title').textContent()) ?? ''
  expect(title).not.toBe('')
  await expect(first.locator('.agenda-why')).not.toBeEmpty()
  await expect(first.locator('.agenda-due')).toHaveText(/overdue/)

  await first.getByRole('button', { name: `Mark “${title}” done` }).click()
  await expect(page.getByText(`Done: ${title}.`)).toBeVisible()
  await expect(page.locator('.agenda-title', { hasText: title })).toHaveCount(0)
  const marks = await readStore<{ id: string; doneOn: string | null }>(page, 'agendaMarks')
  expect(marks.filter((mark) => mark.doneOn !== null)).toHaveLength(1)

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.locator('.agenda-title', { hasText: title }).first()).toBeVisible()

  // Snooze a week: gone today, with the mark saying until when.
  const second = page.locator('.agenda-row').first()
  const secondTitle = (await second.locator('.agenda-title').textContent()) ?? ''
  await second.getByLabel(`Snooze “${secondTitle}”`).selectOption({ label: 'For a week' })
  await expect(
    page.getByText(new RegExp(`^Snoozed until .*: ${escape(secondTitle)}\\.$`)),
  ).toBeVisible()
  const snoozed = await readStore<{ id: string; snoozedUntil: string | null }>(page, 'agendaMarks')
  expect(snoozed.filter((mark) => mark.snoozedUntil !== null)).toHaveLength(1)

  // The item's own button goes where the work is done.
  const action = page.locator('.agenda-row').first().getByRole('link').first()
  const label = (await action.textContent())?.trim() ?? ''
  await action.click()
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Agenda')
  expect(label.length).toBeGreaterThan(0)
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

test('Export to calendar writes an .ics that parses, with the agenda and recurring check-ins', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  await goTo(page, 'Agenda')
  const target = join(app.tempDir, 'agenda.ics')
  await app.answerSaveDialog(target)
  await page.getByRole('button', { name: 'Export to calendar…' }).click()
  await expect(page.getByText(/^Saved agenda\.ics/)).toBeVisible()

  const text = await readFile(target, 'utf8')
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event))
  const series = events.filter((event) => event.isRecurring())
  const items = events.filter((event) => !event.isRecurring())
  expect(series.length).toBeGreaterThan(10)
  expect(items.length).toBeGreaterThan(3)
  for (const event of series) {
    expect(event.uid).toMatch(/^checkin-series:.+@trellis\.invalid$/)
    expect(event.component.getFirstPropertyValue('rrule')?.toString()).toMatch(
      /FREQ=(WEEKLY|MONTHLY)/,
    )
  }
  expect(calendar.getAllSubcomponents('vtimezone').length).toBeGreaterThan(0)

  // A second export gives the same UIDs: re-importing updates events instead of doubling them.
  const again = join(app.tempDir, 'agenda-again.ics')
  await app.answerSaveDialog(again)
  await page.getByRole('button', { name: 'Export to calendar…' }).click()
  await expect(page.getByText(/^Saved agenda-again\.ics/)).toBeVisible()
  const uids = (source: string) =>
    new ICAL.Component(ICAL.parse(source))
      .getAllSubcomponents('vevent')
      .map((event) => String(event.getFirstPropertyValue('uid')))
      .sort()
  expect(uids(await readFile(again, 'utf8'))).toEqual(uids(text))
})
