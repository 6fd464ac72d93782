import { mkdir, readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { BackupSettings, ListedBackup } from '../../../shared/backup-contract'
import {
  backupFrequencies,
  parseBackupFileName,
  type WorkspaceMarker,
} from '../../../shared/domain/backup/schedule'
import { writeFileAtomic } from '../atomic-write'

/**
 * What main keeps about backups in the user-data folder: the settings (no secret: the scheduled
 * key's public half only) and a marker per workspace of how many records it held.
 */

const StoredSettings = z.object({
  folder: z.string().nullable().default(null),
  frequency: z.enum(backupFrequencies).default('daily'),
  keepLast: z.number().int().min(1).max(365).default(14),
  recipient: z.string().nullable().default(null),
})
type StoredSettings = z.infer<typeof StoredSettings>

const Markers = z.record(
  z.string(),
  z.object({
    recordCount: z.number().int().min(0),
    seenAt: z.string(),
    isEmptyAcknowledged: z.boolean().optional(),
  }),
)

export const keyFileName = 'trellis-backup-key.age'
export const safetyFolderName = 'Safety copies'

export class BackupStore {
  constructor(private readonly userDataPath: string) {}

  get safetyFolder(): string {
    return join(this.userDataPath, safetyFolderName)
  }

  private get settingsPath(): string {
    return join(this.userDataPath, 'backup-settings.json')
  }

  private get markersPath(): string {
    return join(this.userDataPath, 'workspace-markers.json')
  }

  async readStored(): Promise<StoredSettings> {
    return StoredSettings.parse(await readJson(this.settingsPath))
  }

  async writeStored(settings: StoredSettings): Promise<void> {
    await mkdir(this.userDataPath, { recursive: true })
    await writeFileAtomic(this.settingsPath, JSON.stringify(settings, null, 2))
  }

  async readSettings(): Promise<BackupSettings> {
    const stored = await this.readStored()
    const folder = stored.folder ?? join(this.userDataPath, 'Backups')
    return {
      folder,
      frequency: stored.frequency,
      keepLast: stored.keepLast,
      recipient: stored.recipient,
      hasKey: stored.recipient !== null && (await exists(join(folder, keyFileName))),
    }
  }

  async readMarker(workspaceId: string): Promise<WorkspaceMarker | null> {
    const markers = Markers.safeParse(await readJson(this.markersPath))
    return (markers.success ? markers.data[workspaceId] : undefined) ?? null
  }

  async writeMarker(workspaceId: string, marker: WorkspaceMarker): Promise<void> {
    const parsed = Markers.safeParse(await readJson(this.markersPath))
    const markers = parsed.success ? parsed.data : {}
    markers[workspaceId] = marker
    await mkdir(this.userDataPath, { recursive: true })
    await writeFileAtomic(this.markersPath, JSON.stringify(markers, null, 2))
  }

  /** Scheduled backups in the backup folder and safety copies, newest first. */
  async list(): Promise<ListedBackup[]> {
    const settings = await this.readSettings()
    const listed: ListedBackup[] = []
    for (const [folder, source] of [
      [settings.folder, 'scheduled'],
      [this.safetyFolder, 'safety'],
    ] as const) {
      for (const name of await listNames(folder)) {
        const entry = parseBackupFileName(name)
        if (entry) listed.push({ ...entry, source })
      }
    }
    return listed.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  }

  folderOf(source: ListedBackup['source'], settings: BackupSettings): string {
    return source === 'safety' ? this.safetyFolder : settings.folder
  }
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'))
  } catch {
    return {}
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await readFile(path)
    return true
  } catch {
    return false
  }
}

export async function listNames(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder, { withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
  } catch {
    return []
  }
}

export async function removeFiles(folder: string, names: string[]): Promise<void> {
  for (const name of names) await rm(join(folder, name), { force: true })
}
