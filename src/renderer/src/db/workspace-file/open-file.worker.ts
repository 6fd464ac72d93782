import { generateLargeSample, largeSampleName } from '../../../../shared/domain/sample/large'
import { readWorkspaceFile } from '../../../../shared/domain/workspace/file-format'
import { countRecords, type WorkspaceData } from '../../../../shared/model'
import { replaceWorkspaceData } from '../repositories/snapshot'
import { openWorkspaceDb } from '../workspace-db'
import type { OpenFileMessage, OpenFileRequest } from './messages'

/**
 * Off the page's thread: parses a workspace file and checks every record against its schema (or
 * generates the large sample), then writes them all into the new workspace's database in one
 * transaction. Nothing is written unless every record passed; a terminated worker aborts the
 * transaction it was in.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<OpenFileRequest>) => void) | null
  postMessage: (message: OpenFileMessage) => void
}

scope.onmessage = (event) => void run(event.data)

function read(request: OpenFileRequest): { name: string; data: WorkspaceData } | string {
  if (request.kind === 'large-sample') {
    scope.postMessage({ kind: 'progress', phase: 'generating', done: 0, total: 1 })
    return { name: largeSampleName, data: generateLargeSample({ today: request.today }) }
  }
  const parsed = readWorkspaceFile(request.text, {
    onProgress: (done, total) =>
      scope.postMessage({ kind: 'progress', phase: 'checking', done, total }),
  })
  return parsed.ok ? { name: parsed.workspaceName, data: parsed.data } : parsed.message
}

async function run(request: OpenFileRequest): Promise<void> {
  try {
    const found = read(request)
    if (typeof found === 'string') {
      scope.postMessage({ kind: 'refused', message: found })
      return
    }
    const db = openWorkspaceDb(request.workspaceId)
    try {
      await replaceWorkspaceData(db, found.data, (done, total) =>
        scope.postMessage({ kind: 'progress', phase: 'writing', done, total }),
      )
    } finally {
      db.close()
    }
    const records = Object.values(countRecords(found.data)).reduce((sum, n) => sum + n, 0)
    scope.postMessage({ kind: 'done', workspaceName: found.name, records })
  } catch (error) {
    scope.postMessage({
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    })
  }
}
