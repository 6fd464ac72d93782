import { toSafeFileName } from '../../../../shared/domain/files/file-name'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import { createStarterWorkspaceData } from '../../../../shared/domain/workspace/defaults'
import { serializeWorkspace } from '../../../../shared/domain/workspace/file-format'
import type { WorkspaceInfo } from '../../../../shared/model'
import type { OpenFileRequest } from '../../db/workspace-file/messages'
import { useWorkspaceStore } from '../../app/workspace-store'
import { workspaceRepository } from '../../db'
import { readWorkspaceData, replaceWorkspaceData } from '../../db/repositories/snapshot'
import { openWorkspaceDb } from '../../db/workspace-db'
import { desktop } from '../../platform'
import { notify } from '../../ui/toast-store'
import { useOpenFileStore } from './open-file-store'

export const sampleWorkspaceName = 'Sample company'

/** The generator and its texts load only when a sample is made, keeping them out of the start-up bundle. */
async function generateSampleData() {
  const { generateSampleCompany } = await import('../../../../shared/domain/sample/generate')
  return generateSampleCompany({ today: toLocalIsoDate(new Date()) })
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function findFreeName(base: string): Promise<string> {
  const taken = new Set((await workspaceRepository.list()).map((info) => info.name))
  if (!taken.has(base)) return base
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base} ${suffix}`
    if (!taken.has(candidate)) return candidate
  }
}

export async function createEmptyWorkspace(name: string): Promise<WorkspaceInfo> {
  const info = await workspaceRepository.create({
    name,
    kind: 'standard',
    data: createStarterWorkspaceData(),
  })
  await useWorkspaceStore.getState().open(info)
  return info
}

/** Opens the sample company, creating it first if this machine has none. */
export async function openSampleWorkspace(): Promise<WorkspaceInfo> {
  const existing = (await workspaceRepository.list()).find((info) => info.kind === 'sample')
  const info =
    existing ??
    (await workspaceRepository.create({
      name: await findFreeName(sampleWorkspaceName),
      kind: 'sample',
      data: await generateSampleData(),
    }))
  await useWorkspaceStore.getState().open(info)
  return info
}

export async function resetSampleWorkspace(info: WorkspaceInfo): Promise<void> {
  const { isConfirmed } = await desktop.confirm({
    title: 'Reset the sample company',
    message: `Reset “${info.name}” to its original state?`,
    detail:
      'Every change made in this sample workspace will be replaced. Other workspaces are not touched.',
    confirmLabel: 'Reset',
    isDestructive: true,
  })
  if (!isConfirmed) return
  const current = useWorkspaceStore.getState().current
  const db = current?.info.id === info.id ? current.db : openWorkspaceDb(info.id)
  await replaceWorkspaceData(db, await generateSampleData())
  if (db !== current?.db) db.close()
  notify('success', `“${info.name}” is back to its original state.`)
}

export async function renameWorkspace(info: WorkspaceInfo, name: string): Promise<void> {
  await workspaceRepository.rename(info.id, name)
  const current = useWorkspaceStore.getState().current
  if (current?.info.id === info.id) {
    useWorkspaceStore.setState({
      current: { ...current, info: { ...current.info, name: name.trim() } },
    })
  }
}

export async function deleteWorkspace(info: WorkspaceInfo): Promise<boolean> {
  const { isConfirmed } = await desktop.confirm({
    title: 'Delete workspace',
    message: `Delete “${info.name}” and everything in it?`,
    detail:
      'People, skills, plans, check-ins, goals and reviews of this workspace are removed from this computer. This cannot be undone. Export the workspace first if you may need it again.',
    confirmLabel: 'Delete workspace',
    isDestructive: true,
  })
  if (!isConfirmed) return false
  const store = useWorkspaceStore.getState()
  if (store.current?.info.id === info.id) store.close()
  await workspaceRepository.remove(info.id)
  const next = await workspaceRepository.findStartWorkspace()
  if (next && !useWorkspaceStore.getState().current) await useWorkspaceStore.getState().open(next)
  notify('success', `Deleted “${info.name}”.`)
  return true
}

function toFileName(name: string, date: string): string {
  return `${toSafeFileName(name, 'workspace')} ${date}.trellis.json`
}

export async function exportCurrentWorkspace(): Promise<void> {
  const current = useWorkspaceStore.getState().current
  if (!current) return
  try {
    const [data, appInfo] = await Promise.all([readWorkspaceData(current.db), desktop.getAppInfo()])
    const now = new Date()
    const text = serializeWorkspace({
      workspaceName: current.info.name,
      appVersion: appInfo.version,
      exportedAt: now.toISOString(),
      data,
    })
    const result = await desktop.exportWorkspaceFile({
      suggestedName: toFileName(current.info.name, toLocalIsoDate(now)),
      text,
    })
    if (result.status === 'saved')
      notify('success', `Exported “${current.info.name}” to ${result.fileName}.`)
  } catch (error) {
    notify('error', `The export failed: ${describeError(error)} Nothing was written.`)
  }
}

/**
 * Reads a workspace file and adds it as a new workspace. The parse, the check of every record and
 * the write run in a worker, with progress and Cancel; a bad or cancelled file changes nothing.
 */
export async function importWorkspaceFromFile(): Promise<void> {
  if (useOpenFileStore.getState().fileName !== null) return
  try {
    const file = await desktop.openWorkspaceFile()
    if (file.status === 'cancelled') return
    const text = file.text
    await runInWorker(file.fileName, (workspaceId) => ({ kind: 'file', text, workspaceId }))
  } catch (error) {
    notify('error', `The import failed: ${describeError(error)} No workspace was changed.`)
  }
}

/** Developer menu: generates the large sample (200 people, five years) as a new workspace. */
export async function openLargeSampleWorkspace(): Promise<void> {
  if (useOpenFileStore.getState().fileName !== null) return
  try {
    const today = toLocalIsoDate(new Date())
    await runInWorker('the large sample', (workspaceId) => ({
      kind: 'large-sample',
      today,
      workspaceId,
    }))
  } catch (error) {
    notify('error', `The large sample failed: ${describeError(error)} No workspace was changed.`)
  }
}

async function runInWorker(
  label: string,
  toRequest: (workspaceId: string) => OpenFileRequest,
): Promise<void> {
  const { openWorkspaceFileData } = await import('../../db/workspace-file/open-file')
  const store = useOpenFileStore.getState()
  const id = crypto.randomUUID()
  const job = openWorkspaceFileData(toRequest(id), (progress) =>
    useOpenFileStore.getState().setProgress(progress),
  )
  store.start(label, job.cancel)
  const outcome = await job.result.finally(() => useOpenFileStore.getState().finish())
  if (outcome.status === 'cancelled') {
    notify('info', `Cancelled: ${label} was not imported, and nothing changed.`)
    return
  }
  if (outcome.status === 'refused') {
    notify('error', `${label} could not be imported. ${outcome.message}`)
    return
  }
  const info = await workspaceRepository.adopt({
    id,
    name: await findFreeName(outcome.workspaceName),
    kind: 'standard',
  })
  await useWorkspaceStore.getState().open(info)
  notify('success', `Imported ${label} as “${info.name}”.`)
}
