import { describe, expect, it } from 'vitest'
import {
  decideStartupGuard,
  isBackupDue,
  nextMarker,
  parseBackupFileName,
  selectBackupsToPrune,
  toBackupFileName,
} from './schedule'
import { ratePassphrase } from './passphrase'
import { toCsvRows } from './csv-tables'

const at = (iso: string) => new Date(iso)

describe('backup schedule', () => {
  it('is due daily after 23 hours, weekly after 6 days 23 hours, never when off', () => {
    const last = at('2026-11-23T09:05:00Z')
    expect(isBackupDue('daily', null, at('2026-11-23T10:00:00Z'))).toBe(true)
    expect(isBackupDue('daily', last, at('2026-11-24T08:04:00Z'))).toBe(false)
    expect(isBackupDue('daily', last, at('2026-11-24T08:05:00Z'))).toBe(true)
    expect(isBackupDue('weekly', last, at('2026-11-29T09:00:00Z'))).toBe(false)
    expect(isBackupDue('weekly', last, at('2026-11-30T08:05:00Z'))).toBe(true)
    expect(isBackupDue('off', null, at('2026-11-30T08:05:00Z'))).toBe(false)
  })

  it('names files by workspace and UTC time, and reads the names back', () => {
    const name = toBackupFileName('Acme: HQ', 'ws-1', at('2026-11-23T16:15:07.123Z'))
    expect(name).toBe('Acme HQ 2026-11-23 161507Z ws-1.trellis.age')
    expect(parseBackupFileName(name)).toEqual({
      fileName: name,
      workspaceId: 'ws-1',
      createdAt: '2026-11-23T16:15:07Z',
    })
    expect(parseBackupFileName('notes.txt')).toBeNull()
  })

  it('keeps the newest N of each workspace (at least one)', () => {
    const entries = [
      { fileName: 'a1', workspaceId: 'a', createdAt: '2026-11-01T00:00:00Z' },
      { fileName: 'a3', workspaceId: 'a', createdAt: '2026-11-03T00:00:00Z' },
      { fileName: 'a2', workspaceId: 'a', createdAt: '2026-11-02T00:00:00Z' },
      { fileName: 'b1', workspaceId: 'b', createdAt: '2026-10-01T00:00:00Z' },
    ]
    expect(selectBackupsToPrune(entries, 2)).toEqual(['a1'])
    expect(selectBackupsToPrune(entries, 0)).toEqual(['a2', 'a1'])
  })

  it('guards an emptied workspace that held data or has backups, until acknowledged', () => {
    const marker = { recordCount: 50, seenAt: '2026-11-20T00:00:00Z' }
    expect(decideStartupGuard({ recordCount: 0, marker, backupCount: 0 })).toEqual({
      kind: 'empty-but-held-data',
      previousCount: 50,
      seenAt: '2026-11-20T00:00:00Z',
      backupCount: 0,
    })
    expect(decideStartupGuard({ recordCount: 0, marker: null, backupCount: 2 }).kind).toBe(
      'empty-but-held-data',
    )
    expect(decideStartupGuard({ recordCount: 0, marker: null, backupCount: 0 }).kind).toBe('ok')
    expect(decideStartupGuard({ recordCount: 3, marker, backupCount: 9 }).kind).toBe('ok')
    expect(
      decideStartupGuard({
        recordCount: 0,
        marker: { ...marker, isEmptyAcknowledged: true },
        backupCount: 9,
      }).kind,
    ).toBe('ok')
    // An empty reading never overwrites the memory of data.
    expect(nextMarker(marker, 0, at('2026-11-23T00:00:00Z'))).toBe(marker)
    expect(nextMarker(marker, 60, at('2026-11-23T00:00:00Z'))).toEqual({
      recordCount: 60,
      seenAt: '2026-11-23T00:00:00.000Z',
    })
  })
})

describe('passphrase hint', () => {
  it('rates by length and variety', () => {
    expect(ratePassphrase('short').level).toBe('too-short')
    expect(ratePassphrase('aaaaaaaaaaaa').level).toBe('weak')
    expect(ratePassphrase('password12').level).toBe('weak')
    expect(ratePassphrase('kestrel roasts at dawn').level).toBe('strong')
    // 12 characters from lower case and symbols (59): 12 × log2(59) ≈ 71 bits
    expect(ratePassphrase('coffee beans')).toMatchObject({ level: 'fair', bits: 71 })
    // 12 characters from all four classes (95): 12 × log2(95) ≈ 79 bits
    expect(ratePassphrase('Tr3llis-2026')).toMatchObject({ level: 'strong', bits: 79 })
  })
})

describe('CSV tables', () => {
  it('writes a header of every field and nested values as JSON', () => {
    expect(
      toCsvRows([
        { id: 'a', tags: ['x'] },
        { id: 'b', note: null, score: 3, isOn: true },
      ]),
    ).toEqual([
      ['id', 'tags', 'note', 'score', 'isOn'],
      ['a', '["x"]', '', '', ''],
      ['b', '', '', '3', 'true'],
    ])
  })
})
