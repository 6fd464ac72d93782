import Dexie from 'dexie'
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie'
import { cacheStore } from './derived-cache'

/**
 * Undo for any write, without each repository writing its own inverse: `recordChanges` runs a
 * write in one transaction while the middleware below notes, per touched record, what it was
 * before (or that it did not exist) and, at the end, what it became. `undoChanges` puts the
 * "before" back in one transaction, for every record that still is what the write left; a record
 * someone changed since is left alone and counted, never overwritten.
 */
export interface ChangeSet {
  tables: Array<{ name: string; records: RecordChange[] }>
}

interface RecordChange {
  key: unknown
  before: unknown
  after: unknown
}

/** Each touched record by table and key (as JSON), for each transaction being recorded. */
type Records = Map<string, RecordChange>
type Recorder = Map<string, Records>
const recorders = new WeakMap<DBCoreTransaction, Recorder>()

/** Derived caches keep themselves true (derived-cache.ts); they are never restored by hand. */
const skippedTables = new Set([cacheStore])

export const recordUndo: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'trellis-record-undo',
  create(down) {
    return {
      ...down,
      table(name): DBCoreTable {
        const table = down.table(name)
        if (skippedTables.has(name)) return table
        return {
          ...table,
          mutate(request) {
            const recorder = recorders.get(request.trans)
            if (!recorder) return table.mutate(request)
            let records = recorder.get(name)
            if (!records) recorder.set(name, (records = new Map()))
            // Through Dexie's promise, so the layers below still see the transaction's zone.
            return Dexie.Promise.resolve(noteBefore(table, request, records)).then(() =>
              table.mutate(request).then((response) => {
                noteAfter(request, response, records)
                return response
              }),
            )
          },
        }
      },
    }
  },
}

async function noteBefore(
  table: DBCoreTable,
  request: DBCoreMutateRequest,
  records: Records,
): Promise<void> {
  const { trans } = request
  let keys: unknown[]
  if (request.type === 'deleteRange') {
    const found = await table.query({
      trans,
      values: false,
      query: { index: table.schema.primaryKey, range: request.range },
    })
    keys = found.result
  } else if (request.type === 'delete') {
    keys = request.keys
  } else {
    const extract = table.schema.primaryKey.extractKey
    keys = request.keys ?? (extract ? request.values.map((value) => extract(value)) : [])
  }
  const unseen = keys.filter((key) => key !== undefined && !records.has(JSON.stringify(key)))
  if (unseen.length === 0) return
  // An add never replaces a record, so there is nothing to read.
  const before =
    request.type === 'add'
      ? unseen.map(() => undefined)
      : await table.getMany({ trans, keys: unseen })
  unseen.forEach((key, index) =>
    records.set(JSON.stringify(key), { key, before: before[index], after: before[index] }),
  )
  if (request.type === 'deleteRange') {
    for (const key of keys) {
      const record = records.get(JSON.stringify(key))
      if (record) record.after = undefined
    }
  }
}

/** What each record became; keys the store generated (auto-increment) are known only now. */
function noteAfter(
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  records: Records,
): void {
  if (request.type === 'deleteRange') return
  const failed = response.failures ?? {}
  if (request.type === 'delete') {
    request.keys.forEach((key, index) => {
      const record = records.get(JSON.stringify(key))
      if (record && !(index in failed)) record.after = undefined
    })
    return
  }
  const keys = response.results ?? request.keys ?? []
  request.values.forEach((value, index) => {
    const key = keys[index]
    if (key === undefined || index in failed) return
    const id = JSON.stringify(key)
    const record = records.get(id) ?? { key, before: undefined, after: undefined }
    record.after = value
    records.set(id, record)
  })
}

/** Runs `write` in one transaction over every table and returns what it changed. */
export async function recordChanges<T>(
  db: Dexie,
  write: () => Promise<T>,
): Promise<{ result: T; changes: ChangeSet }> {
  const recorder: Recorder = new Map()
  const tables = db.tables.filter((table) => !skippedTables.has(table.name))
  return db.transaction('rw', tables, async (transaction) => {
    recorders.set(transaction.idbtrans as unknown as DBCoreTransaction, recorder)
    const result = await write()
    const changes: ChangeSet = {
      tables: [...recorder].map(([name, records]) => ({ name, records: [...records.values()] })),
    }
    return { result, changes }
  })
}

export interface UndoOutcome {
  restored: number
  /** Records changed again since the write: left as they are. */
  keptNewer: number
}

/** Puts back what `changes` replaced or removed, in one transaction. */
export async function undoChanges(db: Dexie, changes: ChangeSet): Promise<UndoOutcome> {
  const outcome: UndoOutcome = { restored: 0, keptNewer: 0 }
  const names = changes.tables.map((table) => table.name)
  if (names.length === 0) return outcome
  await db.transaction('rw', names, async () => {
    for (const { name, records } of changes.tables) {
      const table = db.table(name)
      const current = await table.bulkGet(records.map((record) => record.key as string))
      const toPut: unknown[] = []
      const toDelete: unknown[] = []
      records.forEach((record, index) => {
        if (!isSameRecord(current[index], record.after)) return void outcome.keptNewer++
        if (isSameRecord(record.before, record.after)) return
        if (record.before === undefined) toDelete.push(record.key)
        else toPut.push(record.before)
        outcome.restored++
      })
      if (toDelete.length) await table.bulkDelete(toDelete as string[])
      if (toPut.length) await table.bulkPut(toPut)
    }
  })
  return outcome
}

/** Records as IndexedDB hands them back: plain data, compared by value. */
function isSameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined) return false
  return stableJson(a) === stableJson(b)
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  )
}
