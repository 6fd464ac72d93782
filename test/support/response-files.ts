import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { Encrypter } from 'age-encryption'
import {
  answerEveryQuestion,
  createDefaultRequestInput,
  createInputRequest,
  createResponseDocument,
  type NewRequestInput,
  type RequestSourceData,
  type ResponseDocument,
} from '../../src/shared/domain/requests'
import type { Answer, InputRequest, RequestKind } from '../../src/shared/model'
import { expect } from '@playwright/test'
import { readAllRecords, readOpenWorkspaceDbName, readStore } from './read-records'

/**
 * What the response specs share: requests put into the open workspace, the key the app makes
 * when a request is exported, and response files written as the request page writes them
 * (age-encrypted to the workspace's recipient).
 */

export function todayIso(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

let counter = 0
export const newUuid = () =>
  `10000000-0000-4000-8000-${String(Date.now() % 1e6).padStart(6, '0')}${String(++counter).padStart(6, '0')}`

export async function readWorkspaceId(page: Page): Promise<string> {
  const name = await readOpenWorkspaceDbName(page)
  return name.slice('trellis-workspace-'.length)
}

export async function readSourceData(page: Page): Promise<RequestSourceData> {
  return (await readAllRecords(page)) as unknown as RequestSourceData
}

/** A request as the New request dialog makes it, on `createdOn` (a past day for an old one). */
export function makeRequest(
  data: RequestSourceData,
  kind: RequestKind,
  patch: Partial<NewRequestInput> & { createdOn?: string } = {},
): InputRequest {
  const { createdOn = todayIso(), ...rest } = patch
  const base = createDefaultRequestInput({ kind }, data, {
    today: createdOn,
    askedBy: 'Mara Jensen',
  })
  const result = createInputRequest({ ...base, ...rest }, data, {
    id: `spec-${kind}-${newUuid()}`,
    today: createdOn,
    newToken: newUuid,
  })
  if (!result.ok) throw new Error(result.message)
  for (const recipient of result.request.recipients) recipient.exportedAt = createdOn
  return result.request
}

/** Writes records straight into a store of the open workspace (the app reads them on its next query). */
export async function putRecords(page: Page, store: string, records: unknown[]): Promise<void> {
  const databaseName = await readOpenWorkspaceDbName(page)
  await page.evaluate(
    async ([name, storeName, values]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onerror = () => reject(request.error)
        request.onsuccess = () => resolve(request.result)
      })
      const tx = db.transaction(storeName, 'readwrite')
      for (const value of values) tx.objectStore(storeName).put(value)
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      db.close()
    },
    [databaseName, store, records] as const,
  )
}

/**
 * Exports the request's file from its page, as a manager does: the first export makes the
 * workspace's response key. Returns the recipient the page would encrypt to.
 */
export async function exportRequest(
  page: Page,
  answerFolder: (path: string) => Promise<void>,
  folder: string,
  request: InputRequest,
): Promise<string> {
  await mkdir(folder, { recursive: true })
  await page.evaluate(
    (id) => (window.location.hash = `#/requests/${encodeURIComponent(id)}`),
    request.id,
  )
  await expect(page.getByRole('heading', { level: 1, name: request.title })).toBeVisible()
  await answerFolder(folder)
  await page.getByRole('button', { name: 'Export files…' }).click()
  await expect(page.getByText(/Saved .* in /).first()).toBeVisible()
  const settings = await readStore<{ key: string; value: { recipient: string } }>(page, 'settings')
  const key = settings.find((s) => s.key === 'responseKey')
  if (!key) throw new Error('Exporting a request made no response key.')
  return key.value.recipient
}

export function respondTo(
  request: InputRequest,
  workspaceId: string,
  options: {
    answers?: Answer[]
    pick?: (count: number, questionId: string) => number
    index?: number
  } = {},
): ResponseDocument {
  const recipient = request.recipients[options.index ?? 0]!
  const pick = options.pick ?? ((count: number) => count - 2)
  return createResponseDocument(request, recipient, {
    workspaceId,
    responseId: crypto.randomUUID(),
    submittedAt: new Date().toISOString(),
    answers: options.answers ?? answerEveryQuestion(recipient.questions, (q, n) => pick(n, q.id)),
  })
}

export async function encryptText(recipient: string, text: string): Promise<Uint8Array> {
  const encrypter = new Encrypter()
  encrypter.addRecipient(recipient)
  return encrypter.encrypt(text)
}

/** Writes `name` into `folder` and returns its path. */
export async function writeResponseFile(
  folder: string,
  name: string,
  content: Uint8Array | string,
): Promise<string> {
  await mkdir(folder, { recursive: true })
  const path = join(folder, name)
  await writeFile(path, content)
  return path
}

/** Drops files on the window as a user dragging them from the file manager. */
export async function dropFiles(
  page: Page,
  files: { name: string; bytes: Uint8Array }[],
): Promise<void> {
  await page.evaluate(
    (list) => {
      const transfer = new DataTransfer()
      for (const file of list)
        transfer.items.add(new File([Uint8Array.from(file.bytes)], file.name))
      window.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      )
    },
    files.map((f) => ({ name: f.name, bytes: [...f.bytes] })),
  )
}
