import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import { openHarnessAppOnDisk } from '../harness/launch'
import { readStore } from '../support/read-records'
import {
  encryptText,
  makeRequest,
  putRecords,
  readSourceData,
  readWorkspaceId,
  respondTo,
  writeResponseFile,
} from '../support/response-files'

const people = 50

export interface ResponseTimings {
  /** Export files… clicked to the 50 pages written (main builds and writes each file). */
  exportMs: number
  /** The 50 files picked to the preview shown: read, decrypted, checked, planned. */
  previewMs: number
  /** Import clicked to the one transaction done. */
  commitMs: number
}

/** Waits for text on the page by polling innerText (role queries would cost the page's thread). */
async function waitForText(page: Page, text: string): Promise<number> {
  await page.waitForFunction((wanted) => document.body.innerText.includes(wanted), text, {
    polling: 20,
    timeout: 60_000,
  })
  return performance.now()
}

/**
 * "requests: export 50 request files" and "responses: import 50 response files": a self-review
 * for 50 people of the sample company (13 added beside its 37), exported through the scripted
 * folder dialog, then 50 answers age-encrypted to the workspace's key and imported at once.
 */
export async function measureResponses(): Promise<ResponseTimings> {
  const app = await openHarnessAppOnDisk({ viewport: { width: 1440, height: 900 } })
  const { page } = app
  const folder = await mkdtemp(join(tmpdir(), 'trellis-responses-bench-'))
  try {
    await page.getByRole('button', { name: /Explore the sample company/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({
      timeout: 30_000,
    })
    const sample = await readStore<Record<string, unknown>>(page, 'people')
    const active = sample.filter((p) => p.status === 'active' && p.roleId && p.managerId)
    const added = Array.from({ length: Math.max(0, people - active.length) }, (_, index) => {
      const like = active[index % active.length]!
      return {
        ...like,
        id: `bench-person-${index}`,
        employeeId: `BENCH-${index}`,
        displayName: `Bench Person ${index + 1}`,
        givenName: 'Bench',
        familyName: `Person ${index + 1}`,
        email: `bench.${index}@example.com`,
      }
    })
    await putRecords(page, 'people', added)
    const data = await readSourceData(page)
    const request = makeRequest(data, 'self-review', {
      personIds: [...active, ...added].slice(0, people).map((p) => String(p.id)),
      title: 'Bench self-review',
    })
    for (const recipient of request.recipients) recipient.exportedAt = null
    await putRecords(page, 'requests', [request])

    await page.evaluate((id) => (window.location.hash = `#/requests/${id}`), request.id)
    await expect(page.getByRole('heading', { level: 1, name: request.title })).toBeVisible()
    const outbox = join(folder, 'out')
    await mkdir(outbox)
    app.dialogs.openPaths.push(outbox)
    const exportStarted = performance.now()
    await page.getByRole('main').getByRole('button', { name: 'Export files…' }).click()
    const exported = await waitForText(page, `Saved ${people} request files`)
    const written = await readdir(outbox)
    if (written.length !== people) throw new Error(`Export wrote ${written.length} files.`)

    const settings = await readStore<{ key: string; value: { recipient: string } }>(
      page,
      'settings',
    )
    const key = settings.find((s) => s.key === 'responseKey')!.value.recipient
    const workspaceId = await readWorkspaceId(page)
    const paths = await Promise.all(
      request.recipients.map(async (_, index) =>
        writeResponseFile(
          join(folder, 'in'),
          `answer-${index}.trellis-response`,
          await encryptText(key, JSON.stringify(respondTo(request, workspaceId, { index }))),
        ),
      ),
    )
    app.dialogs.openPathLists.push(paths)
    const pickStarted = performance.now()
    await app.emitMenuCommand('responses:import')
    const previewed = await waitForText(page, `To import (${people})`)
    const commitStarted = performance.now()
    await page.getByRole('button', { name: `Import ${people} responses` }).click()
    const committed = await waitForText(page, `Imported ${people} responses`)
    const stored = await readStore(page, 'responses')
    if (stored.length < people) throw new Error(`Only ${stored.length} responses were stored.`)
    return {
      exportMs: exported - exportStarted,
      previewMs: previewed - pickStarted,
      commitMs: committed - commitStarted,
    }
  } finally {
    await app.close()
    await rm(folder, { recursive: true, force: true })
  }
}
