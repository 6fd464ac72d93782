import { readFile, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Encrypter } from 'age-encryption'
import type { DesktopApi } from '../../src/shared/contract'
import { expect, test } from '../harness/fixture'

/**
 * The request and response calls across the page's bridge, with the dialogs scripted as specs
 * script them: the key made by main, request pages written into the chosen folder, response files
 * picked (many at once) and dropped (bytes inside a list) read back or refused by name.
 */
test('request pages and response files cross the bridge with scripted dialogs', async ({ app }) => {
  const { page, tempDir } = app
  await page.waitForFunction(() => Boolean(window.api))
  const key = await page.evaluate(() => (window.api as DesktopApi).createResponseKey())
  expect(key.recipient).toMatch(/^age1[0-9a-z]{58}$/)
  expect(key.sealedIdentity).not.toContain('AGE-SECRET-KEY')

  const folder = join(tempDir, 'Requests')
  await mkdir(folder)
  await app.answerFolderDialog(folder)
  const saved = await page.evaluate(() =>
    (window.api as DesktopApi).saveRequestFiles({
      files: [{ fileName: 'Ana Lima - self-review.html', html: '<!doctype html><p>Ana</p>' }],
    }),
  )
  expect(saved).toEqual({ status: 'saved', folderName: 'Requests', fileCount: 1 })
  expect(await readFile(join(folder, 'Ana Lima - self-review.html'), 'utf8')).toBe(
    '<!doctype html><p>Ana</p>',
  )

  const encrypter = new Encrypter()
  encrypter.addRecipient(key.recipient)
  const response = await encrypter.encrypt('{"format":"trellis-response"}')
  await writeFile(join(tempDir, 'ana.trellis-response'), response)
  await writeFile(join(tempDir, 'notes.trellis-response'), '{"not":"encrypted"}')
  await app.answerOpenPathsDialog([
    join(tempDir, 'ana.trellis-response'),
    join(tempDir, 'notes.trellis-response'),
  ])
  const expected = [
    { fileName: 'ana.trellis-response', status: 'read', text: '{"format":"trellis-response"}' },
    {
      fileName: 'notes.trellis-response',
      status: 'refused',
      reason: 'notes.trellis-response is not a Trellis response file.',
    },
  ]
  const picked = await page.evaluate(
    (sealedIdentity) => (window.api as DesktopApi).pickResponseFiles({ sealedIdentity }),
    key.sealedIdentity,
  )
  expect(picked).toEqual({ status: 'opened', files: expected })

  const dropped = await page.evaluate(
    ([sealedIdentity, bytes]) =>
      (window.api as DesktopApi).openResponseBytes({
        sealedIdentity,
        files: [
          { fileName: 'ana.trellis-response', bytes: Uint8Array.from(bytes) },
          {
            fileName: 'notes.trellis-response',
            bytes: new TextEncoder().encode('{"not":"encrypted"}'),
          },
        ],
      }),
    [key.sealedIdentity, [...response]] as const,
  )
  expect(dropped).toEqual({ files: expected })

  await app.answerOpenPathsDialog(null)
  const cancelled = await page.evaluate(
    (sealedIdentity) => (window.api as DesktopApi).pickResponseFiles({ sealedIdentity }),
    key.sealedIdentity,
  )
  expect(cancelled).toEqual({ status: 'cancelled' })
})
