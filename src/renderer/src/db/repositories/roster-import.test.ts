import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { planRosterImport } from '../../../../shared/domain/roster-import/plan'
import { buildRosterRows } from '../../../../shared/domain/roster-import/rows'
import { suggestColumnMapping } from '../../../../shared/domain/roster-import/mapping'
import { createStarterWorkspaceData } from '../../../../shared/domain/workspace/defaults'
import { openWorkspaceDb } from '../workspace-db'
import {
  commitRosterImport,
  findUndoableImport,
  ImportCancelledError,
  undoRosterImport,
} from './roster-import'
import { readWorkspaceData, replaceWorkspaceData } from './snapshot'

const headers = ['Employee ID', 'Name', 'Email', 'Department', 'Manager ID']
let dbCounter = 0
let idCounter = 0

async function setUp() {
  const db = openWorkspaceDb(`roster-import-test-${dbCounter++}`)
  await replaceWorkspaceData(db, createStarterWorkspaceData())
  return db
}

async function plan(db: ReturnType<typeof openWorkspaceDb>, rows: string[][]) {
  const csv = { headers, rows }
  return planRosterImport({
    rows: buildRosterRows(csv, suggestColumnMapping(headers), { dateOrder: null }),
    excludedRows: new Set(),
    people: await db.people.toArray(),
    teams: await db.teams.toArray(),
    today: '2026-11-23',
    createId: () => `id-${idCounter++}`,
  })
}

const firstFile = [
  ['E1', 'Ana Souza', 'ana@x.example', 'Roastery', ''],
  ['E2', 'Ben Ito', 'ben@x.example', 'Roastery', 'E1'],
]

describe('committing a roster import', () => {
  it('writes people, teams and an undo record; undo restores the workspace exactly', async () => {
    const db = await setUp()
    const before = await readWorkspaceData(db)
    const progress: number[] = []
    const run = await commitRosterImport(db, await plan(db, firstFile), {
      fileName: 'team.csv',
      now: new Date('2026-11-23T10:00:00Z'),
      onProgress: (done) => progress.push(done),
      settings: [{ key: 'rosterMapping:test', value: ['employeeId', 'name'] }],
    })
    expect(await db.settings.get('rosterMapping:test')).toEqual({
      key: 'rosterMapping:test',
      value: ['employeeId', 'name'],
    })
    expect(await db.people.count()).toBe(2)
    expect(await db.teams.count()).toBe(1)
    expect(progress.at(-1)).toBe(2)
    expect((await findUndoableImport(db))?.id).toBe(run.id)

    const afterFirst = await readWorkspaceData(db)
    const second = await commitRosterImport(
      db,
      await plan(db, [
        ['E1', 'Ana Souza-Lima', 'ana@x.example', 'Roastery', ''],
        ...firstFile.slice(1),
      ]),
      { fileName: 'team2.csv', now: new Date('2026-11-24T10:00:00Z') },
    )
    expect(second.counts).toMatchObject({ create: 0, update: 1, unchanged: 1 })
    await expect(undoRosterImport(db, run.id, new Date())).rejects.toThrow(/most recent/)
    await undoRosterImport(db, second.id, new Date())
    expect((await readWorkspaceData(db)).people).toEqual(afterFirst.people)
    await undoRosterImport(db, run.id, new Date())
    const restored = await readWorkspaceData(db)
    expect(restored.people).toEqual(before.people)
    expect(restored.teams).toEqual(before.teams)
    expect(await findUndoableImport(db)).toBeUndefined()
    db.close()
  })

  it('records a re-import that moves someone as a dated career event, and undo takes it back', async () => {
    const db = await setUp()
    await commitRosterImport(db, await plan(db, firstFile), {
      fileName: 'team.csv',
      now: new Date('2026-11-23T10:00:00Z'),
    })
    expect(await db.careerEvents.count()).toBe(0)
    const later = await commitRosterImport(
      db,
      await plan(db, [firstFile[0]!, ['E2', 'Ben Ito', 'ben@x.example', 'Cafés', 'E1']]),
      { fileName: 'team-december.csv', now: new Date('2026-12-01T10:00:00Z') },
    )
    const ben = (await db.people.filter((p) => p.employeeId === 'E2').first())!
    const events = await db.careerEvents.toArray()
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      personId: ben.id,
      date: '2026-12-01',
      source: 'import',
      sourceName: 'team-december.csv',
      importRunId: later.id,
      isPromotion: false,
      changes: [{ field: 'teamId', to: ben.teamId }],
    })
    await undoRosterImport(db, later.id, new Date())
    expect(await db.careerEvents.count()).toBe(0)
    db.close()
  })

  it('saves nothing when cancelled', async () => {
    const db = await setUp()
    const abort = new AbortController()
    abort.abort()
    await expect(
      commitRosterImport(db, await plan(db, firstFile), {
        fileName: 'team.csv',
        now: new Date(),
        signal: abort.signal,
        settings: [{ key: 'rosterMapping:test', value: ['employeeId'] }],
      }),
    ).rejects.toBeInstanceOf(ImportCancelledError)
    expect(await db.settings.get('rosterMapping:test')).toBeUndefined()
    expect(await db.people.count()).toBe(0)
    expect(await db.teams.count()).toBe(0)
    expect(await db.importRuns.count()).toBe(0)
    db.close()
  })

  it('saves nothing when cancelled while the database is still opening', async () => {
    const db = await setUp()
    const planned = await plan(db, firstFile)
    // Closed, so the transaction waits for the database to open again before it starts.
    db.close({ disableAutoOpen: false })
    const abort = new AbortController()
    const committing = commitRosterImport(db, planned, {
      fileName: 'team.csv',
      now: new Date(),
      signal: abort.signal,
    })
    abort.abort()
    await expect(committing).rejects.toBeInstanceOf(ImportCancelledError)
    expect(await db.people.count()).toBe(0)
    expect(await db.importRuns.count()).toBe(0)
    db.close()
  })

  it('saves nothing when cancelled after the people were written', async () => {
    const db = await setUp()
    const abort = new AbortController()
    await expect(
      commitRosterImport(db, await plan(db, firstFile), {
        fileName: 'team.csv',
        now: new Date(),
        signal: abort.signal,
        onProgress: (done, total) => {
          if (done === total) abort.abort()
        },
      }),
    ).rejects.toBeInstanceOf(ImportCancelledError)
    expect(await db.people.count()).toBe(0)
    expect(await db.teams.count()).toBe(0)
    expect(await db.importRuns.count()).toBe(0)
    db.close()
  })

  it('refuses a plan made before someone edited the same person, and saves nothing', async () => {
    const db = await setUp()
    await commitRosterImport(db, await plan(db, firstFile), { fileName: 'a.csv', now: new Date() })
    const stalePlan = await plan(db, [['E1', 'Ana Lima', 'ana@x.example', 'Roastery', '']])
    const ana = (await db.people.filter((person) => person.employeeId === 'E1').first())!
    await db.people.put({ ...ana, title: 'Head roaster' })
    await expect(
      commitRosterImport(db, stalePlan, { fileName: 'b.csv', now: new Date() }),
    ).rejects.toThrow(/changed while the import was being prepared/)
    expect((await db.people.get(ana.id))?.displayName).toBe('Ana Souza')
    expect(await db.importRuns.count()).toBe(1)
    db.close()
  })
})
