import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateX25519Identity, identityToRecipient } from 'age-encryption'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseBackupTables } from '../../../shared/domain/backup/tables'
import { sampleCompany, toSnapshot } from '../../../../test/support/backup-snapshots'
import {
  ageMissingMessage,
  findAgeCli,
  runAgeWithPassphrase,
} from '../../../../test/support/age-cli'
import { composeSnapshotText, createBackupBytes, openBackupBytes } from './backup-file'

const now = new Date('2026-11-23T10:00:00.000Z')
const passphrase = 'interop tests speak age'
let folder: string
let identity: string
let recipient: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'trellis-age-interop-'))
  identity = await generateX25519Identity()
  recipient = await identityToRecipient(identity)
  await writeFile(join(folder, 'identity.txt'), `${identity}\n`, { mode: 0o600 })
})

afterAll(() => rm(folder, { recursive: true, force: true }))

// No skip: a machine without the reference CLI fails here, loudly.
describe('interop with the reference age CLI', { timeout: 60_000 }, () => {
  it('is installed', () => {
    expect(findAgeCli(), ageMissingMessage).not.toBeNull()
  })

  it('decrypts a passphrase backup Trellis wrote (through a terminal)', async () => {
    const snapshot = toSnapshot(sampleCompany())
    const bytes = await createBackupBytes(
      snapshot,
      { kind: 'passphrase', passphrase },
      {
        appVersion: '1',
        now,
      },
    )
    await writeFile(join(folder, 'ours.age'), bytes)
    await runAgeWithPassphrase(
      ['-d', '-o', join(folder, 'ours.json'), join(folder, 'ours.age')],
      passphrase,
    )
    const text = await readFile(join(folder, 'ours.json'), 'utf8')
    expect(text).toBe(composeSnapshotText(snapshot, '1', now))
  })

  it('decrypts a key backup Trellis wrote, with the identity file', async () => {
    const snapshot = toSnapshot(sampleCompany())
    const bytes = await createBackupBytes(
      snapshot,
      { kind: 'recipient', recipient },
      {
        appVersion: '1',
        now,
      },
    )
    await writeFile(join(folder, 'ours-key.age'), bytes)
    const plaintext = execFileSync(
      'age',
      ['-d', '-i', join(folder, 'identity.txt'), join(folder, 'ours-key.age')],
      {
        maxBuffer: 256 * 1024 * 1024,
      },
    )
    expect(plaintext.toString('utf8')).toBe(composeSnapshotText(snapshot, '1', now))
  })

  it('restores a backup the CLI encrypted to a recipient, binary and armored', async () => {
    const data = sampleCompany()
    await writeFile(join(folder, 'plain.json'), composeSnapshotText(toSnapshot(data), '1', now))
    for (const armor of [[], ['-a']]) {
      const target = join(folder, `cli${armor.length}.age`)
      execFileSync('age', ['-r', recipient, ...armor, '-o', target, join(folder, 'plain.json')])
      const opened = await openBackupBytes(
        await readFile(target),
        [{ kind: 'identity', identity }],
        3,
      )
      expect(opened.status).toBe('opened')
      if (opened.status !== 'opened') return
      const parsed = parseBackupTables(opened.tablesJson)
      expect(parsed.ok && parsed.data).toEqual(data)
    }
  })

  it('restores a backup the CLI encrypted with a passphrase (through a terminal)', async () => {
    await writeFile(
      join(folder, 'small.json'),
      composeSnapshotText(toSnapshot(sampleCompany()), '1', now),
    )
    const target = join(folder, 'cli-pass.age')
    await runAgeWithPassphrase(['-p', '-o', target, join(folder, 'small.json')], passphrase)
    expect((await readFile(target, 'latin1')).split('\n')[1]).toMatch(/^-> scrypt \S+ 18$/)
    const opened = await openBackupBytes(
      await readFile(target),
      [{ kind: 'passphrase', passphrase }],
      3,
    )
    expect(opened).toMatchObject({
      status: 'opened',
      summary: { workspaceName: 'Kestrel Coffee Roasters' },
    })
    const wrong = await openBackupBytes(
      await readFile(target),
      [{ kind: 'passphrase', passphrase: 'other' }],
      3,
    )
    expect(wrong).toMatchObject({ reason: 'wrong-secret' })
  })
})
