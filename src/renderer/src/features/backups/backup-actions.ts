import type { BackupSummary } from '../../../../shared/domain/backup/format'
import { parseBackupTables, countUserRecords } from '../../../../shared/domain/backup/tables'
import type { WorkspaceSnapshot } from '../../../../shared/backup-contract'
import { useWorkspaceStore } from '../../app/workspace-store'
import { workspaceRepository } from '../../db'
import { readWorkspaceSnapshot } from '../../db/repositories/backup-snapshot'
import { countWorkspaceRecords, replaceWorkspaceData } from '../../db/repositories/snapshot'
import { desktop } from '../../platform'
import { notify } from '../../ui/toast-store'
import { useBackupUi } from './backup-ui-store'

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export async function readCurrentSnapshot(): Promise<WorkspaceSnapshot | null> {
  const current = useWorkspaceStore.getState().current
  return current ? readWorkspaceSnapshot(current.db, current.info) : null
}

export async function backUpToFile(passphrase: string): Promise<string | null> {
  const snapshot = await readCurrentSnapshot()
  if (!snapshot) return 'Open a workspace first.'
  const result = await desktop.saveBackupFile({ snapshot, passphrase })
  if (result.status === 'failed') return result.message
  if (result.status === 'saved') {
    notify('success', `Backed up “${snapshot.workspaceName}” to ${result.fileName}.`)
  }
  return null
}

export async function exportPlainJson(): Promise<void> {
  const { isConfirmed } = await desktop.confirm({
    title: 'Export without encryption',
    message: 'The JSON file is not encrypted.',
    detail:
      'Anyone who gets the file can read every note about your people. Keep it somewhere safe, or use “Back up now…” for an encrypted copy.',
    confirmLabel: 'Export unencrypted',
    isDestructive: true,
  })
  if (!isConfirmed) return
  await runExport('JSON', (snapshot) => desktop.exportWorkspaceJson({ snapshot }))
}

export async function exportCsvZip(): Promise<void> {
  await runExport('CSV', (snapshot) => desktop.exportWorkspaceCsvZip({ snapshot }))
}

async function runExport(
  kind: string,
  save: (
    snapshot: WorkspaceSnapshot,
  ) => Promise<{ status: string; fileName?: string; message?: string }>,
): Promise<void> {
  try {
    const snapshot = await readCurrentSnapshot()
    if (!snapshot) return
    const result = await save(snapshot)
    if (result.status === 'saved') notify('success', `Exported ${kind} to ${result.fileName}.`)
    if (result.status === 'failed') notify('error', result.message ?? 'The export failed.')
  } catch (error) {
    notify('error', `The export failed: ${describeError(error)} Nothing was written.`)
  }
}

async function findFreeName(base: string): Promise<string> {
  const taken = new Set((await workspaceRepository.list()).map((info) => info.name))
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base} ${suffix}`
    if (!taken.has(candidate)) return candidate
  }
}

/**
 * Replaces the open workspace with a checked backup: validates every record first, then saves an
 * encrypted safety copy of the current data, then replaces everything in one transaction.
 * A failure at any step leaves the workspace as it was.
 */
export async function restoreIntoCurrent(options: {
  token: string
  tablesJson: string
}): Promise<{ ok: true; safetyCopy: string } | { ok: false; message: string }> {
  const current = useWorkspaceStore.getState().current
  if (!current) return { ok: false, message: 'No workspace is open.' }
  const parsed = parseBackupTables(options.tablesJson)
  if (!parsed.ok) return { ok: false, message: `The backup cannot be restored. ${parsed.message}` }
  try {
    const snapshot = await readWorkspaceSnapshot(current.db, current.info)
    const safety = await desktop.writeSafetyCopy({ token: options.token, snapshot })
    if (safety.status === 'failed') {
      return {
        ok: false,
        message: `No safety copy could be made, so nothing was restored. ${safety.message}`,
      }
    }
    await replaceWorkspaceData(current.db, parsed.data)
    void checkScheduledBackup()
    return { ok: true, safetyCopy: `${safety.folder}/${safety.fileName}` }
  } catch (error) {
    return {
      ok: false,
      message: `The restore failed and nothing was changed: ${describeError(error)}`,
    }
  }
}

export async function restoreAsNewWorkspace(options: {
  summary: BackupSummary
  tablesJson: string
}): Promise<{ ok: true; name: string } | { ok: false; message: string }> {
  const parsed = parseBackupTables(options.tablesJson)
  if (!parsed.ok) return { ok: false, message: `The backup cannot be restored. ${parsed.message}` }
  try {
    const info = await workspaceRepository.create({
      name: await findFreeName(`${options.summary.workspaceName} (restored)`.slice(0, 80)),
      kind: 'standard',
      data: parsed.data,
    })
    await useWorkspaceStore.getState().open(info)
    return { ok: true, name: info.name }
  } catch (error) {
    return { ok: false, message: `The restore failed: ${describeError(error)}` }
  }
}

let isChecking = false

/** Updates main's marker, raises the startup guard, and writes a scheduled backup when due. */
export async function checkScheduledBackup(): Promise<void> {
  const current = useWorkspaceStore.getState().current
  if (!current || isChecking) return
  isChecking = true
  try {
    const recordCount = countUserRecords(await countWorkspaceRecords(current.db))
    const { isDue, guard } = await desktop.checkScheduledBackup({
      workspaceId: current.info.id,
      recordCount,
    })
    if (guard.kind === 'empty-but-held-data') useBackupUi.getState().setGuard(guard)
    if (!isDue) return
    const snapshot = await readWorkspaceSnapshot(current.db, current.info)
    const result = await desktop.writeScheduledBackup({ snapshot })
    if (result.status === 'failed') {
      notify('error', `The automatic backup failed. ${result.message}`)
    } else useBackupUi.getState().bump()
  } catch (error) {
    notify('error', `The automatic backup failed: ${describeError(error)}`)
  } finally {
    isChecking = false
  }
}
