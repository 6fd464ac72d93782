import { maxResponseFileBytes, responseFileExtension } from '../../../../shared/domain/requests'
import type { OpenedResponseFile } from '../../../../shared/requests-contract'
import { useUiStore } from '../../app/ui-store'
import { useWorkspaceStore } from '../../app/workspace-store'
import { readResponseKey } from '../../db/repositories/requests'
import { commitResponseImport, planResponseImport } from '../../db/repositories/responses'
import type Dexie from 'dexie'
import { recordChanges, undoChanges, type ChangeSet } from '../../db/undo'
import { desktop } from '../../platform'
import { describeError, formatDate, todayIso } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import { describeImported, describeUndone, noKeyMessage } from './response-text'
import { listRefused, useResponseImport, type UndoState } from './use-response-import'

const responseFilePattern = new RegExp(`\\.${responseFileExtension}$`, 'i')

/** Whether a dropped file is a response file (by its name; main checks what it holds). */
export function isResponseFileName(fileName: string): boolean {
  return responseFilePattern.test(fileName)
}

function readOpenWorkspace() {
  const current = useWorkspaceStore.getState().current
  if (!current) notify('info', 'Open or create a workspace first, then import the responses.')
  return current
}

/** File → Import responses…: main's open dialog (many files), then the preview. */
export async function importResponsesFromDialog(): Promise<void> {
  const workspace = readOpenWorkspace()
  if (!workspace) return
  try {
    const key = await readResponseKey(workspace.db)
    if (!key) return void notify('error', noKeyMessage)
    const picked = await desktop.pickResponseFiles({ sealedIdentity: key.sealedIdentity })
    if (picked.status === 'cancelled') return
    await checkResponseFiles(picked.files)
  } catch (error) {
    useResponseImport.getState().close()
    notify('error', `The responses could not be read: ${describeError(error)}`)
  }
}

/**
 * Response files dropped on the window. A file larger than a response may be crosses only its
 * first bytes past the limit, enough for main to refuse it by name without carrying all of it.
 */
export async function importDroppedResponses(files: readonly File[]): Promise<void> {
  const workspace = readOpenWorkspace()
  if (!workspace || files.length === 0) return
  try {
    const key = await readResponseKey(workspace.db)
    if (!key) return void notify('error', noKeyMessage)
    showChecking(files.length)
    const dropped = await Promise.all(
      files.map(async (file) => ({
        fileName: file.name,
        bytes: new Uint8Array(await file.slice(0, maxResponseFileBytes + 1).arrayBuffer()),
      })),
    )
    const opened = await desktop.openResponseBytes({
      sealedIdentity: key.sealedIdentity,
      files: dropped,
    })
    if (useResponseImport.getState().state.step !== 'checking') return
    await checkResponseFiles(opened.files)
  } catch (error) {
    useResponseImport.getState().close()
    notify('error', `The dropped responses could not be read: ${describeError(error)}`)
  }
}

/** Checks the decrypted files against the workspace and shows the preview. */
export async function checkResponseFiles(files: readonly OpenedResponseFile[]): Promise<void> {
  const workspace = useWorkspaceStore.getState().current
  if (!workspace) return
  const store = useResponseImport.getState()
  showChecking(files.length)
  // Let the dialog draw its progress before the check runs.
  await new Promise((resolve) => setTimeout(resolve, 0))
  const plan = await planResponseImport(workspace.db, files, {
    workspaceId: workspace.info.id,
    today: todayIso(),
    now: new Date().toISOString(),
    formatDate,
  })
  // Closed (Cancel) while checking: nothing to show, nothing written.
  if (useResponseImport.getState().state.step !== 'checking') return
  store.set({ step: 'preview', checked: plan.checked, landing: plan.landing, isSaving: false })
}

function showChecking(fileCount: number): void {
  useResponseImport.getState().set({ step: 'checking', fileCount })
  useUiStore.getState().show('import-responses')
}

/**
 * Writes the previewed import in one transaction, noting what it changed so that the toast's
 * Undo and the dialog's Undo import put back exactly that (as writeWithUndo does).
 */
export async function commitPreviewedImport(): Promise<void> {
  const workspace = useWorkspaceStore.getState().current
  const store = useResponseImport.getState()
  const state = store.state
  if (!workspace || state.step !== 'preview' || state.isSaving) return
  store.set({ ...state, isSaving: true })
  const { db } = workspace
  try {
    const { changes } = await recordChanges(db, () => commitResponseImport(db, state.landing))
    const acceptedCount = state.landing.previews.length
    const undo = createUndoOnce(db, changes, acceptedCount)
    useResponseImport.getState().set({ ...state, step: 'done', undo, undoState: 'none' })
    notify('success', describeImported(acceptedCount, listRefused(state.checked).length), {
      label: 'Undo',
      run: undo,
    })
  } catch (error) {
    useResponseImport.getState().set({ ...state, isSaving: false })
    notify('error', `The responses were not imported: ${describeError(error)} Nothing was changed.`)
  }
}

/**
 * The import's undo, which runs once whether the toast or the dialog asks; the dialog, if still
 * showing this import, says how it went.
 */
function createUndoOnce(db: Dexie, changes: ChangeSet, acceptedCount: number): () => Promise<void> {
  let isUsed = false
  const mark = (undoState: UndoState) => {
    const latest = useResponseImport.getState().state
    if (latest.step === 'done' && latest.undo === undo) {
      useResponseImport.getState().set({ ...latest, undoState })
    }
  }
  const undo = async (): Promise<void> => {
    if (isUsed) return
    isUsed = true
    mark('running')
    try {
      const outcome = await undoChanges(db, changes)
      mark(outcome.keptNewer > 0 ? 'partly-undone' : 'undone')
      notify(
        outcome.keptNewer > 0 ? 'info' : 'success',
        describeUndone(acceptedCount, outcome.keptNewer),
      )
    } catch (error) {
      isUsed = false
      mark('none')
      notify('error', `The import could not be undone: ${describeError(error)}`)
    }
  }
  return undo
}
