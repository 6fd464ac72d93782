import { z } from 'zod'
import type { BackupSummary } from './domain/backup/format'
import { minPassphraseLength } from './domain/backup/passphrase'
import { backupFrequencies, type StartupGuard } from './domain/backup/schedule'

/** Backup, restore and open export operations; spread into the IPC contract in `contract.ts`. */

function returns<Output>(): Output {
  return undefined as Output
}

const maxSnapshotChars = 400 * 1024 * 1024

/** The whole workspace as the renderer read it in one transaction. */
export const WorkspaceSnapshot = z
  .object({
    workspaceId: z.string().min(1).max(100),
    workspaceName: z.string().min(1).max(200),
    schemaVersion: z.number().int().min(1),
    counts: z.record(z.string().max(100), z.number().int().min(0)),
    /** JSON.stringify of the tables; sent as text, the cheapest shape to carry and to hash. */
    tablesJson: z.string().min(2).max(maxSnapshotChars),
  })
  .strict()
export type WorkspaceSnapshot = z.infer<typeof WorkspaceSnapshot>

const Passphrase = z.string().min(minPassphraseLength).max(1000)
const Token = z.string().min(1).max(100)

export const BackupSecret = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passphrase'), passphrase: z.string().min(1).max(1000) }).strict(),
  z.object({ kind: z.literal('key-passphrase'), passphrase: z.string().min(1).max(1000) }).strict(),
  z.object({ kind: z.literal('recovery-key'), key: z.string().min(1).max(200) }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
])
export type BackupSecret = z.infer<typeof BackupSecret>

export type BackupFailure = { status: 'failed'; message: string }
export type BackupSaved = { status: 'saved'; fileName: string }
export type BackupLock = 'passphrase' | 'key' | 'none'

export type PickedBackup =
  | { status: 'picked'; token: string; fileName: string; lock: BackupLock }
  | { status: 'cancelled' }
  | BackupFailure

export type OpenedBackup =
  | { status: 'opened'; summary: BackupSummary; tablesJson: string }
  | {
      status: 'failed'
      reason:
        | 'wrong-secret'
        | 'damaged'
        | 'not-backup'
        | 'newer-version'
        | 'kdf-out-of-bounds'
        | 'expired'
      message: string
    }

export type ListedBackup = {
  fileName: string
  source: 'scheduled' | 'safety'
  workspaceId: string
  createdAt: string
}

export type BackupSettings = {
  folder: string
  frequency: (typeof backupFrequencies)[number]
  keepLast: number
  hasKey: boolean
  /** The public half of the scheduled-backup key (safe to show). */
  recipient: string | null
}

export const backupContract = {
  saveBackupFile: {
    channel: 'backup:save-file',
    input: z.object({ snapshot: WorkspaceSnapshot, passphrase: Passphrase }).strict(),
    output: returns<BackupSaved | { status: 'cancelled' } | BackupFailure>(),
  },
  exportWorkspaceJson: {
    channel: 'backup:export-json',
    input: z.object({ snapshot: WorkspaceSnapshot }).strict(),
    output: returns<BackupSaved | { status: 'cancelled' } | BackupFailure>(),
  },
  exportWorkspaceCsvZip: {
    channel: 'backup:export-csv-zip',
    input: z.object({ snapshot: WorkspaceSnapshot }).strict(),
    output: returns<BackupSaved | { status: 'cancelled' } | BackupFailure>(),
  },
  pickBackupFile: {
    channel: 'backup:pick-file',
    input: z.object({}).strict(),
    output: returns<PickedBackup>(),
  },
  pickListedBackup: {
    channel: 'backup:pick-listed',
    input: z
      .object({ fileName: z.string().min(1).max(300), source: z.enum(['scheduled', 'safety']) })
      .strict(),
    output: returns<PickedBackup>(),
  },
  openBackup: {
    channel: 'backup:open',
    input: z
      .object({ token: Token, secret: BackupSecret, maxSchemaVersion: z.number().int().min(1) })
      .strict(),
    output: returns<OpenedBackup>(),
  },
  writeSafetyCopy: {
    channel: 'backup:write-safety-copy',
    input: z.object({ token: Token, snapshot: WorkspaceSnapshot }).strict(),
    output: returns<(BackupSaved & { folder: string }) | BackupFailure>(),
  },
  listBackups: {
    channel: 'backup:list',
    input: z.object({}).strict(),
    output: returns<ListedBackup[]>(),
  },
  getBackupSettings: {
    channel: 'backup:get-settings',
    input: z.object({}).strict(),
    output: returns<BackupSettings>(),
  },
  updateBackupSettings: {
    channel: 'backup:update-settings',
    input: z
      .object({
        frequency: z.enum(backupFrequencies),
        keepLast: z.number().int().min(1).max(365),
      })
      .strict(),
    output: returns<BackupSettings>(),
  },
  chooseBackupFolder: {
    channel: 'backup:choose-folder',
    input: z.object({}).strict(),
    output: returns<BackupSettings | BackupFailure | { status: 'cancelled' }>(),
  },
  setUpBackupKey: {
    channel: 'backup:set-up-key',
    input: z.object({ passphrase: Passphrase }).strict(),
    output: returns<{ status: 'created'; recoveryKey: string } | BackupFailure>(),
  },
  checkScheduledBackup: {
    channel: 'backup:check-scheduled',
    input: z
      .object({ workspaceId: z.string().min(1).max(100), recordCount: z.number().int().min(0) })
      .strict(),
    output: returns<{ isDue: boolean; guard: StartupGuard }>(),
  },
  writeScheduledBackup: {
    channel: 'backup:write-scheduled',
    input: z.object({ snapshot: WorkspaceSnapshot }).strict(),
    output: returns<BackupSaved | BackupFailure>(),
  },
  acknowledgeEmptyWorkspace: {
    channel: 'backup:acknowledge-empty',
    input: z.object({ workspaceId: z.string().min(1).max(100) }).strict(),
    output: returns<{ isAcknowledged: boolean }>(),
  },
} as const
