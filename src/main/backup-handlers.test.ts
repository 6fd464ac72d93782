import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createStarterWorkspaceData } from '../shared/domain/workspace/defaults'
import { tableNames } from '../shared/model'
import { createTestPorts } from '../../test/support/test-ports'
import { sampleCompany, toSnapshot } from '../../test/support/backup-snapshots'
import { createBackupHandlers, type BackupHandlerOptions } from './backup-handlers'

let folder: string
let clock: Date

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'trellis-backup-handlers-'))
  clock = new Date('2026-11-23T09:00:00.000Z')
})
afterEach(() => rm(folder, { recursive: true, force: true }))

function setUp(options: BackupHandlerOptions = {}) {
  const test = createTestPorts(join(folder, 'user-data'))
  const handlers = createBackupHandlers(test.ports, {
    now: () => clock,
    workFactor: 10,
    ...options,
  })
  return { ...test, handlers }
}

const snapshot = () =>
  toSnapshot(sampleCompany(), { workspaceId: 'ws-1', workspaceName: 'Kestrel' })
const failWith = (code: string) => async () => {
  throw Object.assign(new Error(`${code}: failed`), { code })
}

describe('manual backup and restore', () => {
  it('saves where the user chooses and opens it again with the passphrase', async () => {
    const { handlers, dialogs } = setUp()
    const target = join(folder, 'backup.trellis.age')
    dialogs.savePaths.push(target)
    const saved = await handlers.saveBackupFile({
      snapshot: snapshot(),
      passphrase: 'a long passphrase',
    })
    expect(saved).toEqual({ status: 'saved', fileName: 'backup.trellis.age' })
    expect(dialogs.asked.at(-1)).toEqual({ kind: 'save', title: 'Back up workspace' })
    dialogs.openPaths.push(target)
    const picked = await handlers.pickBackupFile({})
    expect(picked).toMatchObject({
      status: 'picked',
      lock: 'passphrase',
      fileName: 'backup.trellis.age',
    })
    if (picked.status !== 'picked') return
    const opened = await handlers.openBackup({
      token: picked.token,
      secret: { kind: 'passphrase', passphrase: 'a long passphrase' },
      maxSchemaVersion: 3,
    })
    expect(opened).toMatchObject({
      status: 'opened',
      summary: { workspaceName: 'Kestrel', schemaVersion: 3 },
    })
  })

  it('says the disk is full, or the folder is not writable, and leaves no file', async () => {
    for (const [code, pattern] of [
      ['ENOSPC', /^The disk is full/],
      ['EACCES', /may not write into that folder/],
    ] as const) {
      const { handlers, dialogs } = setUp({ writeFile: failWith(code) })
      dialogs.savePaths.push(join(folder, 'full.trellis.age'))
      const result = await handlers.saveBackupFile({
        snapshot: snapshot(),
        passphrase: 'a long passphrase',
      })
      expect(result).toMatchObject({ status: 'failed', message: expect.stringMatching(pattern) })
    }
    expect(await readdir(folder)).not.toContain('full.trellis.age')
  })

  it('refuses a folder it may not write into (real permissions)', async () => {
    if (process.getuid?.() === 0) return // root writes anywhere; the mapped error is tested above
    const { chmod, mkdir } = await import('node:fs/promises')
    const locked = join(folder, 'locked')
    await mkdir(locked)
    await chmod(locked, 0o500)
    const { handlers, dialogs } = setUp()
    dialogs.savePaths.push(join(locked, 'b.trellis.age'))
    const result = await handlers.saveBackupFile({
      snapshot: snapshot(),
      passphrase: 'a long passphrase',
    })
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/may not write/),
    })
  })

  it('refuses a file that is not an age file when it is picked', async () => {
    const { handlers, dialogs } = setUp()
    const path = join(folder, 'notes.txt')
    await writeFile(path, 'just some notes')
    dialogs.openPaths.push(path)
    expect(await handlers.pickBackupFile({})).toEqual({
      status: 'failed',
      message: 'notes.txt: This is not an age-encrypted file (nor a Trellis backup).',
    })
  })

  it('exports plain JSON that restores, and a zip with one formula-safe CSV per table', async () => {
    const { handlers, dialogs } = setUp()
    const data = createStarterWorkspaceData()
    data.teams.push({
      id: 't',
      name: '=HYPERLINK("x")',
      description: '',
      parentTeamId: null,
      leadPersonId: null,
    })
    const small = toSnapshot(data, { workspaceId: 'ws-2', workspaceName: 'Small' })
    dialogs.savePaths.push(join(folder, 'plain.json'), join(folder, 'tables.zip'))
    expect(await handlers.exportWorkspaceJson({ snapshot: small })).toMatchObject({
      status: 'saved',
    })
    expect(await handlers.exportWorkspaceCsvZip({ snapshot: small })).toMatchObject({
      status: 'saved',
    })

    dialogs.openPaths.push(join(folder, 'plain.json'))
    const picked = await handlers.pickBackupFile({})
    expect(picked).toMatchObject({ status: 'picked', lock: 'none' })
    if (picked.status !== 'picked') return
    const opened = await handlers.openBackup({
      token: picked.token,
      secret: { kind: 'none' },
      maxSchemaVersion: 3,
    })
    expect(opened).toMatchObject({ status: 'opened', summary: { workspaceName: 'Small' } })

    const files = unzipSync(await readFile(join(folder, 'tables.zip')))
    expect(Object.keys(files)).toHaveLength(tableNames.length)
    const teams = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['teams.csv'])
    expect(teams).toBe(
      '\ufeffid,name,description,parentTeamId,leadPersonId\r\nt,"\'=HYPERLINK(""x"")",,,\r\n',
    )
  })
})

describe('automatic backups', () => {
  it('sets up a key shown once, backs up when due, keeps the last N, and restores with key passphrase or recovery key', async () => {
    const { handlers, ports } = setUp()
    expect(
      await handlers.checkScheduledBackup({ workspaceId: 'ws-1', recordCount: 10 }),
    ).toMatchObject({
      isDue: false,
    })
    const key = await handlers.setUpBackupKey({ passphrase: 'key passphrase words' })
    expect(key).toMatchObject({
      status: 'created',
      recoveryKey: expect.stringMatching(/^AGE-SECRET-KEY-1/),
    })
    if (key.status !== 'created') return
    const settings = await handlers.updateBackupSettings({ frequency: 'daily', keepLast: 2 })
    expect(settings).toMatchObject({
      hasKey: true,
      keepLast: 2,
      recipient: expect.stringMatching(/^age1/),
    })

    // Nothing secret in plain text: the key file is an age file, settings hold the public half.
    const stored = await readFile(join(ports.appInfo.userDataPath, 'backup-settings.json'), 'utf8')
    expect(stored).not.toContain('AGE-SECRET-KEY')
    const keyFile = await readFile(join(settings.folder, 'trellis-backup-key.age'), 'latin1')
    expect(keyFile.startsWith('age-encryption.org/v1\n-> scrypt')).toBe(true)
    expect(keyFile).not.toContain('AGE-SECRET-KEY')

    for (let day = 0; day < 4; day += 1) {
      clock = new Date(Date.UTC(2026, 10, 23 + day, 9))
      const check = await handlers.checkScheduledBackup({ workspaceId: 'ws-1', recordCount: 10 })
      expect(check.isDue).toBe(true)
      expect(await handlers.writeScheduledBackup({ snapshot: snapshot() })).toMatchObject({
        status: 'saved',
      })
      clock = new Date(Date.UTC(2026, 10, 23 + day, 15))
      expect(
        (await handlers.checkScheduledBackup({ workspaceId: 'ws-1', recordCount: 10 })).isDue,
      ).toBe(false)
    }
    const listed = await handlers.listBackups({})
    expect(listed.map((entry) => entry.createdAt)).toEqual([
      '2026-11-26T09:00:00Z',
      '2026-11-25T09:00:00Z',
    ])

    for (const secret of [
      { kind: 'key-passphrase', passphrase: 'key passphrase words' },
      { kind: 'recovery-key', key: key.recoveryKey.toLowerCase() },
    ] as const) {
      const picked = await handlers.pickListedBackup({
        fileName: listed[0]!.fileName,
        source: 'scheduled',
      })
      expect(picked).toMatchObject({ status: 'picked', lock: 'key' })
      if (picked.status !== 'picked') return
      const opened = await handlers.openBackup({ token: picked.token, secret, maxSchemaVersion: 3 })
      expect(opened).toMatchObject({ status: 'opened' })
      // The safety copy before a restore is encrypted to the same key, beside the backups.
      const safety = await handlers.writeSafetyCopy({ token: picked.token, snapshot: snapshot() })
      expect(safety).toMatchObject({ status: 'saved' })
    }
    const picked = await handlers.pickListedBackup({
      fileName: listed[0]!.fileName,
      source: 'scheduled',
    })
    if (picked.status !== 'picked') return
    expect(
      await handlers.openBackup({
        token: picked.token,
        secret: { kind: 'key-passphrase', passphrase: 'wrong' },
        maxSchemaVersion: 3,
      }),
    ).toMatchObject({ reason: 'wrong-secret', message: 'The key passphrase is not right.' })
    expect(
      await handlers.pickListedBackup({ fileName: '../backup-settings.json', source: 'scheduled' }),
    ).toMatchObject({
      status: 'failed',
    })
  })

  it('warns about an emptied workspace and never backs it up', async () => {
    const { handlers } = setUp()
    await handlers.setUpBackupKey({ passphrase: 'key passphrase words' })
    expect(await handlers.checkScheduledBackup({ workspaceId: 'ws-1', recordCount: 120 })).toEqual({
      isDue: true,
      guard: { kind: 'ok' },
    })
    clock = new Date('2026-11-24T09:00:00.000Z')
    const emptied = await handlers.checkScheduledBackup({ workspaceId: 'ws-1', recordCount: 0 })
    expect(emptied).toEqual({
      isDue: false,
      guard: {
        kind: 'empty-but-held-data',
        previousCount: 120,
        seenAt: '2026-11-23T09:00:00.000Z',
        backupCount: 0,
      },
    })
    // Still remembered on the next start, until the user says the workspace is meant to be empty.
    expect(
      (await handlers.checkScheduledBackup({ workspaceId: 'ws-1', recordCount: 0 })).guard.kind,
    ).toBe('empty-but-held-data')
    await handlers.acknowledgeEmptyWorkspace({ workspaceId: 'ws-1' })
    expect(
      (await handlers.checkScheduledBackup({ workspaceId: 'ws-1', recordCount: 0 })).guard.kind,
    ).toBe('ok')
    // A brand-new empty workspace raises nothing.
    expect(
      (await handlers.checkScheduledBackup({ workspaceId: 'ws-new', recordCount: 0 })).guard.kind,
    ).toBe('ok')
  })
})
