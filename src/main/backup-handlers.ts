import { randomUUID } from 'node:crypto'
import { copyFile, mkdir, readFile, rename, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { generateX25519Identity, identityToRecipient } from 'age-encryption'
import type {
  BackupFailure,
  BackupSecret,
  BackupSettings,
  PickedBackup,
  WorkspaceSnapshot,
  backupContract,
} from '../shared/backup-contract'
import {
  decideStartupGuard,
  isBackupDue,
  nextMarker,
  parseBackupFileName,
  selectBackupsToPrune,
  toBackupFileName,
} from '../shared/domain/backup/schedule'
import { toSafeFileName } from '../shared/domain/files/file-name'
import type { HandlerTable } from './handlers'
import type { Ports } from './ports'
import { writeFileAtomic } from './services/atomic-write'
import {
  AgeError,
  decryptAge,
  encryptAge,
  inspectAgeFile,
  type AgeLock,
  type AgeSecret,
} from './services/backup/age-file'
import {
  composeSnapshotText,
  createBackupBytes,
  describeWriteError,
  openBackupBytes,
} from './services/backup/backup-file'
import { BackupStore, keyFileName, listNames, removeFiles } from './services/backup/backup-store'
import { buildCsvZip } from './services/backup/csv-zip'

type BackupHandlers = Pick<HandlerTable, keyof typeof backupContract>

type PickedEntry = { bytes: Uint8Array; lock: 'passphrase' | 'key' | 'none'; safetyLock?: AgeLock }

const backupFilters = [
  { name: 'Trellis backup', extensions: ['age', 'json'] },
  { name: 'All files', extensions: ['*'] },
]
const maxBackupBytes = 1024 * 1024 * 1024
const safetyCopiesKept = 5

export type BackupHandlerOptions = {
  now?: () => Date
  /** The file writer; tests pass one that fails like a full disk. */
  writeFile?: (path: string, data: string | Uint8Array) => Promise<void>
  /** scrypt work factor of new passphrase files (tests lower it). */
  workFactor?: number
}

export function createBackupHandlers(
  ports: Ports,
  options: BackupHandlerOptions = {},
): BackupHandlers {
  const now = options.now ?? (() => new Date())
  const write = options.writeFile ?? writeFileAtomic
  const store = new BackupStore(ports.appInfo.userDataPath)
  const picked = new Map<string, PickedEntry>()
  const passphraseLock = (passphrase: string): AgeLock => ({
    kind: 'passphrase',
    passphrase,
    workFactor: options.workFactor,
  })

  function remember(entry: PickedEntry): string {
    const token = randomUUID()
    picked.set(token, entry)
    // Only the latest few picks are kept: each may hold a large file.
    while (picked.size > 3) picked.delete(picked.keys().next().value as string)
    return token
  }

  async function pickPath(path: string): Promise<PickedBackup> {
    const fileName = basename(path)
    let bytes: Uint8Array
    try {
      const info = await stat(path)
      if (info.size > maxBackupBytes) {
        return failed(`${fileName} is larger than 1 GB; it is not a Trellis backup.`)
      }
      bytes = await readFile(path)
    } catch (error) {
      return failed(`Trellis could not read ${fileName}: ${describe(error)}`)
    }
    if (looksLikeJson(bytes)) {
      return { status: 'picked', token: remember({ bytes, lock: 'none' }), fileName, lock: 'none' }
    }
    try {
      const { header } = inspectAgeFile(bytes)
      const lock = header.scryptArgs ? 'passphrase' : 'key'
      return { status: 'picked', token: remember({ bytes, lock }), fileName, lock }
    } catch (error) {
      return failed(`${fileName}: ${describe(error)}`)
    }
  }

  async function toSecrets(secret: BackupSecret): Promise<AgeSecret[] | string> {
    switch (secret.kind) {
      case 'passphrase':
        return [{ kind: 'passphrase', passphrase: secret.passphrase }]
      case 'recovery-key': {
        const key = secret.key.trim().toUpperCase()
        if (!/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/.test(key)) {
          return 'That is not a recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters.'
        }
        return [{ kind: 'identity', identity: key }]
      }
      case 'key-passphrase':
        return unlockKeyFiles(secret.passphrase)
      case 'none':
        return []
    }
  }

  async function unlockKeyFiles(passphrase: string): Promise<AgeSecret[] | string> {
    const settings = await store.readSettings()
    const names = (await listNames(settings.folder)).filter(
      (name) => name.startsWith('trellis-backup-key') && name.endsWith('.age'),
    )
    if (names.length === 0) {
      return `There is no backup key in ${settings.folder}. Use the recovery key instead.`
    }
    const identities: AgeSecret[] = []
    for (const name of names) {
      try {
        const bytes = await readFile(join(settings.folder, name))
        const identity = Buffer.from(await decryptAge(bytes, [{ kind: 'passphrase', passphrase }]))
          .toString('utf8')
          .trim()
        identities.push({ kind: 'identity', identity })
      } catch {
        // a key file this passphrase does not open: try the others
      }
    }
    return identities.length > 0 ? identities : 'The key passphrase is not right.'
  }

  async function scheduledLock(): Promise<AgeLock | null> {
    const settings = await store.readSettings()
    return settings.hasKey && settings.recipient
      ? { kind: 'recipient', recipient: settings.recipient }
      : null
  }

  async function saveWithDialog(
    title: string,
    defaultName: string,
    filters: { name: string; extensions: string[] }[],
    produce: () => Promise<string | Uint8Array>,
  ) {
    const path = await ports.dialogs.chooseSavePath({ title, defaultName, filters })
    if (!path) return { status: 'cancelled' as const }
    try {
      await write(path, await produce())
    } catch (error) {
      return failed(describeWriteError(error, basename(path)))
    }
    return { status: 'saved' as const, fileName: basename(path) }
  }

  function baseName(snapshot: WorkspaceSnapshot): string {
    return `${toSafeFileName(snapshot.workspaceName, 'workspace')} ${now().toISOString().slice(0, 10)}`
  }

  async function prune(folder: string, workspaceId: string, keepLast: number): Promise<void> {
    const entries = (await listNames(folder))
      .map(parseBackupFileName)
      .filter((entry) => entry !== null && entry.workspaceId === workspaceId)
    await removeFiles(folder, selectBackupsToPrune(entries as never, keepLast))
  }

  return {
    saveBackupFile: async ({ snapshot, passphrase }) =>
      saveWithDialog(
        'Back up workspace',
        `${baseName(snapshot)}.trellis.age`,
        [{ name: 'Trellis backup (age)', extensions: ['age'] }],
        () =>
          createBackupBytes(snapshot, passphraseLock(passphrase), {
            appVersion: ports.appInfo.version,
            now: now(),
          }),
      ),

    exportWorkspaceJson: async ({ snapshot }) =>
      saveWithDialog(
        'Export workspace as plain JSON',
        `${baseName(snapshot)}.trellis-backup.json`,
        [{ name: 'JSON', extensions: ['json'] }],
        async () => composeSnapshotText(snapshot, ports.appInfo.version, now()),
      ),

    exportWorkspaceCsvZip: async ({ snapshot }) =>
      saveWithDialog(
        'Export workspace as CSV files',
        `${baseName(snapshot)} CSV.zip`,
        [{ name: 'Zip archive', extensions: ['zip'] }],
        async () => buildCsvZip(snapshot.tablesJson),
      ),

    pickBackupFile: async () => {
      const path = await ports.dialogs.chooseOpenPath({
        title: 'Restore from a backup',
        filters: backupFilters,
      })
      return path ? pickPath(path) : { status: 'cancelled' }
    },

    pickListedBackup: async ({ fileName, source }) => {
      if (!parseBackupFileName(fileName) || basename(fileName) !== fileName) {
        return failed('That is not a backup in the backup folder.')
      }
      const settings = await store.readSettings()
      return pickPath(join(store.folderOf(source, settings), fileName))
    },

    openBackup: async ({ token, secret, maxSchemaVersion }) => {
      const entry = picked.get(token)
      if (!entry) {
        return {
          status: 'failed',
          reason: 'expired',
          message: 'Choose the backup file again.',
        }
      }
      const secrets = await toSecrets(secret)
      if (typeof secrets === 'string') {
        return { status: 'failed', reason: 'wrong-secret', message: secrets }
      }
      const opened = await openBackupBytes(
        entry.bytes,
        entry.lock === 'none' ? 'plain' : secrets,
        maxSchemaVersion,
      )
      if (opened.status === 'opened') {
        entry.safetyLock = (await scheduledLock()) ?? (await toSafetyLock(secrets))
      }
      return opened
    },

    writeSafetyCopy: async ({ token, snapshot }) => {
      const lock = picked.get(token)?.safetyLock
      if (!lock) {
        return failed(
          'A safety copy needs a key: set up automatic backups first, or restore into a new workspace.',
        )
      }
      const folder = store.safetyFolder
      const fileName = toBackupFileName(
        `${snapshot.workspaceName} before restore`,
        snapshot.workspaceId,
        now(),
      )
      try {
        const bytes = await createBackupBytes(snapshot, lock, {
          appVersion: ports.appInfo.version,
          now: now(),
        })
        await mkdir(folder, { recursive: true })
        await write(join(folder, fileName), bytes)
        await prune(folder, snapshot.workspaceId, safetyCopiesKept)
      } catch (error) {
        return failed(describeWriteError(error, 'the safety copy'))
      }
      return { status: 'saved', fileName, folder }
    },

    listBackups: async () => store.list(),

    getBackupSettings: async () => store.readSettings(),

    updateBackupSettings: async ({ frequency, keepLast }) => {
      await store.writeStored({ ...(await store.readStored()), frequency, keepLast })
      return store.readSettings()
    },

    chooseBackupFolder: async () => {
      const folder = await ports.dialogs.chooseFolder({
        title: 'Folder for automatic backups',
      })
      if (!folder) return { status: 'cancelled' }
      const before = await store.readSettings()
      try {
        if (before.hasKey) {
          await copyFile(join(before.folder, keyFileName), join(folder, keyFileName))
        }
        await store.writeStored({ ...(await store.readStored()), folder })
      } catch (error) {
        return failed(describeWriteError(error, folder))
      }
      return store.readSettings()
    },

    setUpBackupKey: async ({ passphrase }) => {
      const settings = await store.readSettings()
      const identity = await generateX25519Identity()
      const recipient = await identityToRecipient(identity)
      const keyPath = join(settings.folder, keyFileName)
      try {
        await mkdir(settings.folder, { recursive: true })
        const sealed = await encryptAge(Buffer.from(`${identity}\n`), passphraseLock(passphrase))
        if (settings.hasKey) {
          // The old key still opens the older backups: it is kept beside the new one.
          const stamp = now().toISOString().replaceAll(':', '').slice(0, 17)
          await rename(keyPath, join(settings.folder, `trellis-backup-key ${stamp}.age`))
        }
        await write(keyPath, sealed)
        await store.writeStored({ ...(await store.readStored()), recipient })
      } catch (error) {
        return failed(describeWriteError(error, keyPath))
      }
      return { status: 'created', recoveryKey: identity }
    },

    checkScheduledBackup: async ({ workspaceId, recordCount }) => {
      const settings = await store.readSettings()
      const backups = (await store.list()).filter(
        (entry) => entry.source === 'scheduled' && entry.workspaceId === workspaceId,
      )
      const marker = await store.readMarker(workspaceId)
      const guard = decideStartupGuard({ recordCount, marker, backupCount: backups.length })
      await store.writeMarker(workspaceId, nextMarker(marker, recordCount, now()))
      const last = backups[0] ? new Date(backups[0].createdAt) : null
      // An emptied workspace is never backed up: it would push the good backups out.
      const isDue =
        guard.kind === 'ok' &&
        recordCount > 0 &&
        settings.hasKey &&
        isBackupDue(settings.frequency, last, now())
      return { isDue, guard }
    },

    writeScheduledBackup: async ({ snapshot }) => {
      const settings = await store.readSettings()
      const lock = await scheduledLock()
      if (!lock) return failed('Automatic backups are not set up yet.')
      const fileName = toBackupFileName(snapshot.workspaceName, snapshot.workspaceId, now())
      try {
        const bytes = await createBackupBytes(snapshot, lock, {
          appVersion: ports.appInfo.version,
          now: now(),
        })
        await mkdir(settings.folder, { recursive: true })
        await write(join(settings.folder, fileName), bytes)
        await prune(settings.folder, snapshot.workspaceId, settings.keepLast)
      } catch (error) {
        return failed(describeWriteError(error, fileName))
      }
      return { status: 'saved', fileName }
    },

    acknowledgeEmptyWorkspace: async ({ workspaceId }) => {
      await store.writeMarker(workspaceId, {
        recordCount: 0,
        seenAt: now().toISOString(),
        isEmptyAcknowledged: true,
      })
      return { isAcknowledged: true }
    },
  }
}

async function toSafetyLock(secrets: AgeSecret[]): Promise<AgeLock | undefined> {
  const first = secrets[0]
  if (!first) return undefined
  if (first.kind === 'passphrase') return { kind: 'passphrase', passphrase: first.passphrase }
  return { kind: 'recipient', recipient: await identityToRecipient(first.identity) }
}

function looksLikeJson(bytes: Uint8Array): boolean {
  const start = Buffer.from(bytes.subarray(0, 16))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
  return start.trimStart().startsWith('{')
}

function failed(message: string): BackupFailure {
  return { status: 'failed', message }
}

function describe(error: unknown): string {
  if (error instanceof AgeError) return error.message
  return error instanceof Error ? error.message : String(error)
}

export type { BackupSettings }
