import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import { openWorkspaceDb } from '../workspace-db'
import { deletePerson, deleteTeam, savePerson, saveTeam } from './people'
import { replaceWorkspaceData } from './snapshot'

let counter = 0
async function openSample() {
  const db = openWorkspaceDb(`people-test-${counter++}`)
  await replaceWorkspaceData(db, generateSampleCompany({ today: '2026-11-23' }))
  return db
}

describe('people repository', () => {
  it('refuses an invalid person, a self-manager and a manager cycle, and saves nothing', async () => {
    const db = await openSample()
    const [boss, report] = await Promise.all([
      db.people.filter((p) => p.managerId === null).first(),
      db.people.filter((p) => p.managerId !== null).first(),
    ])
    await expect(savePerson(db, { ...boss!, displayName: ' ' })).rejects.toThrow()
    await expect(savePerson(db, { ...report!, managerId: report!.id })).rejects.toThrow(
      /own manager/,
    )
    await expect(savePerson(db, { ...boss!, managerId: report!.id })).rejects.toThrow(/circle/)
    expect(await db.people.get(boss!.id)).toEqual(boss)
    db.close()
  })

  it('deletes a person with every record about them, and unlinks their reports', async () => {
    const db = await openSample()
    const lead = (await db.teams.filter((team) => team.leadPersonId !== null).first())!
    const leadId = lead.leadPersonId!
    const reports = await db.people.filter((person) => person.managerId === leadId).count()
    expect(reports).toBeGreaterThan(0)
    await deletePerson(db, leadId)
    expect(await db.people.get(leadId)).toBeUndefined()
    expect(await db.people.filter((person) => person.managerId === leadId).count()).toBe(0)
    for (const table of [
      'assessments',
      'checkins',
      'feedback',
      'plans',
      'enrolments',
      'actionItems',
    ]) {
      expect(await db.table(table).where('personId').equals(leadId).count(), table).toBe(0)
    }
    expect((await db.teams.get(lead.id))?.leadPersonId).toBeNull()
    db.close()
  })

  it('keeps team names unique and leaves members when a team goes', async () => {
    const db = await openSample()
    const [first, second] = await db.teams.toArray()
    await expect(saveTeam(db, { ...second!, name: first!.name.toUpperCase() })).rejects.toThrow(
      /already a team/,
    )
    const members = await db.people.filter((person) => person.teamId === first!.id).count()
    await deleteTeam(db, first!.id)
    expect(await db.teams.get(first!.id)).toBeUndefined()
    expect(await db.people.filter((p) => p.teamId === null).count()).toBeGreaterThanOrEqual(members)
    db.close()
  })
})
