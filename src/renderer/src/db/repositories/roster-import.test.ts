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

const hrHeaders = [
  'EmpID',
  'Employee_Name',
  'EmploymentStatus',
  'DateofHire',
  'DateofTermination',
  'TermReason',
  'PerformanceScore',
]
const pastReview = { name: 'FY2025 review', periodStart: '2025-01-01', periodEnd: '2025-12-31' }

async function planHr(db: ReturnType<typeof openWorkspaceDb>, rows: string[][]) {
  const csv = { headers: hrHeaders, rows }
  const scale = await db.scaleLevels.toArray()
  return planRosterImport({
    rows: buildRosterRows(csv, suggestColumnMapping(hrHeaders), {
      dateOrder: 'month-first',
      valueContext: { scale, leavingReasons: ['Pay and benefits', 'Relocation'] },
    }),
    excludedRows: new Set(),
    people: await db.people.toArray(),
    teams: await db.teams.toArray(),
    leavers: await db.leavers.toArray(),
    cycles: await db.reviewCycles.toArray(),
    reviews: await db.reviews.toArray(),
    pastReview,
    mappings: suggestColumnMapping(hrHeaders),
    today: '2026-11-23',
    now: '2026-11-23T10:00:00.000Z',
    createId: () => `id-${idCounter++}`,
  })
}

const hrFile = [
  ['1', 'Souza, Ana', 'Active', '7/5/11', '', 'N/A-StillEmployed', 'Exceeds'],
  ['2', 'Ito,  Ben K', 'Voluntarily Terminated', '10/27/15', '3/1/24', 'more money', 'Fully Meets'],
  ['3', 'Ng, Cy', 'Terminated for Cause', '1/9/19', '6/30/25', 'attendance', 'PIP'],
]

describe('committing an HR export with former staff and scores', () => {
  it('saves leavers and the past review; the same file again changes nothing; undo removes them', async () => {
    const db = await setUp()
    const before = await readWorkspaceData(db)
    const run = await commitRosterImport(db, await planHr(db, hrFile), {
      fileName: 'hr.csv',
      now: new Date('2026-11-23T10:00:00Z'),
    })
    const people = await db.people.toArray()
    const ben = people.find((p) => p.employeeId === '2')!
    expect(ben).toMatchObject({ status: 'left', leftDate: '2024-03-01', hireDate: '2015-10-27' })
    const leavers = await db.leavers.toArray()
    expect(
      leavers.map((l) => [l.personId, l.date, l.isVoluntary, l.reason, l.reasonDetail]),
    ).toEqual(
      expect.arrayContaining([
        [ben.id, '2024-03-01', true, 'Pay and benefits', 'more money'],
        [people.find((p) => p.employeeId === '3')!.id, '2025-06-30', false, '', 'attendance'],
      ]),
    )
    const cycles = await db.reviewCycles.filter((c) => c.name === 'FY2025 review').toArray()
    expect(cycles).toHaveLength(1)
    const reviews = await db.reviews.where('cycleId').equals(cycles[0]!.id).toArray()
    expect(reviews.map((r) => [r.personId, r.overallRating, r.state]).sort()).toEqual(
      [
        [people.find((p) => p.employeeId === '1')!.id, 3, 'final'],
        [ben.id, 2, 'final'],
        [people.find((p) => p.employeeId === '3')!.id, 0, 'final'],
      ].sort(),
    )

    // The same file again: nothing to write.
    const again = await planHr(db, hrFile)
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 3 })
    expect(again.leavers).toEqual([])
    expect(again.pastReview).toBeNull()

    // A later export: Ana has left since, and Cy's score was corrected.
    const later = await planHr(db, [
      [
        '1',
        'Souza, Ana',
        'Voluntarily Terminated',
        '7/5/11',
        '11/1/26',
        'relocation out of area',
        'Exceeds',
      ],
      hrFile[1]!,
      [
        '3',
        'Ng, Cy',
        'Terminated for Cause',
        '1/9/19',
        '6/30/25',
        'attendance',
        'Needs Improvement',
      ],
    ])
    expect(later.leavers.map((l) => [l.date, l.reason])).toEqual([['2026-11-01', 'Relocation']])
    expect(later.pastReview?.replaced).toHaveLength(1)
    const afterFirst = await readWorkspaceData(db)
    const second = await commitRosterImport(db, later, {
      fileName: 'hr-november.csv',
      now: new Date('2026-11-24T10:00:00Z'),
    })
    expect(await db.leavers.count()).toBe(3)
    await undoRosterImport(db, second.id, new Date())
    const undone = await readWorkspaceData(db)
    expect(undone.leavers).toEqual(afterFirst.leavers)
    expect(undone.reviews).toEqual(afterFirst.reviews)
    expect(undone.people).toEqual(afterFirst.people)

    await undoRosterImport(db, run.id, new Date())
    const restored = await readWorkspaceData(db)
    expect(restored.people).toEqual(before.people)
    expect(restored.leavers).toEqual(before.leavers)
    expect(restored.reviewCycles).toEqual(before.reviewCycles)
    expect(restored.reviews).toEqual(before.reviews)
    db.close()
  })

  it('refuses a row whose leaving date is before its hire date, and imports the rest', async () => {
    const db = await setUp()
    const planned = await planHr(db, [
      hrFile[0]!,
      [
        '2',
        'Ito, Ben',
        'Voluntarily Terminated',
        '10/27/15',
        '3/1/14',
        'more money',
        'Fully Meets',
      ],
    ])
    expect(planned.skipped).toEqual([
      {
        row: 3,
        reason:
          "Row 3, column 'DateofTermination': the leaving date 2014-03-01 is before the hire date 2015-10-27: correct one of them in the file, or leave the row out.",
      },
    ])
    expect(planned.creates).toHaveLength(1)
    expect(planned.leavers).toEqual([])
    db.close()
  })
})

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
