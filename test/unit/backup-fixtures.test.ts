import 'fake-indexeddb/auto'
import { readFile, readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { openBackupBytes } from '../../src/main/services/backup/backup-file'
import {
  readWorkspaceSnapshot,
  restoreWorkspaceTables,
} from '../../src/renderer/src/db/repositories/backup-snapshot'
import { latestWorkspaceSchemaVersion } from '../../src/renderer/src/db/schema'
import { openWorkspaceDb } from '../../src/renderer/src/db/workspace-db'

const folder = new URL('../fixtures/backups/', import.meta.url)
const fixtures = (await readdir(folder)).filter((name) => name.endsWith('.trellis.age'))

type Expected = {
  passphrase: string
  counts: Record<string, number>
  data: Record<string, unknown[]>
}

// A backup of every released format version, restored by every future version of Trellis.
describe('released backup formats', () => {
  it('has a fixture of the current format', () => {
    expect(fixtures).toContain('format-1.trellis.age')
  })

  it.each(fixtures)('%s restores', { timeout: 30_000 }, async (name) => {
    const expected = JSON.parse(
      await readFile(new URL(name.replace('.trellis.age', '.expected.json'), folder), 'utf8'),
    ) as Expected
    const opened = await openBackupBytes(
      await readFile(new URL(name, folder)),
      [{ kind: 'passphrase', passphrase: expected.passphrase }],
      latestWorkspaceSchemaVersion,
    )
    expect(opened.status).toBe('opened')
    if (opened.status !== 'opened') return
    expect(opened.summary.counts).toEqual(expected.counts)
    const db = openWorkspaceDb(`fixture-${name}`)
    expect(await restoreWorkspaceTables(db, opened.tablesJson)).toEqual({ ok: true })
    const restored = await readWorkspaceSnapshot(db, { id: 'x', name: 'x' })
    db.close()
    // Records gain the defaults of later schemas; everything the backup held is still there.
    expect(restored.counts).toMatchObject(expected.counts)
    const tables = JSON.parse(restored.tablesJson) as Record<string, unknown[]>
    for (const [table, rows] of Object.entries(expected.data)) {
      for (const row of rows) {
        expect(tables[table], table).toContainEqual(expect.objectContaining(row as object))
      }
    }
  })
})
