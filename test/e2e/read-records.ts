import type { Page } from '@playwright/test'

/** Every record of the open workspace, store by store, as the page's IndexedDB holds it. */
export async function readAllRecords(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases()
    const name = databases.find((db) => db.name?.startsWith('trellis-workspace-'))?.name ?? ''
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onerror = () => reject(request.error)
      request.onsuccess = () => resolve(request.result)
    })
    // Derived caches are rebuilt from the records; they are not what the user typed.
    const stores = [...db.objectStoreNames].filter((store) => store !== 'caches')
    const tx = db.transaction(stores, 'readonly')
    const all = await Promise.all(
      stores.map(
        (store) =>
          new Promise<[string, unknown[]]>((resolve, reject) => {
            const request = tx.objectStore(store).getAll()
            request.onerror = () => reject(request.error)
            request.onsuccess = () => resolve([store, request.result as unknown[]])
          }),
      ),
    )
    db.close()
    return Object.fromEntries(all)
  })
}

/** The records of one store, typed as the spec expects them. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return ((await readAllRecords(page))[store] ?? []) as T[]
}
