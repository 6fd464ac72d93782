import type Dexie from 'dexie'
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie'

/**
 * Values derived from a table and kept so a screen does not re-read the whole table: the
 * `caches` store. Each cache is a family of keys under one prefix: a `base` record and `delta`
 * records. The middleware below keeps every family true to its source table in the very
 * transaction that writes the source, so a cache can never outlive the data it came from, even
 * when the app stops right after a write:
 * - a small add (one new assessment) is recorded as a delta next to the base;
 * - any other write (a bulk import, an edit, a delete, a clear) drops the whole family.
 */
export const cacheStore = 'caches'

/** Which cache family each source table feeds. */
const cacheFamilyBySource: Record<string, string> = {
  assessments: 'matrix-latest:',
}

/** Adds larger than this drop the cache rather than copy the records into a delta. */
const largestDelta = 1_000

export interface CacheRecord {
  key: string
  value: unknown
}

export const baseKey = (family: string) => `${family}base`
const deltaPrefix = (family: string) => `${family}delta:`
/** Changes with every write to the source, so a cache computed earlier can tell it is stale. */
const epochKey = (family: string) => `${family}epoch`

function familyRange(family: string): DBCoreKeyRange {
  // DBCoreRangeType.Range (a const enum: isolated modules cannot import it).
  return { type: 2, lower: family, upper: `${family}\uffff`, lowerOpen: false, upperOpen: false }
}

export const keepCachesTrue: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'trellis-keep-caches-true',
  create(down) {
    // A database opened at an old version (a migration test) has no cache store yet.
    if (!down.schema.tables.some((table) => table.name === cacheStore)) return down
    return {
      ...down,
      transaction(stores, mode, options) {
        // A write to a source table also needs the caches in scope, to keep them true.
        const needsCaches =
          mode === 'readwrite' &&
          !stores.includes(cacheStore) &&
          stores.some((store) => store in cacheFamilyBySource)
        return down.transaction(needsCaches ? [...stores, cacheStore] : stores, mode, options)
      },
      table(name): DBCoreTable {
        const table = down.table(name)
        const family = cacheFamilyBySource[name]
        if (family === undefined) return table
        const caches = down.table(cacheStore)
        const newEpoch = (request: DBCoreMutateRequest) =>
          caches.mutate({
            type: 'put',
            trans: request.trans,
            values: [{ key: epochKey(family), value: crypto.randomUUID() }],
          })
        const drop = (request: DBCoreMutateRequest) => {
          const dropped = caches.mutate({
            type: 'deleteRange',
            trans: request.trans,
            range: familyRange(family),
          })
          return Promise.all([dropped, newEpoch(request)])
        }
        return {
          ...table,
          mutate(request) {
            if (request.type !== 'add' || request.values.length > largestDelta) {
              // Queued before the write, in the same transaction: both commit or neither does.
              void drop(request).catch(() => undefined)
              return table.mutate(request)
            }
            return table.mutate(request).then(async (response) => {
              // Dexie's promises keep the transaction alive, so this joins the same commit.
              if (response.numFailures > 0) await drop(request)
              else
                await Promise.all([
                  caches.mutate({
                    type: 'add',
                    trans: request.trans,
                    values: [
                      {
                        key: `${deltaPrefix(family)}${Date.now()}-${crypto.randomUUID()}`,
                        value: request.values,
                      },
                    ],
                  }),
                  newEpoch(request),
                ])
              return response
            })
          },
        }
      },
    }
  },
}

export interface CacheFamily {
  base: unknown
  deltas: Array<{ key: string; values: unknown[] }>
  /** Null until the source is first written. */
  epoch: string | null
}

/** A cache family as stored. */
export async function readCacheFamily(db: Dexie, family: string): Promise<CacheFamily> {
  const records = await db
    .table<CacheRecord, string>(cacheStore)
    .where('key')
    .startsWith(family)
    .toArray()
  const base = records.find((record) => record.key === baseKey(family))?.value
  const deltas = records
    .filter((record) => record.key.startsWith(deltaPrefix(family)))
    .map((record) => ({
      key: record.key,
      values: Array.isArray(record.value) ? (record.value as unknown[]) : [],
    }))
  const epoch = records.find((record) => record.key === epochKey(family))?.value
  return { base, deltas, epoch: typeof epoch === 'string' ? epoch : null }
}

/**
 * Replaces the whole family by a new base computed when the family's epoch was `epoch`, unless
 * the source was written since (the epoch moved): then the value is stale and nothing is written.
 */
export async function writeCacheBase(
  db: Dexie,
  family: string,
  value: unknown,
  epoch: string | null,
): Promise<boolean> {
  const table = db.table<CacheRecord, string>(cacheStore)
  return db.transaction('rw', table, async () => {
    const current = await table.get(epochKey(family))
    if ((typeof current?.value === 'string' ? current.value : null) !== epoch) return false
    await table.where('key').startsWith(family).delete()
    await table.bulkPut([
      { key: baseKey(family), value },
      { key: epochKey(family), value: epoch ?? crypto.randomUUID() },
    ])
    return true
  })
}
