import { createHash } from 'node:crypto'
import type { OpenedBackup, WorkspaceSnapshot } from '../../../shared/backup-contract'
import { composeBackupText, readBackupText } from '../../../shared/domain/backup/format'
import { AgeError, decryptAge, encryptAge, type AgeLock, type AgeSecret } from './age-file'

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** The backup's plaintext: the versioned document around the snapshot's tables. */
export function composeSnapshotText(
  snapshot: WorkspaceSnapshot,
  appVersion: string,
  now: Date,
): string {
  return composeBackupText({
    meta: {
      schemaVersion: snapshot.schemaVersion,
      appVersion,
      createdAt: now.toISOString(),
      workspaceId: snapshot.workspaceId,
      workspaceName: snapshot.workspaceName,
    },
    counts: snapshot.counts,
    tablesJson: snapshot.tablesJson,
    hashText,
  })
}

export async function createBackupBytes(
  snapshot: WorkspaceSnapshot,
  lock: AgeLock,
  options: { appVersion: string; now: Date },
): Promise<Uint8Array> {
  const text = composeSnapshotText(snapshot, options.appVersion, options.now)
  return encryptAge(Buffer.from(text, 'utf8'), lock)
}

/** Decrypts (unless plain) and checks a backup; every failure is a reason and a sentence. */
export async function openBackupBytes(
  bytes: Uint8Array,
  secrets: AgeSecret[] | 'plain',
  maxSchemaVersion: number,
): Promise<OpenedBackup> {
  let plaintext: Uint8Array
  if (secrets === 'plain') {
    plaintext = bytes
  } else {
    try {
      plaintext = await decryptAge(bytes, secrets)
    } catch (error) {
      return describeAgeFailure(error)
    }
  }
  const text = Buffer.from(plaintext.buffer, plaintext.byteOffset, plaintext.byteLength).toString(
    'utf8',
  )
  const result = readBackupText(text, { hashText, maxSchemaVersion })
  if (!result.ok) return { status: 'failed', reason: result.reason, message: result.message }
  return { status: 'opened', summary: result.summary, tablesJson: result.tablesJson }
}

function describeAgeFailure(error: unknown): OpenedBackup {
  if (!(error instanceof AgeError)) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      status: 'failed',
      reason: 'damaged',
      message: `The backup could not be read: ${reason}`,
    }
  }
  const reasons = {
    'not-age': 'not-backup',
    damaged: 'damaged',
    'no-match': 'wrong-secret',
    'kdf-out-of-bounds': 'kdf-out-of-bounds',
    unsupported: 'not-backup',
  } as const
  return { status: 'failed', reason: reasons[error.code], message: error.message }
}

/** A write failure in words a user can act on. */
export function describeWriteError(error: unknown, target: string): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return `The disk is full: ${target} was not written. Free some space or choose another place. Your workspace is unchanged.`
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return `Trellis may not write into that folder (${target}). Choose a folder you can write to. Your workspace is unchanged.`
  }
  if (code === 'ENOENT') return `The folder for ${target} no longer exists.`
  const reason = error instanceof Error ? error.message : String(error)
  return `Writing ${target} failed: ${reason}. Your workspace is unchanged.`
}
