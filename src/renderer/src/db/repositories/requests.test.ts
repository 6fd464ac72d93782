import 'fake-indexeddb/auto'
import { generateX25519Identity, identityToRecipient } from 'age-encryption'
import { describe, expect, it } from 'vitest'
import {
  createDefaultRequestInput,
  createInputRequest,
  type NewRequestInput,
} from '../../../../shared/domain/requests'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import { responseKeySettingKey, type RequestResponse } from '../../../../shared/model'
import { recordChanges, undoChanges } from '../undo'
import { openWorkspaceDb } from '../workspace-db'
import {
  closeRequest,
  createRequest,
  deleteRequest,
  findLastAskedBy,
  markRecipientsExported,
  readOrCreateResponseKey,
  readRequestsData,
  reopenRequest,
} from './requests'
import { replaceWorkspaceData } from './snapshot'

const today = '2026-11-23'
const sample = generateSampleCompany({ today })
const asked = sample.people.filter((p) => p.status === 'active' && p.roleId !== null).slice(0, 3)

async function setUp(name: string) {
  const db = openWorkspaceDb(name)
  await replaceWorkspaceData(db, { ...sample, requests: [], responses: [] })
  return db
}

async function newRequest(db: Awaited<ReturnType<typeof setUp>>, askedBy = 'Mara Jensen') {
  const data = await readRequestsData(db)
  const input: NewRequestInput = {
    ...createDefaultRequestInput({ kind: 'self-review' }, data, { today, askedBy }),
    personIds: asked.map((p) => p.id),
  }
  const result = createInputRequest(input, data, {
    id: crypto.randomUUID(),
    today,
    newToken: () => crypto.randomUUID(),
  })
  if (!result.ok) throw new Error(result.message)
  return createRequest(db, result.request)
}

describe('requests repository', () => {
  it('stores a request with a file per person, and remembers who asked', async () => {
    const db = await setUp('requests-create')
    const request = await newRequest(db, 'Łukasz Nowak')
    const stored = await db.requests.get(request.id)
    expect(stored?.recipients.map((r) => r.personId)).toEqual(asked.map((p) => p.id))
    expect(stored?.recipients.every((r) => r.exportedAt === null)).toBe(true)
    expect(await findLastAskedBy(db)).toBe('Łukasz Nowak')
  })

  it('refuses a request the model rejects, storing nothing', async () => {
    const db = await setUp('requests-bad')
    const request = await newRequest(db)
    await expect(
      createRequest(db, { ...request, id: crypto.randomUUID(), title: '   ' }),
    ).rejects.toThrow(/title/)
    expect(await db.requests.count()).toBe(1)
  })

  it('marks the chosen files exported on the day, and a reminder moves the date', async () => {
    const db = await setUp('requests-export')
    const request = await newRequest(db)
    const [first, second] = request.recipients
    await markRecipientsExported(db, request.id, [first!.token, second!.token], '2026-11-23')
    await markRecipientsExported(db, request.id, [second!.token], '2026-11-30')
    const stored = await db.requests.get(request.id)
    expect(stored?.recipients.map((r) => r.exportedAt)).toEqual(['2026-11-23', '2026-11-30', null])
  })

  it('marks nothing when one token is not the request’s', async () => {
    const db = await setUp('requests-export-bad')
    const request = await newRequest(db)
    const tokens = [request.recipients[0]!.token, crypto.randomUUID()]
    await expect(markRecipientsExported(db, request.id, tokens, today)).rejects.toThrow(
      /nothing was marked/,
    )
    const stored = await db.requests.get(request.id)
    expect(stored?.recipients.every((r) => r.exportedAt === null)).toBe(true)
  })

  it('closes and reopens a request', async () => {
    const db = await setUp('requests-close')
    const request = await newRequest(db)
    await closeRequest(db, request.id)
    expect((await db.requests.get(request.id))?.status).toBe('closed')
    await reopenRequest(db, request.id)
    expect((await db.requests.get(request.id))?.status).toBe('open')
    await expect(closeRequest(db, 'missing')).rejects.toThrow(/no longer exists/)
  })

  it('deletes a request with its responses, and undo puts both back', async () => {
    const db = await setUp('requests-delete')
    const request = await newRequest(db)
    const other = await newRequest(db)
    const response: RequestResponse = {
      id: crypto.randomUUID(),
      requestId: request.id,
      recipientToken: request.recipients[0]!.token,
      personId: request.recipients[0]!.personId,
      submittedAt: '2026-11-24T09:00:00.000Z',
      importedAt: '2026-11-24T10:00:00.000Z',
      fileName: 'answer.trellis-response',
      answers: [],
    }
    await db.responses.add(response)
    const { result, changes } = await recordChanges(db, () => deleteRequest(db, request.id))
    expect(result.request.id).toBe(request.id)
    expect(result.responses.map((r) => r.id)).toEqual([response.id])
    expect(await db.requests.get(request.id)).toBeUndefined()
    expect(await db.responses.count()).toBe(0)
    expect(await db.requests.get(other.id)).toBeDefined()
    await undoChanges(db, changes)
    expect(await db.requests.get(request.id)).toEqual(request)
    expect(await db.responses.get(response.id)).toEqual(response)
  })
})

describe('readOrCreateResponseKey', () => {
  const makeKey = async () => {
    const identity = await generateX25519Identity()
    return { recipient: await identityToRecipient(identity), sealedIdentity: btoa(identity) }
  }

  it('creates the key once and keeps it', async () => {
    const db = await setUp('requests-key')
    let made = 0
    const create = async () => {
      made += 1
      return makeKey()
    }
    const first = await readOrCreateResponseKey(db, create)
    const second = await readOrCreateResponseKey(db, create)
    expect(made).toBe(1)
    expect(second).toEqual(first)
    expect(first.recipient).toMatch(/^age1/)
    expect((await db.settings.get(responseKeySettingKey))?.value).toEqual(first)
  })

  it('keeps the key another caller stored while this one was being made', async () => {
    const db = await setUp('requests-key-race')
    const keys = await Promise.all([
      readOrCreateResponseKey(db, makeKey),
      readOrCreateResponseKey(db, makeKey),
    ])
    const stored = (await db.settings.get(responseKeySettingKey))?.value
    expect(keys[0]).toEqual(stored)
    expect(keys[1]).toEqual(stored)
  })
})
