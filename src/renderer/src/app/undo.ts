import type Dexie from 'dexie'
import { recordChanges, undoChanges } from '../db/undo'
import { notify } from '../ui/toast-store'

/**
 * Runs a destructive write and confirms it in a toast with Undo: pressing it puts back exactly
 * what the write changed (db/undo.ts). Returns the write's result.
 */
export async function writeWithUndo<T>(
  db: Dexie,
  write: () => Promise<T>,
  text: string,
  restoredText = 'Undone: everything is as it was.',
): Promise<T> {
  const { result, changes } = await recordChanges(db, write)
  notify('success', text, {
    label: 'Undo',
    run: async () => {
      const outcome = await undoChanges(db, changes)
      if (outcome.keptNewer > 0) {
        notify(
          'info',
          `Undone, except ${outcome.keptNewer} ${outcome.keptNewer === 1 ? 'record' : 'records'} changed since, kept as they are now.`,
        )
      } else notify('success', restoredText)
    },
  })
  return result
}
