import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { createStarterWorkspaceData } from '../../../shared/domain/workspace/defaults'
import { tableNames } from '../../../shared/model'
import { cacheStore } from './derived-cache'
import { latestWorkspaceSchemaVersion, workspaceSchemaHistory } from './schema'
import { applySchemaHistory, openWorkspaceDb, workspaceDbName } from './workspace-db'

describe('workspace schema history', () => {
  it('declares every table of the model, and the derived caches, in the latest version', () => {
    const db = openWorkspaceDb('schema-tables')
    expect(db.tables.map((table) => table.name).sort()).toEqual([...tableNames, cacheStore].sort())
    db.close()
  })

  it('numbers versions in order with no gaps', () => {
    expect(workspaceSchemaHistory.map((step) => step.version)).toEqual(
      workspaceSchemaHistory.map((_, index) => index + 1),
    )
    expect(latestWorkspaceSchemaVersion).toBe(workspaceSchemaHistory.length)
  })

  // The migration pattern every schema change follows: build the database as an older version
  // wrote it, open it with today's code, and check the data. Add a case per version.
  it.each(workspaceSchemaHistory.map((step) => step.version))(
    'opens a database written at version %i with today’s code and keeps its data',
    async (version) => {
      const id = `migration-from-v${version}`
      const old = new Dexie(workspaceDbName(id))
      applySchemaHistory(old, workspaceSchemaHistory, version)
      await old.open()
      await old.table('people').add({
        id: 'p1',
        displayName: 'Ana Souza',
        status: 'active',
        customFields: {},
        createdAt: '2025-01-02',
      })
      await old.table('scaleLevels').bulkAdd(createStarterWorkspaceData().scaleLevels)
      old.close()

      const current = openWorkspaceDb(id)
      await current.open()
      expect(current.verno).toBe(latestWorkspaceSchemaVersion)
      expect(await current.people.get('p1')).toMatchObject({ displayName: 'Ana Souza' })
      expect(await current.scaleLevels.count()).toBe(5)
      current.close()
    },
  )
})
