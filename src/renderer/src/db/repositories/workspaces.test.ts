import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { createStarterWorkspaceData } from '../../../../shared/domain/workspace/defaults'
import { openMetaDb } from '../meta-db'
import { openWorkspaceDb, workspaceDbName } from '../workspace-db'
import { readWorkspaceData, replaceWorkspaceData } from './snapshot'
import { createWorkspaceRepository } from './workspaces'

let tick = 0
const clock = () => new Date(Date.UTC(2026, 10, 23, 9, 0, tick++))

function makeRepository() {
  const meta = openMetaDb()
  return { meta, repository: createWorkspaceRepository(meta, clock) }
}

describe('workspace repository', () => {
  it('creates workspaces with their own data, and keeps them apart', async () => {
    const { repository } = makeRepository()
    const a = await repository.create({
      name: ' Alpha ',
      kind: 'standard',
      data: createStarterWorkspaceData(),
    })
    const bData = createStarterWorkspaceData()
    bData.teams.push({
      id: 't1',
      name: 'Ops',
      description: '',
      parentTeamId: null,
      leadPersonId: null,
    })
    const b = await repository.create({ name: 'Beta', kind: 'standard', data: bData })
    expect(a.name).toBe('Alpha')

    const dbA = openWorkspaceDb(a.id)
    const dbB = openWorkspaceDb(b.id)
    expect(await dbA.teams.count()).toBe(0)
    expect(await dbB.teams.count()).toBe(1)
    dbA.close()
    dbB.close()
    for (const info of [a, b]) await repository.remove(info.id)
  })

  it('refuses an empty name and creates nothing', async () => {
    const { repository } = makeRepository()
    const before = (await repository.list()).length
    await expect(
      repository.create({ name: '  ', kind: 'standard', data: createStarterWorkspaceData() }),
    ).rejects.toThrow(/Give the workspace a name/)
    expect(await repository.list()).toHaveLength(before)
  })

  it('leaves no registry entry and no database when writing the data fails', async () => {
    const { repository } = makeRepository()
    const before = await Dexie.getDatabaseNames()
    const data = createStarterWorkspaceData()
    // Two scale levels with the same key: the bulk add fails halfway through the transaction.
    data.scaleLevels.push({ ...data.scaleLevels[0]! })
    await expect(repository.create({ name: 'Broken', kind: 'standard', data })).rejects.toThrow()
    expect((await repository.list()).map((info) => info.name)).not.toContain('Broken')
    expect(await Dexie.getDatabaseNames()).toEqual(before)
  })

  it('remembers the last opened workspace and forgets it when deleted', async () => {
    const { repository } = makeRepository()
    const first = await repository.create({
      name: 'First',
      kind: 'standard',
      data: createStarterWorkspaceData(),
    })
    const second = await repository.create({
      name: 'Second',
      kind: 'standard',
      data: createStarterWorkspaceData(),
    })
    await repository.markOpened(first.id)
    expect((await repository.findStartWorkspace())?.id).toBe(first.id)
    await repository.remove(first.id)
    expect((await repository.findStartWorkspace())?.id).toBe(second.id)
    expect(await Dexie.getDatabaseNames()).not.toContain(workspaceDbName(first.id))
    await repository.remove(second.id)
  })

  it('renames, and refuses to rename a workspace that is gone', async () => {
    const { repository } = makeRepository()
    const info = await repository.create({
      name: 'Old',
      kind: 'standard',
      data: createStarterWorkspaceData(),
    })
    await repository.rename(info.id, 'New name')
    expect((await repository.list()).find((item) => item.id === info.id)?.name).toBe('New name')
    await repository.remove(info.id)
    await expect(repository.rename(info.id, 'Again')).rejects.toThrow(/no longer exists/)
  })
})

/** Tables come back in key order; compare them as sets. */
function normalize(data: Record<string, unknown[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(data).map(([name, rows]) => [
      name,
      rows.map((row) => JSON.stringify(row)).sort(),
    ]),
  )
}

describe('workspace snapshot', () => {
  it('replaces everything in one transaction, or nothing at all', async () => {
    const db = openWorkspaceDb('snapshot-test')
    const original = createStarterWorkspaceData()
    await replaceWorkspaceData(db, original)

    const broken = createStarterWorkspaceData()
    broken.teams.push({
      id: 't1',
      name: 'Ops',
      description: '',
      parentTeamId: null,
      leadPersonId: null,
    })
    broken.settings.push({ ...broken.settings[0]! })
    await expect(replaceWorkspaceData(db, broken)).rejects.toThrow()
    expect(normalize(await readWorkspaceData(db))).toEqual(normalize(original))
    db.close()
  })
})
