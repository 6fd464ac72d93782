import 'fake-indexeddb/auto'
import { createHash } from 'node:crypto'
import { generateX25519Identity, identityToRecipient } from 'age-encryption'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackupBytes, openBackupBytes } from '../../src/main/services/backup/backup-file'
import type { AgeLock, AgeSecret } from '../../src/main/services/backup/age-file'
import {
  readWorkspaceSnapshot,
  restoreWorkspaceTables,
} from '../../src/renderer/src/db/repositories/backup-snapshot'
import { replaceWorkspaceData } from '../../src/renderer/src/db/repositories/snapshot'
import { openWorkspaceDb, type WorkspaceDb } from '../../src/renderer/src/db/workspace-db'
import { createStarterWorkspaceData } from '../../src/shared/domain/workspace/defaults'
import { sampleCompany, toSnapshot } from '../support/backup-snapshots'

const chunk = 64 * 1024 + 16
const info = { id: 'tamper', name: 'Current workspace' }
let db: WorkspaceDb
let before: string

async function fingerprint(): Promise<string> {
  const snapshot = await readWorkspaceSnapshot(db, info)
  return createHash('sha256').update(snapshot.tablesJson).digest('hex')
}

/** Opens every file as a restore would; returns how many were accepted (and restored). */
async function restoreEach(files: Uint8Array[], secrets: AgeSecret[]): Promise<number> {
  let accepted = 0
  for (const file of files) {
    const opened = await openBackupBytes(file, secrets, 3)
    if (opened.status !== 'opened') continue
    const restored = await restoreWorkspaceTables(db, opened.tablesJson)
    if (restored.ok) accepted += 1
  }
  return accepted
}

function headerLength(file: Uint8Array): number {
  const bytes = Buffer.from(file)
  return bytes.indexOf('\n', bytes.indexOf('\n---') + 1) + 1
}

function flipBit(file: Uint8Array, offset: number, bit = 0): Uint8Array {
  const copy = Uint8Array.from(file)
  copy[offset]! ^= 1 << bit
  return copy
}

beforeAll(async () => {
  db = openWorkspaceDb(info.id)
  // The current workspace differs from the backup, so any accepted restore would show.
  const current = createStarterWorkspaceData()
  current.teams.push({
    id: 't1',
    name: 'Ops',
    description: '',
    parentTeamId: null,
    leadPersonId: null,
  })
  await replaceWorkspaceData(db, current)
  before = await fingerprint()
})

afterAll(() => db.close())

describe('tampered and truncated backups', () => {
  it('accepts none, for a key-encrypted backup: every header byte, every payload chunk, every chunk boundary ±1', async () => {
    const identity = await generateX25519Identity()
    const lock: AgeLock = { kind: 'recipient', recipient: await identityToRecipient(identity) }
    const file = await createBackupBytes(toSnapshot(sampleCompany()), lock, {
      appVersion: '1',
      now: new Date(),
    })
    const secrets: AgeSecret[] = [{ kind: 'identity', identity }]
    const header = headerLength(file)
    const payloadStart = header + 16
    const chunks = Math.ceil((file.length - payloadStart) / chunk)
    expect(chunks).toBeGreaterThan(10)
    // The untouched file restores: the matrix below is not failing for another reason.
    expect((await openBackupBytes(file, secrets, 3)).status).toBe('opened')

    const flippedHeader = Array.from({ length: header + 16 }, (_, offset) =>
      flipBit(file, offset, offset % 8),
    )
    const flippedChunks = Array.from({ length: chunks }, (_, index) => {
      const start = payloadStart + index * chunk
      const end = Math.min(file.length, start + chunk)
      return flipBit(file, start + ((index * 7919) % (end - start)), index % 8)
    })
    const cuts = new Set<number>()
    for (let index = 0; index <= chunks; index += 1) {
      const boundary = payloadStart + index * chunk
      for (const cut of [boundary - 1, boundary, boundary + 1]) {
        if (cut > 0 && cut < file.length) cuts.add(cut)
      }
    }
    cuts.add(file.length - 1)
    const truncated = [...cuts].map((cut) => file.subarray(0, cut))
    const extended = [Buffer.concat([file, Buffer.from([0])])]

    const accepted = await restoreEach(
      [...flippedHeader, ...flippedChunks, ...truncated, ...extended],
      secrets,
    )
    expect(accepted).toBe(0)
    expect(await fingerprint()).toBe(before)
  })

  it('accepts none, for a passphrase backup: every header byte flipped, truncated header and nonce', async () => {
    const lock: AgeLock = {
      kind: 'passphrase',
      passphrase: 'tamper-proof words here',
      workFactor: 10,
    }
    const file = await createBackupBytes(toSnapshot(createStarterWorkspaceData()), lock, {
      appVersion: '1',
      now: new Date(),
    })
    const header = headerLength(file)
    const files = [
      ...Array.from({ length: header }, (_, offset) => flipBit(file, offset, (offset * 3) % 8)),
      ...Array.from({ length: header + 17 }, (_, cut) => file.subarray(0, cut)),
    ]
    const accepted = await restoreEach(files, [
      { kind: 'passphrase', passphrase: 'tamper-proof words here' },
    ])
    expect(accepted).toBe(0)
    expect(await fingerprint()).toBe(before)
  })
})
