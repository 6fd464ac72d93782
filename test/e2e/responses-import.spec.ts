import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { generateX25519Identity, identityToRecipient } from 'age-encryption'
import { enpsQuestionId } from '../../src/shared/domain/requests'
import type { InputRequest } from '../../src/shared/model'
import { expect, test, type TestApp } from '../harness/fixture'
import { findSeriousViolations } from '../support/axe'
import { openSampleCompany } from './helpers'
import { readAllRecords, readStore } from '../support/read-records'
import {
  addDays,
  dropFiles,
  encryptText,
  exportRequest,
  makeRequest,
  putRecords,
  readSourceData,
  readWorkspaceId,
  respondTo,
  todayIso,
  writeResponseFile,
} from '../support/response-files'

type Setup = {
  page: Page
  workspaceId: string
  recipient: string
  selfReview: InputRequest
  pulse: InputRequest
  closed: InputRequest
  expired: InputRequest
  personName: string
  folder: string
}

/** The sample company with a self-review, a pulse, a closed and an expired request; exporting the self-review makes the key. */
async function setUp(app: TestApp): Promise<Setup> {
  const { page } = app
  await openSampleCompany(page)
  const data = await readSourceData(page)
  const person = data.people.find(
    (p) => p.status === 'active' && p.roleId !== null && p.managerId !== null,
  )!
  const selfReview = makeRequest(data, 'self-review', {
    personIds: [person.id],
    title: 'Self-review for the import spec',
  })
  const pulse = makeRequest(data, 'team-pulse', { title: 'Import spec pulse' })
  const closed = makeRequest(data, 'aspirations', {
    personIds: [person.id],
    title: 'Closed aspirations request',
  })
  closed.status = 'closed'
  const past = addDays(todayIso(), -40)
  const expired = makeRequest(data, 'checkin-prep', {
    personIds: [person.id],
    title: 'Expired 1:1 prep',
    createdOn: past,
    dueDate: addDays(past, 7),
    expiresOn: addDays(past, 14),
  })
  await putRecords(page, 'requests', [selfReview, pulse, closed, expired])
  const recipient = await exportRequest(
    page,
    app.answerFolderDialog,
    join(app.tempDir, 'Requests to send'),
    selfReview,
  )
  return {
    page,
    workspaceId: await readWorkspaceId(page),
    recipient,
    selfReview,
    pulse,
    closed,
    expired,
    personName: person.displayName,
    folder: join(app.tempDir, 'Responses'),
  }
}

async function writeEncrypted(s: Setup, name: string, document: unknown): Promise<string> {
  return writeResponseFile(s.folder, name, await encryptText(s.recipient, JSON.stringify(document)))
}

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Import responses' })

test('responses chosen in File → Import responses… are previewed, imported in one step and undone', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const s = await setUp(app)
  const { page } = s
  const good = await writeEncrypted(
    s,
    'self-review.trellis-response',
    respondTo(s.selfReview, s.workspaceId),
  )
  const pulseFile = await writeEncrypted(
    s,
    'pulse.trellis-response',
    respondTo(s.pulse, s.workspaceId, { pick: (n, id) => (id === enpsQuestionId ? 10 : n - 1) }),
  )
  const plain = await writeResponseFile(s.folder, 'notes.trellis-response', '{"not":"a response"}')
  const before = await readAllRecords(page)

  await app.answerOpenPathsDialog([good, pulseFile, plain])
  await app.emitMenuCommand('responses:import')
  const dialog = dialogOf(page)
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText(
    '2 files can be imported; 1 was refused and will not change anything.',
  )
  const toImport = dialog.getByRole('region', { name: /To import/ })
  const selfItem = toImport
    .getByRole('listitem')
    .filter({ hasText: 'self-review.trellis-response' })
  await expect(selfItem).toContainText(s.personName)
  await expect(selfItem).toContainText('Self-review for the import spec')
  await expect(selfItem).toContainText('Self-review')
  await expect(selfItem.getByRole('list')).not.toBeEmpty()
  const pulseItem = toImport.getByRole('listitem').filter({ hasText: 'pulse.trellis-response' })
  await expect(pulseItem).toContainText('Anonymous')
  const refused = dialog.getByRole('region', { name: /Refused/ })
  await expect(refused).toContainText('notes.trellis-response')
  await expect(refused).toContainText('notes.trellis-response is not a Trellis response file.')
  // Nothing is written before Import.
  expect(await readAllRecords(page)).toEqual(before)

  for (const scheme of ['light', 'dark'] as const) {
    await page.evaluate((theme) => (document.documentElement.dataset.theme = theme), scheme)
    expect(await findSeriousViolations(page, 'dialog[open]')).toEqual([])
    await page.screenshot({ path: test.info().outputPath(`import-preview-${scheme}.png`) })
  }

  // The keyboard path: Import is reachable with Tab and pressed with Enter.
  const importButton = dialog.getByRole('button', { name: 'Import 2 responses' })
  await importButton.focus()
  await page.keyboard.press('Enter')
  await expect(dialog).toContainText(
    'Imported 2 responses. 1 file was refused and changed nothing.',
  )
  await page.screenshot({ path: test.info().outputPath('import-done.png') })
  const responses = await readStore<{ requestId: string; personId: string | null }>(
    page,
    'responses',
  )
  expect(responses.filter((r) => r.requestId === s.selfReview.id).length).toBe(1)
  const pulseResponses = responses.filter((r) => r.requestId === s.pulse.id)
  expect(pulseResponses.map((r) => r.personId)).toEqual([null])
  const assessments = await readStore<{ source: string; note: string }>(page, 'assessments')
  const selfRatings = assessments.filter((a) => a.note.includes('Self-review for the import spec'))
  expect(selfRatings.length).toBeGreaterThan(0)
  expect(selfRatings.every((a) => a.source === 'self')).toBe(true)
  const requests = await readStore<InputRequest>(page, 'requests')
  expect(requests.find((r) => r.id === s.selfReview.id)?.recipients[0]?.answeredAt).toBe(todayIso())

  // Undo import in the dialog puts back every record as it was before the import.
  await dialog.getByRole('button', { name: 'Undo import' }).click()
  await expect(dialog).toContainText('Undone: the 2 responses and everything they changed')
  const afterUndo = await readAllRecords(page)
  for (const store of ['responses', 'assessments', 'requests', 'reviews']) {
    expect(afterUndo[store], store).toEqual(before[store])
  }
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
})

test('every bad response file is refused by name with its reason, and nothing changes', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const s = await setUp(app)
  const { page } = s
  const selfQuestions = s.selfReview.recipients[0]!.questions
  const scale = selfQuestions.find((q) => q.type === 'scale')!
  const valid = respondTo(s.selfReview, s.workspaceId)
  const validBytes = await encryptText(s.recipient, JSON.stringify(valid))
  const tampered = Uint8Array.from(validBytes)
  tampered[tampered.length - 20]! ^= 0xff
  const otherRecipient = await identityToRecipient(await generateX25519Identity())

  const files: Array<[string, string]> = [
    [
      await writeEncrypted(s, 'other workspace.trellis-response', {
        ...valid,
        workspaceId: 'another-workspace',
      }),
      'It answers a request from another workspace.',
    ],
    [
      await writeResponseFile(
        s.folder,
        'other key.trellis-response',
        await encryptText(otherRecipient, JSON.stringify(valid)),
      ),
      'other key.trellis-response was written for another workspace: this workspace cannot read it.',
    ],
    [
      await writeEncrypted(s, 'unknown.trellis-response', {
        ...valid,
        requestId: 'no-such-request',
      }),
      'It answers a request this workspace does not know; it may have been deleted.',
    ],
    [
      await writeEncrypted(s, 'closed.trellis-response', respondTo(s.closed, s.workspaceId)),
      `It answers “${s.closed.title}”, which is closed. Reopen the request to import it.`,
    ],
    [
      await writeEncrypted(s, 'expired.trellis-response', respondTo(s.expired, s.workspaceId)),
      `It answers “${s.expired.title}”, which expired on`,
    ],
    [
      await writeResponseFile(s.folder, 'tampered.trellis-response', tampered),
      'tampered.trellis-response is damaged or was changed after it was saved; ask for it to be sent again.',
    ],
    [
      await writeResponseFile(
        s.folder,
        'truncated.trellis-response',
        validBytes.slice(0, Math.floor(validBytes.length / 2)),
      ),
      'truncated.trellis-response is damaged or was changed after it was saved; ask for it to be sent again.',
    ],
    [
      await writeResponseFile(
        s.folder,
        'notes.trellis-response',
        'Dear Mara, here are my answers.',
      ),
      'notes.trellis-response is not a Trellis response file.',
    ],
    [
      await writeEncrypted(s, 'json.trellis-response', { hello: 'world' }),
      'It is not a Trellis response file.',
    ],
    [
      await writeEncrypted(s, 'off scale.trellis-response', {
        ...valid,
        answers: valid.answers.map((a) => (a.questionId === scale.id ? { ...a, value: 99 } : a)),
      }),
      'which is not on its scale',
    ],
    [
      await writeEncrypted(s, 'not asked.trellis-response', {
        ...valid,
        answers: [...valid.answers, { questionId: 'skill:not-asked', value: 3 }],
      }),
      'It answers a question the request did not ask (skill:not-asked).',
    ],
    [
      await writeResponseFile(
        s.folder,
        'huge.trellis-response',
        new Uint8Array(10 * 1024 * 1024 + 1),
      ),
      'huge.trellis-response is larger than 10 MB; it is not a Trellis response.',
    ],
  ]
  const before = await readAllRecords(page)
  await app.answerOpenPathsDialog(files.map(([path]) => path))
  await app.emitMenuCommand('responses:import')
  const dialog = dialogOf(page)
  await expect(dialog).toContainText(
    `None of the ${files.length} files can be imported, so nothing was imported.`,
  )
  const refused = dialog.getByRole('region', { name: /Refused/ })
  for (const [path, reason] of files) {
    const name = path.split(/[\\/]/).pop()!
    const item = refused
      .getByRole('listitem')
      .filter({ has: page.getByText(name, { exact: true }) })
    await expect(item, name).toContainText(reason)
  }
  await expect(dialog.getByRole('button', { name: /^Import/ })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Close' }).click()
  expect(await readAllRecords(page)).toEqual(before)

  // A response imported once is refused the second time, and the second try changes nothing.
  const once = await writeResponseFile(s.folder, 'once.trellis-response', validBytes)
  await app.answerOpenPathsDialog([once])
  await app.emitMenuCommand('responses:import')
  await dialog.getByRole('button', { name: 'Import 1 response' }).click()
  await expect(dialog).toContainText('Imported 1 response.')
  await dialog.getByRole('button', { name: 'Close' }).click()
  const imported = await readAllRecords(page)
  await app.answerOpenPathsDialog([once])
  await app.emitMenuCommand('responses:import')
  await expect(dialog).toContainText('The file cannot be imported, so nothing was imported.')
  await expect(dialog).toContainText('It was imported before; nothing new in it.')
  await dialog.getByRole('button', { name: 'Close' }).click()
  expect(await readAllRecords(page)).toEqual(imported)
})

test('response files dropped on the window are previewed and imported, and the toast’s Undo takes them out', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const s = await setUp(app)
  const { page } = s
  const answers = [0, 1, 2].map(() => respondTo(s.pulse, s.workspaceId))
  const bytes = await Promise.all(answers.map((a) => encryptText(s.recipient, JSON.stringify(a))))
  await dropFiles(page, [
    ...bytes.map((b, i) => ({ name: `pulse ${i + 1}.trellis-response`, bytes: b })),
    { name: 'stray.trellis-response', bytes: new TextEncoder().encode('hello') },
  ])
  const dialog = dialogOf(page)
  await expect(dialog).toContainText(
    '3 files can be imported; 1 was refused and will not change anything.',
  )
  await expect(dialog).toContainText('stray.trellis-response is not a Trellis response file.')
  await dialog.getByRole('button', { name: 'Import 3 responses' }).click()
  await expect(dialog).toContainText('Imported 3 responses.')
  const stored = await readStore<{ requestId: string }>(page, 'responses')
  expect(stored.filter((r) => r.requestId === s.pulse.id).length).toBe(3)
  // The toast offers the same undo.
  await dialog.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByText('Undone: the 3 responses')).toBeVisible()
  const undone = await readStore<{ requestId: string }>(page, 'responses')
  expect(undone.filter((r) => r.requestId === s.pulse.id).length).toBe(0)
})

test('a workspace that never sent a request says so instead of opening a dialog', async ({
  app,
}) => {
  const { page } = app
  await openSampleCompany(page)
  const settings = await readStore<{ key: string }>(page, 'settings')
  test.skip(
    settings.some((r) => r.key === 'responseKey'),
    'the sample workspace has a key',
  )
  await app.emitMenuCommand('responses:import')
  await expect(page.getByText(/This workspace has not sent any request yet/)).toBeVisible()
  await expect(dialogOf(page)).toHaveCount(0)
})
