import type { Page } from '@playwright/test'

/**
 * The IndexedDB name of the open workspace: the one the registry (trellis-meta) opened last, so a
 * page with several workspaces (the tour's imported one and the sample company) reads the right one.
 */
export async function readOpenWorkspaceDbName(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((db) => db.name ?? '')
    const workspaces = names.filter((name) => name.startsWith('trellis-workspace-'))
    if (workspaces.length < 2 || !names.includes('trellis-meta')) return workspaces[0] ?? ''
    const meta = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('trellis-meta')
      request.onerror = () => reject(request.error)
      request.onsuccess = () => resolve(request.result)
    })
    const infos = await new Promise<Array<{ id: string; openedAt: string }>>((resolve, reject) => {
      const request = meta.transaction('workspaces').objectStore('workspaces').getAll()
      request.onerror = () => reject(request.error)
      request.onsuccess = () => resolve(request.result as Array<{ id: string; openedAt: string }>)
    })
    meta.close()
    const last = infos.sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0]
    return last ? `trellis-workspace-${last.id}` : (workspaces[0] ?? '')
  })
}

/** Every record of the open workspace, store by store, as the page's IndexedDB holds it. */
export async function readAllRecords(page: Page): Promise<Record<string, unknown[]>> {
  const name = await readOpenWorkspaceDbName(page)
  return page.evaluate(async (name) => {
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
  }, name)
}

/** The records of one store, typed as the spec expects them. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return ((await readAllRecords(page))[store] ?? []) as T[]
}
