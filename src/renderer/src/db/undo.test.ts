import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../../../shared/domain/sample/generate'
import { tableNames } from '../../../shared/model'
import { deleteCheckin, deleteFeedback } from './repositories/checkins'
import { deleteGoal } from './repositories/goals'
import { deletePerson } from './repositories/people'
import { deletePlanItem } from './repositories/plans'
import { deleteRole } from './repositories/skill-structure'
import { deleteSkill } from './repositories/skills'
import { replaceWorkspaceData } from './repositories/snapshot'
import { deleteCampaign, deleteInitiative } from './repositories/training'
import { recordChanges, undoChanges } from './undo'
import { openWorkspaceDb, type WorkspaceDb } from './workspace-db'

const sample = generateSampleCompany({ today: '2026-11-23' })
let counter = 0

async function openSample(): Promise<WorkspaceDb> {
  const db = openWorkspaceDb(`undo-test-${counter++}`)
  await replaceWorkspaceData(db, sample)
  return db
}

/** Every record of every table, sorted by key, so two reads compare as plain data. */
async function readEverything(db: WorkspaceDb): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    tableNames.map(async (name) => {
      const table = db.table(name)
      const keys = await table.toCollection().primaryKeys()
      const records = await table.bulkGet(keys)
      return [name, keys.map((key, index) => [key, records[index]])] as const
    }),
  )
  return Object.fromEntries(entries)
}

type Destroy = (db: WorkspaceDb) => Promise<unknown>
const first = async <T>(records: Promise<T[]>): Promise<T> => {
  const [record] = await records
  if (!record) throw new Error('the sample company lacks this kind of record')
  return record
}

const destructiveActions: Array<[string, Destroy]> = [
  [
    'delete a person with history',
    async (db) => {
      const manager = await first(db.people.filter((p) => p.managerId === null).toArray())
      const report = await first(db.people.filter((p) => p.managerId === manager.id).toArray())
      await deletePerson(db, report.id)
    },
  ],
  ['delete a skill', async (db) => deleteSkill(db, (await first(db.skills.toArray())).id)],
  ['delete a role', async (db) => deleteRole(db, (await first(db.roleProfiles.toArray())).id)],
  ['delete a goal', async (db) => deleteGoal(db, (await first(db.goals.toArray())).id)],
  ['delete a check-in', async (db) => deleteCheckin(db, (await first(db.checkins.toArray())).id)],
  ['delete feedback', async (db) => deleteFeedback(db, (await first(db.feedback.toArray())).id)],
  [
    'delete a plan item',
    async (db) => deletePlanItem(db, (await first(db.planItems.toArray())).id),
  ],
  [
    'delete an initiative',
    async (db) => deleteInitiative(db, (await first(db.initiatives.toArray())).id),
  ],
  ['delete a campaign', async (db) => deleteCampaign(db, (await first(db.campaigns.toArray())).id)],
]

describe('undo of a recorded write', () => {
  it.each(destructiveActions)('%s: undo restores every record exactly', async (_name, destroy) => {
    const db = await openSample()
    const before = await readEverything(db)
    const { changes } = await recordChanges(db, () => destroy(db))
    const afterDelete = await readEverything(db)
    expect(afterDelete).not.toEqual(before)
    const outcome = await undoChanges(db, changes)
    expect(outcome.keptNewer).toBe(0)
    expect(outcome.restored).toBeGreaterThan(0)
    expect(await readEverything(db)).toEqual(before)
    db.close()
  })

  it('removes what the write added, and leaves a record changed since as it is now', async () => {
    const db = await openSample()
    const skill = await first(db.skills.toArray())
    const role = await first(db.roleProfiles.toArray())
    const { changes } = await recordChanges(db, async () => {
      await db.skills.put({ ...skill, name: 'Renamed in the write' })
      await db.roleProfiles.put({ ...role, name: 'Renamed too' })
      await db.skills.add({ ...skill, id: 'added-in-the-write', name: 'Brand new' })
    })
    await db.roleProfiles.put({ ...role, name: 'Edited by hand afterwards' })
    const outcome = await undoChanges(db, changes)
    expect(outcome).toEqual({ restored: 2, keptNewer: 1 })
    expect(await db.skills.get(skill.id)).toEqual(skill)
    expect(await db.skills.get('added-in-the-write')).toBeUndefined()
    expect((await db.roleProfiles.get(role.id))?.name).toBe('Edited by hand afterwards')
    db.close()
  })

  it('records nothing when the write fails: the data stays as it was', async () => {
    const db = await openSample()
    const before = await readEverything(db)
    const person = await first(db.people.toArray())
    await expect(
      recordChanges(db, async () => {
        await deletePerson(db, person.id)
        throw new Error('stopped half-way')
      }),
    ).rejects.toThrow('stopped half-way')
    expect(await readEverything(db)).toEqual(before)
    db.close()
  })

  it('does not record writes made outside the recorded transaction', async () => {
    const db = await openSample()
    const skill = await first(db.skills.toArray())
    const { changes } = await recordChanges(db, async () => {
      await db.skills.put({ ...skill, name: 'Inside' })
    })
    await db.skills.put({ ...skill, name: 'Outside' })
    expect(changes.tables.map((table) => table.name)).toEqual(['skills'])
    expect(changes.tables[0]!.records).toHaveLength(1)
    db.close()
  })
})
