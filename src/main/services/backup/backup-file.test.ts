import { describe, expect, it } from 'vitest'
import { parseBackupTables } from '../../../shared/domain/backup/tables'
import { countRecords } from '../../../shared/model'
import { sampleCompany, toSnapshot } from '../../../../test/support/backup-snapshots'
import { encryptAge } from './age-file'
import {
  composeSnapshotText,
  createBackupBytes,
  describeWriteError,
  openBackupBytes,
} from './backup-file'

const now = new Date('2026-11-23T10:00:00.000Z')
const lock = {
  kind: 'passphrase',
  passphrase: 'correct horse battery staple',
  workFactor: 10,
} as const
const secret = [{ kind: 'passphrase', passphrase: 'correct horse battery staple' }] as const

describe('backup files', () => {
  it('round-trips the sample company: counts, summary and every record', async () => {
    const data = sampleCompany()
    const bytes = await createBackupBytes(toSnapshot(data), lock, { appVersion: '1.2.3', now })
    const opened = await openBackupBytes(bytes, [...secret], 3)
    expect(opened.status).toBe('opened')
    if (opened.status !== 'opened') return
    expect(opened.summary).toMatchObject({
      formatVersion: 1,
      schemaVersion: 3,
      appVersion: '1.2.3',
      createdAt: now.toISOString(),
      workspaceName: 'Kestrel Coffee Roasters',
      counts: countRecords(data),
    })
    expect(opened.summary.counts.people).toBeGreaterThanOrEqual(35)
    expect(opened.summary.counts.checkins).toBeGreaterThan(0)
    const parsed = parseBackupTables(opened.tablesJson)
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.data).toEqual(data)
  })

  it('says so for a wrong passphrase, a foreign file and a plain file that is not a backup', async () => {
    const bytes = await createBackupBytes(toSnapshot(sampleCompany()), lock, {
      appVersion: '1',
      now,
    })
    expect(await openBackupBytes(bytes, [{ kind: 'passphrase', passphrase: 'nope' }], 3)).toEqual({
      status: 'failed',
      reason: 'wrong-secret',
      message: 'The passphrase is not right for this backup.',
    })
    expect(
      await openBackupBytes(Buffer.from('PK\u0003\u0004 a zip'), [...secret], 3),
    ).toMatchObject({
      reason: 'not-backup',
      message: expect.stringMatching(/not an age-encrypted file/),
    })
    const foreign = await encryptAge(Buffer.from('{"hello":1}'), lock)
    expect(await openBackupBytes(foreign, [...secret], 3)).toMatchObject({
      reason: 'not-backup',
      message: 'This file is not a Trellis backup.',
    })
  })

  it('refuses a backup from a newer format or a newer database version', async () => {
    const text = composeSnapshotText(toSnapshot(sampleCompany()), '1', now)
    const newerFormat = text.replace('"formatVersion":1', '"formatVersion":2')
    const opened = await openBackupBytes(
      await encryptAge(Buffer.from(newerFormat), lock),
      [...secret],
      3,
    )
    expect(opened).toMatchObject({
      reason: 'newer-version',
      message: expect.stringMatching(/newer Trellis/),
    })
    const newerSchema = await createBackupBytes(
      toSnapshot(sampleCompany(), { schemaVersion: 12 }),
      lock,
      { appVersion: '9', now },
    )
    expect(await openBackupBytes(newerSchema, [...secret], 3)).toMatchObject({
      reason: 'newer-version',
      message: expect.stringMatching(/database version 12/),
    })
  })

  it('rejects a crafted scrypt work factor before deriving any key', async () => {
    const bytes = Buffer.from(
      await createBackupBytes(toSnapshot(sampleCompany()), lock, { appVersion: '1', now }),
    )
    const header = bytes.toString('latin1', 0, 200)
    for (const crafted of ['40', '64', '1', '9', '21']) {
      const tampered = Buffer.from(
        header.replace(/(-> scrypt \S+) 10\n/, `$1 ${crafted}\n`),
        'latin1',
      )
      const file = Buffer.concat([tampered, bytes.subarray(200)])
      const opened = await openBackupBytes(file, [...secret], 3)
      expect(opened).toMatchObject({
        reason: 'kdf-out-of-bounds',
        message: expect.stringContaining(`2^${crafted}`),
      })
    }
  })

  it('describes write failures a user can act on', () => {
    const error = (code: string) => Object.assign(new Error(code), { code })
    expect(describeWriteError(error('ENOSPC'), 'a.age')).toMatch(/^The disk is full/)
    expect(describeWriteError(error('EACCES'), 'a.age')).toMatch(/may not write into that folder/)
    expect(describeWriteError(error('EROFS'), 'a.age')).toMatch(/may not write/)
  })
})
