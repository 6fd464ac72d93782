/** Where drafts live: the page's localStorage, or nothing where the browser refuses it. */
export type DraftStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null

/** localStorage, when this browser lets a file page use it (some refuse it, or throw on access). */
export function findDraftStore(): DraftStore {
  try {
    const store = window.localStorage
    const probe = 'trellis-request-probe'
    store.setItem(probe, '1')
    store.removeItem(probe)
    return store
  } catch {
    return null
  }
}

export function readStoredDraft(store: DraftStore, key: string): string | null {
  try {
    return store?.getItem(key) ?? null
  } catch {
    return null
  }
}

/** A draft that cannot be kept (storage full or refused) costs only the draft, never the page. */
export function writeStoredDraft(store: DraftStore, key: string, text: string): void {
  try {
    store?.setItem(key, text)
  } catch {
    // The answers are still on the page; only a reload would lose them.
  }
}

export function removeStoredDraft(store: DraftStore, key: string): void {
  try {
    store?.removeItem(key)
  } catch {
    // Nothing to clear where nothing could be kept.
  }
}
