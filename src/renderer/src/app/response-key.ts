import type { ResponseKeyRecord } from '../../../shared/model'
import { readOrCreateResponseKey } from '../db/repositories/requests'
import type { WorkspaceDb } from '../db/workspace-db'
import { desktop } from '../platform'

const pending = new WeakMap<WorkspaceDb, Promise<ResponseKeyRecord>>()

/**
 * The workspace's response key: the stored one, or one main makes (and seals) on first use.
 * Two calls at once share one creation, so a workspace never ends up with two keys.
 */
export function ensureResponseKey(db: WorkspaceDb): Promise<ResponseKeyRecord> {
  const running = pending.get(db)
  if (running) return running
  const created = readOrCreateResponseKey(db, () => desktop.createResponseKey()).finally(() =>
    pending.delete(db),
  )
  pending.set(db, created)
  return created
}
