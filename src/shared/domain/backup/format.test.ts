import { describe, expect, it } from 'vitest'
import { createStarterWorkspaceData } from '../workspace/defaults'
import { countRecords } from '../../model'
import { composeBackupText, readBackupText, type BackupUpgrade } from './format'
import { parseBackupTables } from './tables'

/** A stand-in for SHA-256 (main passes the real one): FNV-1a, padded to 64 hex digits. */
function hashText(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(64, '0')
}
const meta = {
  schemaVersion: 3,
  appVersion: '0.1.0',
  createdAt: '2026-11-23T10:00:00.000Z',
  workspaceId: 'ws',
  workspaceName: 'Acme',
}

function makeText(): string {
  const data = createStarterWorkspaceData()
  return composeBackupText({
    meta,
    counts: countRecords(data),
    tablesJson: JSON.stringify(data),
    hashText,
  })
}

describe('backup document', () => {
  it('holds format, versions, date, counts and the hash of the data, and reads back', () => {
    const text = makeText()
    const json = JSON.parse(text)
    expect(json).toMatchObject({ format: 'trellis-backup', formatVersion: 1, ...meta })
    expect(json.sha256).toBe(hashText(JSON.stringify(json.tables)))
    const result = readBackupText(text, { hashText, maxSchemaVersion: 3 })
    expect(result).toMatchObject({
      ok: true,
      summary: {
        totalRecords: Object.values(countRecords(createStarterWorkspaceData())).reduce(
          (sum, count) => sum + count,
        ),
        counts: { scaleLevels: 5, initiatives: 4 },
      },
    })
    if (result.ok)
      expect(parseBackupTables(result.tablesJson)).toEqual({
        ok: true,
        data: createStarterWorkspaceData(),
      })
  })

  it('refuses altered data, wrong counts and unknown tables', () => {
    const altered = makeText().replace('"Aware"', '"Awake"')
    expect(readBackupText(altered, { hashText, maxSchemaVersion: 3 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not match its checksum/),
    })
    const json = JSON.parse(makeText())
    json.counts.scaleLevels = 6
    expect(readBackupText(JSON.stringify(json), { hashText, maxSchemaVersion: 3 })).toMatchObject({
      message: expect.stringMatching(/"scaleLevels" should hold 6 records but holds 5/),
    })
    json.counts.scaleLevels = 5
    json.tables.secrets = []
    json.sha256 = hashText(JSON.stringify(json.tables))
    expect(readBackupText(JSON.stringify(json), { hashText, maxSchemaVersion: 3 })).toMatchObject({
      message: expect.stringMatching(/does not know: "secrets"/),
    })
  })

  it('upgrades an older format step by step, and refuses newer formats and schemas', () => {
    const text = makeText()
    const steps: number[] = []
    // Pretend today's format is 3: a format-1 file takes the 1→2 step, then the 2→3 step.
    const upgrades: BackupUpgrade[] = [
      {
        from: 2,
        upgrade: (doc) => (steps.push(2), { ...doc, workspaceName: `${doc.workspaceName} +3` }),
      },
      {
        from: 1,
        upgrade: (doc) => (steps.push(1), { ...doc, workspaceName: `${doc.workspaceName} +2` }),
      },
    ]
    const upgraded = readBackupText(text, {
      hashText,
      maxSchemaVersion: 3,
      upgrades,
      currentVersion: 3,
    })
    expect(upgraded).toMatchObject({
      ok: true,
      summary: { workspaceName: 'Acme +2 +3', formatVersion: 1 },
    })
    expect(steps).toEqual([1, 2])
    expect(
      readBackupText(text, { hashText, maxSchemaVersion: 3, upgrades: [], currentVersion: 2 }),
    ).toMatchObject({
      ok: false,
      message: 'Trellis cannot upgrade backup format 1.',
    })

    const json = JSON.parse(text)
    expect(
      readBackupText(JSON.stringify({ ...json, formatVersion: 2 }), {
        hashText,
        maxSchemaVersion: 3,
      }),
    ).toMatchObject({
      reason: 'newer-version',
      message: expect.stringMatching(/backup format 2; this version reads up to 1/),
    })
    expect(
      readBackupText(JSON.stringify({ ...json, schemaVersion: 4 }), {
        hashText,
        maxSchemaVersion: 3,
      }),
    ).toMatchObject({
      reason: 'newer-version',
      message: expect.stringMatching(/database version 4/),
    })
    expect(readBackupText('{"format":"other"}', { hashText, maxSchemaVersion: 3 })).toMatchObject({
      reason: 'not-backup',
    })
    expect(readBackupText('{"format":', { hashText, maxSchemaVersion: 3 })).toMatchObject({
      reason: 'damaged',
    })
  })

  it('reads a document laid out differently (re-serialised, or with extra keys) the same way', () => {
    const text = makeText()
    const expected = readBackupText(text, { hashText, maxSchemaVersion: 3 })
    expect(expected.ok).toBe(true)
    const pretty = JSON.stringify(JSON.parse(text), null, 2)
    expect(readBackupText(pretty, { hashText, maxSchemaVersion: 3 })).toEqual(expected)
    // A nested "tables" key before the real one must not be taken for the data.
    const decoy = text.replace('"counts":', '"extra":{"tables":[]},"counts":')
    expect(readBackupText(decoy, { hashText, maxSchemaVersion: 3 })).toEqual(expected)
    // The data altered after the head still fails its checksum.
    const altered = text.replace('"level":0', '"level":1')
    expect(altered).not.toBe(text)
    expect(readBackupText(altered, { hashText, maxSchemaVersion: 3 })).toMatchObject({
      ok: false,
      reason: 'damaged',
    })
  })
})
