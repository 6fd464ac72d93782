import { toSafeFileName } from '../files/file-name'

export const backupFrequencies = ['off', 'daily', 'weekly'] as const
export type BackupFrequency = (typeof backupFrequencies)[number]

const hour = 60 * 60 * 1000
// An hour of slack, so a backup made at 9:05 yesterday is due at 9:00 today.
const intervals: Record<Exclude<BackupFrequency, 'off'>, number> = {
  daily: 24 * hour - hour,
  weekly: 7 * 24 * hour - hour,
}

export function isBackupDue(frequency: BackupFrequency, lastAt: Date | null, now: Date): boolean {
  if (frequency === 'off') return false
  if (!lastAt) return true
  return now.getTime() - lastAt.getTime() >= intervals[frequency]
}

export type BackupFileEntry = { fileName: string; workspaceId: string; createdAt: string }

const extension = '.trellis.age'
const namePattern = / (\d{4}-\d\d-\d\d) (\d\d)(\d\d)(\d\d)Z ([A-Za-z0-9-]{1,64})\.trellis\.age$/

/** `Acme 2026-11-23 161500Z <workspace id>.trellis.age`: sorts by time per workspace, UTC. */
export function toBackupFileName(workspaceName: string, workspaceId: string, at: Date): string {
  const iso = at.toISOString()
  const stamp = `${iso.slice(0, 10)} ${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`
  return `${toSafeFileName(workspaceName, 'workspace').slice(0, 60)} ${stamp} ${workspaceId}${extension}`
}

export function parseBackupFileName(fileName: string): BackupFileEntry | null {
  const match = namePattern.exec(fileName)
  if (!match) return null
  const [, date, hh, mm, ss, workspaceId] = match
  return { fileName, workspaceId: workspaceId!, createdAt: `${date}T${hh}:${mm}:${ss}Z` }
}

/** The files beyond the newest `keepLast` of each workspace. */
export function selectBackupsToPrune(entries: BackupFileEntry[], keepLast: number): string[] {
  const byWorkspace = new Map<string, BackupFileEntry[]>()
  for (const entry of entries) {
    byWorkspace.set(entry.workspaceId, [...(byWorkspace.get(entry.workspaceId) ?? []), entry])
  }
  const pruned: string[] = []
  for (const list of byWorkspace.values()) {
    const newestFirst = [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    pruned.push(...newestFirst.slice(Math.max(1, keepLast)).map((entry) => entry.fileName))
  }
  return pruned
}

export type WorkspaceMarker = { recordCount: number; seenAt: string; isEmptyAcknowledged?: boolean }

export type StartupGuard =
  | { kind: 'ok' }
  | {
      kind: 'empty-but-held-data'
      previousCount: number
      seenAt: string | null
      backupCount: number
    }

/** A workspace that is empty now but held records before, or has backups, may have lost its data. */
export function decideStartupGuard(options: {
  recordCount: number
  marker: WorkspaceMarker | null
  backupCount: number
}): StartupGuard {
  const { recordCount, marker, backupCount } = options
  if (recordCount > 0 || marker?.isEmptyAcknowledged) return { kind: 'ok' }
  const previousCount = marker?.recordCount ?? 0
  if (previousCount === 0 && backupCount === 0) return { kind: 'ok' }
  return { kind: 'empty-but-held-data', previousCount, seenAt: marker?.seenAt ?? null, backupCount }
}

/** What the marker becomes after a check: an empty reading never erases the memory of data. */
export function nextMarker(
  marker: WorkspaceMarker | null,
  recordCount: number,
  now: Date,
): WorkspaceMarker {
  if (recordCount === 0 && marker && marker.recordCount > 0 && !marker.isEmptyAcknowledged) {
    return marker
  }
  return { recordCount, seenAt: now.toISOString() }
}
