import type { RequestSourceData } from '../../../../shared/domain/requests'
import {
  InputRequest,
  ResponseKeyRecord,
  responseKeySettingKey,
  type RequestResponse,
} from '../../../../shared/model'
import { readTables } from '../read-tables'
import type { WorkspaceDb } from '../workspace-db'
import { parseRecord } from './record-checks'

/** The tables the New request form and the question builders read. */
export const requestSourceTables = [
  'people',
  'teams',
  'skills',
  'scaleLevels',
  'roleProfiles',
  'roleRequirements',
  'requirementOverrides',
  'goals',
  'reviewCycles',
  'checkinTemplates',
  'enrolments',
  'initiatives',
] as const

export type RequestsData = RequestSourceData & {
  requests: InputRequest[]
  responses: RequestResponse[]
}

/** Everything the Requests screen and the New request dialog read. */
export async function readRequestsData(db: WorkspaceDb): Promise<RequestsData> {
  return db.transaction('r', [...requestSourceTables, 'requests', 'responses'], async () =>
    readTables(db, [...requestSourceTables, 'requests', 'responses']),
  )
}

/** Stores a new request, checked against the model first. */
export async function createRequest(db: WorkspaceDb, request: InputRequest): Promise<InputRequest> {
  const record = parseRecord(InputRequest, request, 'request')
  await db.requests.add(record)
  return record
}

async function updateRequest(
  db: WorkspaceDb,
  requestId: string,
  change: (request: InputRequest) => InputRequest,
): Promise<InputRequest> {
  return db.transaction('rw', db.requests, async () => {
    const request = await db.requests.get(requestId)
    if (!request) throw new Error('This request no longer exists: it may have been deleted.')
    const record = parseRecord(InputRequest, change(request), 'request')
    await db.requests.put(record)
    return record
  })
}

/**
 * Records that these recipients' files were written on `date` (a reminder moves the date).
 * Tokens the request does not have are an error: nothing is changed then.
 */
export async function markRecipientsExported(
  db: WorkspaceDb,
  requestId: string,
  tokens: readonly string[],
  date: string,
): Promise<InputRequest> {
  const wanted = new Set(tokens)
  return updateRequest(db, requestId, (request) => {
    const known = new Set(request.recipients.map((r) => r.token))
    if ([...wanted].some((token) => !known.has(token))) {
      throw new Error('One of the files is not part of this request any more: nothing was marked.')
    }
    return {
      ...request,
      recipients: request.recipients.map((r) =>
        wanted.has(r.token) ? { ...r, exportedAt: date } : r,
      ),
    }
  })
}

/** A closed request takes no more answers: its files are refused on import. */
export async function closeRequest(db: WorkspaceDb, requestId: string): Promise<InputRequest> {
  return updateRequest(db, requestId, (request) => ({ ...request, status: 'closed' }))
}

export async function reopenRequest(db: WorkspaceDb, requestId: string): Promise<InputRequest> {
  return updateRequest(db, requestId, (request) => ({ ...request, status: 'open' }))
}

/**
 * Deletes a request with the responses imported for it, in one transaction; what they already
 * changed elsewhere (assessments, feedback…) stays. Returns what was deleted, for the undo.
 */
export async function deleteRequest(
  db: WorkspaceDb,
  requestId: string,
): Promise<{ request: InputRequest; responses: RequestResponse[] }> {
  return db.transaction('rw', db.requests, db.responses, async () => {
    const request = await db.requests.get(requestId)
    if (!request) throw new Error('This request no longer exists: nothing was deleted.')
    const responses = await db.responses.where('requestId').equals(requestId).toArray()
    await db.responses.bulkDelete(responses.map((r) => r.id))
    await db.requests.delete(requestId)
    return { request, responses }
  })
}

/** Who asked last: the New request form starts with it. */
export async function findLastAskedBy(db: WorkspaceDb): Promise<string> {
  const requests = await db.requests.toArray()
  const last = requests.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]
  return last?.askedBy ?? ''
}

export type NewResponseKey = { recipient: string; sealedIdentity: string }

export async function readResponseKey(db: WorkspaceDb): Promise<ResponseKeyRecord | null> {
  const stored = await db.settings.get(responseKeySettingKey)
  const parsed = ResponseKeyRecord.safeParse(stored?.value)
  return parsed.success ? parsed.data : null
}

/**
 * The workspace's response key, created by `createKey` when there is none. Should another
 * window have stored one while the key was being made, that one is kept and returned: files
 * already sent name it, so it must never be replaced.
 */
export async function readOrCreateResponseKey(
  db: WorkspaceDb,
  createKey: () => Promise<NewResponseKey>,
  now: () => string = () => new Date().toISOString(),
): Promise<ResponseKeyRecord> {
  const existing = await readResponseKey(db)
  if (existing) return existing
  const created = await createKey()
  const record = parseRecord(
    ResponseKeyRecord,
    { recipient: created.recipient, sealedIdentity: created.sealedIdentity, createdAt: now() },
    'response key',
  )
  return db.transaction('rw', db.settings, async () => {
    const stored = await readResponseKey(db)
    if (stored) return stored
    await db.settings.put({ key: responseKeySettingKey, value: record })
    return record
  })
}
