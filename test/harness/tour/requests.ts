// Requests: the list of what was asked, a request's page with its files, the Pulse tab, the New
// request dialog for a self-review and for a team pulse, and where the answers show: the prep on a
// draft check-in and the aspirations on a profile (the review editor's In their words is in
// reviews.ts). tourResponseImport exports a request and previews an answer coming back; it writes
// data, so it runs in the last segment.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import type { InputRequest } from '../../../src/shared/model'
import { readStore } from '../../support/read-records'
import {
  encryptText,
  exportRequest,
  readSourceData,
  readWorkspaceId,
  respondTo,
  writeResponseFile,
} from '../../support/response-files'
import { userFolder } from './files'
import { dismissMessages, type Tour } from './tour'

/** The roastery's people answered the aspirations request. */
const aspiring = { id: 'person-03', name: 'Aoife Brennan' }

export async function tourRequests(tour: Tour): Promise<void> {
  const { page } = tour
  await tour.goTo('/requests', 'Requests')
  const titles = page.getByRole('main').getByRole('table').getByRole('link')
  await expect(titles.first()).toBeVisible()
  await tour.shoot('requests-list')

  const title = (await titles.first().innerText()).trim()
  await titles.first().click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await tour.shoot('requests-detail')

  await tour.goTo('/requests', 'Requests')
  await tour.openTab('Pulse')
  await expect(page.getByRole('heading', { name: /eNPS/ }).first()).toBeVisible()
  await tour.shoot('requests-pulse')
  await tour.openTab('Requests')

  await page.getByRole('button', { name: 'New request…' }).click()
  const dialog = await tour.dialog('New request')
  await expect(dialog.getByRole('radio', { name: /^Self-review/ })).toBeChecked()
  await tour.shoot('requests-new-self-review')
  await dialog.getByRole('radio', { name: /^Team pulse/ }).check()
  const statement = dialog.getByRole('textbox', { name: 'Statement 1', exact: true })
  await expect(statement).toBeVisible()
  await tour.shoot('requests-new-pulse', { scrollTo: statement })
  await tour.closeDialog(dialog)

  await tour.goTo('/checkins', 'Check-ins')
  // A draft check-in with its 1:1 prep (sample requests.ts answers the drafts' prep). Whose
  // drafts they are, and whether they are due yet, depends on today's date: everyone is shown.
  await page.getByLabel('Show').selectOption('all')
  const draft = page
    .getByRole('row')
    .filter({ hasText: 'Prep received' })
    .first()
    .getByRole('link', { name: /^Continue draft with / })
  const prepped = ((await draft.textContent()) ?? '')
    .replace(/^Continue draft\s*with\s*/, '')
    .trim()
  await draft.click()
  await expect(
    page.getByRole('heading', { level: 1, name: `Check-in with ${prepped}` }),
  ).toBeVisible()
  const prep = page.getByRole('heading', { name: new RegExp(`^${prepped}.s prep, received`) })
  await tour.shoot('checkins-prep', { scrollTo: prep })

  await tour.goTo(`/people/${aspiring.id}`, aspiring.name)
  await tour.shoot('people-aspirations', {
    scrollTo: page.getByRole('heading', { name: 'Their aspirations' }),
  })
}

/** Exports the self-review still out for one person, and previews their answer coming back. */
export async function tourResponseImport(tour: Tour): Promise<void> {
  const { page, app } = tour
  const data = await readSourceData(page)
  const requests = (await readStore<InputRequest>(page, 'requests')).filter(
    (r) => r.kind === 'self-review' && r.status === 'open',
  )
  const request = requests.find((r) => r.recipients.some((recipient) => !recipient.answeredAt))
  if (!request) throw new Error('The sample company has no self-review still to answer.')
  const index = request.recipients.findIndex((recipient) => !recipient.answeredAt)
  const person = data.people.find((p) => p.id === request.recipients[index]!.personId)!
  const folder = join(userFolder(tour), 'Requests to send')
  const recipient = await exportRequest(
    page,
    async (path) => void app.dialogs.openPaths.push(path),
    folder,
    request,
  )
  await tour.shoot('requests-exported', { keepMessages: true })
  // The page as the person opens it from the file, offline: the top, and the first questions.
  const written = await readdir(folder)
  const fileName = written.find((name) => name.endsWith(` - ${person.displayName}.html`))
  if (!fileName)
    throw new Error(`No request file for ${person.displayName} in ${written.join(', ')}`)
  const requestPage = join(folder, fileName)
  await tour.shootFile('request-page-top', requestPage)
  await tour.shootFile('request-page-questions', requestPage, async (tab) => {
    const first = tab.getByRole('radiogroup').first()
    await first.getByRole('radio').nth(2).check()
    await first.evaluate((element) => element.scrollIntoView({ block: 'start' }))
  })
  // The toast would sit under the import dialog, out of reach of the shot's own tidying.
  await dismissMessages(page)

  const document = respondTo(request, await readWorkspaceId(page), { index })
  const file = await writeResponseFile(
    join(userFolder(tour), 'Downloads'),
    fileName.replace(/\.html$/, '.trellis-response'),
    await encryptText(recipient, JSON.stringify(document)),
  )
  app.dialogs.openPathLists.push([file])
  await app.emitMenuCommand('responses:import')
  const preview = await tour.dialog('Import responses')
  await expect(preview.getByRole('heading', { name: 'To import (1)' })).toBeVisible()
  await tour.shoot('responses-import-preview')
  await tour.closeDialog(preview)
}
