import { toRequestFileNames, toRequestPageData } from '../../../../shared/domain/requests'
import type { InputRequest, RequestRecipient } from '../../../../shared/model'
import { ensureResponseKey } from '../../app/response-key'
import { writeWithUndo } from '../../app/undo'
import {
  closeRequest,
  deleteRequest,
  markRecipientsExported,
  reopenRequest,
} from '../../db/repositories/requests'
import type { WorkspaceDb } from '../../db/workspace-db'
import { desktop } from '../../platform'
import { describeError, todayIso } from '../../ui/format'
import { notify } from '../../ui/toast-store'

export type ExportProgress = { done: number; total: number; step: 'building' | 'saving' }

/** Lets the screen draw the progress between pages: building fifty pages takes a moment. */
const yieldToScreen = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Writes one request file per recipient into a folder main asks for, then marks them exported
 * today. Returns whether the files were saved; a failure says so in a toast and marks nothing.
 */
export async function exportRequestFiles(
  db: WorkspaceDb,
  workspaceId: string,
  request: InputRequest,
  recipients: readonly RequestRecipient[],
  onProgress: (progress: ExportProgress | null) => void = () => {},
): Promise<boolean> {
  try {
    const key = await ensureResponseKey(db)
    // The page program (about 160 KB) loads only when files are exported.
    const { buildRequestPageHtml } = await import('../../app/request-page')
    // Names over every recipient, so a person keeps their number when exported alone.
    const allNames = toRequestFileNames(request, request.recipients)
    const files: { fileName: string; html: string }[] = []
    for (const recipient of recipients) {
      onProgress({ done: files.length, total: recipients.length, step: 'building' })
      if (files.length % 5 === 0) await yieldToScreen()
      const index = request.recipients.findIndex((r) => r.token === recipient.token)
      const data = toRequestPageData(request, recipient, {
        id: workspaceId,
        recipient: key.recipient,
      })
      files.push({
        fileName: allNames[index] ?? `request ${index + 1}.html`,
        html: buildRequestPageHtml(data),
      })
    }
    onProgress({ done: files.length, total: recipients.length, step: 'saving' })
    const result = await desktop.saveRequestFiles({ files })
    if (result.status === 'cancelled') return false
    await markRecipientsExported(
      db,
      request.id,
      recipients.map((r) => r.token),
      todayIso(),
    )
    notify('success', describeSaved(request, result.fileCount, result.folderName))
    return true
  } catch (error) {
    notify(
      'error',
      `The request files were not saved: ${describeError(error)} Nothing was marked as sent.`,
    )
    return false
  } finally {
    onProgress(null)
  }
}

function describeSaved(request: InputRequest, count: number, folder: string): string {
  if (request.kind === 'team-pulse') {
    return `Saved the team’s request file in ${folder}. Send it to everyone on the team; it names nobody.`
  }
  if (count === 1) return `Saved 1 request file in ${folder}. Send it to the person it names.`
  return `Saved ${count} request files in ${folder}. Send each person their file.`
}

export async function confirmCloseRequest(db: WorkspaceDb, request: InputRequest): Promise<void> {
  try {
    const { isConfirmed } = await desktop.confirm({
      title: 'Close request',
      message: `Close the request “${request.title}”?`,
      detail:
        'Answers that arrive after this are refused on import. Answers already imported stay. You can reopen it later.',
      confirmLabel: 'Close request',
    })
    if (!isConfirmed) return
    await closeRequest(db, request.id)
    notify('success', `Closed “${request.title}”. It takes no more answers.`)
  } catch (error) {
    notify('error', `The request was not closed: ${describeError(error)}`)
  }
}

export async function reopenRequestWithNotice(
  db: WorkspaceDb,
  request: InputRequest,
): Promise<void> {
  try {
    await reopenRequest(db, request.id)
    notify('success', `Reopened “${request.title}”. It takes answers again until it expires.`)
  } catch (error) {
    notify('error', `The request was not reopened: ${describeError(error)}`)
  }
}

/** Asks first; returns true when the request was deleted (the toast offers Undo). */
export async function confirmDeleteRequest(
  db: WorkspaceDb,
  request: InputRequest,
): Promise<boolean> {
  try {
    const { isConfirmed } = await desktop.confirm({
      title: 'Delete request',
      message: `Delete the request “${request.title}”?`,
      detail:
        'Its files can no longer be imported, and the answers kept with it are deleted. What answers already changed (ratings, feedback, reactions) stays. You can undo it from the message that follows.',
      confirmLabel: 'Delete request',
      isDestructive: true,
    })
    if (!isConfirmed) return false
    await writeWithUndo(
      db,
      () => deleteRequest(db, request.id),
      `Deleted the request “${request.title}”.`,
    )
    return true
  } catch (error) {
    notify('error', `The request was not deleted: ${describeError(error)}`)
    return false
  }
}
