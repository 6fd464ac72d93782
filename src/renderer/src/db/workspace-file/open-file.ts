import Dexie from 'dexie'
import { workspaceDbName } from '../workspace-db'
import type { OpenFileMessage, OpenFilePhase, OpenFileRequest } from './messages'
// Inlined as a blob: URL, which the page's worker-src allows from file:// as from http://.
import OpenFileWorker from './open-file.worker?worker&inline'

export interface OpenFileProgress {
  phase: OpenFilePhase
  done: number
  total: number
}

export type OpenFileOutcome =
  | { status: 'written'; workspaceName: string; records: number }
  | { status: 'refused'; message: string }
  | { status: 'cancelled' }

export interface OpenFileJob {
  result: Promise<OpenFileOutcome>
  /** Stops the worker and deletes what it had begun to write. */
  cancel: () => void
}

/**
 * Reads a workspace file (or generates the large sample) into the database of the request's
 * workspace, in a worker. On a refusal, a failure or a cancel, the database is deleted, so nothing
 * of it stays behind.
 */
export function openWorkspaceFileData(
  request: OpenFileRequest,
  onProgress: (progress: OpenFileProgress) => void,
): OpenFileJob {
  const { workspaceId } = request
  const worker = new OpenFileWorker()
  let settle: (outcome: OpenFileOutcome) => void = () => undefined
  let fail: (error: Error) => void = () => undefined
  let isSettled = false
  const discard = () => Dexie.delete(workspaceDbName(workspaceId))
  const result = new Promise<OpenFileOutcome>((resolve, reject) => {
    settle = resolve
    fail = reject
  })
  const finish = (outcome: OpenFileOutcome | Error) => {
    if (isSettled) return
    isSettled = true
    worker.terminate()
    // The delete waits until the terminated worker's connection is gone and its transaction rolled
    // back, which can take a while in a large write: the answer does not wait for it. The
    // workspace was never listed, and IndexedDB finishes a delete it has queued.
    if (outcome instanceof Error || outcome.status !== 'written')
      void discard().catch(() => undefined)
    if (outcome instanceof Error) fail(outcome)
    else settle(outcome)
  }
  worker.onmessage = (event: MessageEvent<OpenFileMessage>) => {
    const message = event.data
    if (message.kind === 'progress') {
      if (!isSettled) onProgress(message)
    } else if (message.kind === 'done') {
      finish({
        status: 'written',
        workspaceName: message.workspaceName,
        records: message.records,
      })
    } else if (message.kind === 'refused') {
      finish({ status: 'refused', message: message.message })
    } else finish(new Error(message.message))
  }
  worker.onerror = (event) => finish(new Error(event.message || 'The file reader stopped.'))
  worker.postMessage(request)
  return { result, cancel: () => finish({ status: 'cancelled' }) }
}
