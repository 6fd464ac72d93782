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

  it('gives trainings stored before version 6 the credited share and benefit months, keeping the rest', async () => {
    const id = 'migration-roi-assumptions'
    const old = new Dexie(workspaceDbName(id))
    applySchemaHistory(old, workspaceSchemaHistory, 5)
    await old.open()
    const stored = {
      id: 'init-1',
      title: 'Warehouse bootcamp',
      format: 'course',
      evaluationAssumptions: {
        valuePerUnit: 1800,
        windowBeforeDays: 60,
        windowAfterDays: 120,
        note: 'Finance estimate',
      },
    }
    await old.table('initiatives').bulkAdd([stored, { ...stored, id: 'init-2', title: 'Bare' }])
    await old.table('initiatives').update('init-2', { evaluationAssumptions: undefined })
    old.close()

    const current = openWorkspaceDb(id)
    await current.open()
    expect((await current.initiatives.get('init-1'))?.evaluationAssumptions).toEqual({
      valuePerUnit: 1800,
      attributionShare: 1,
      benefitMonths: 12,
      windowBeforeDays: 60,
      windowAfterDays: 120,
      note: 'Finance estimate',
    })
    expect(await current.initiatives.get('init-1')).toMatchObject({ title: 'Warehouse bootcamp' })
    expect((await current.initiatives.get('init-2'))?.evaluationAssumptions).toEqual({
      valuePerUnit: null,
      attributionShare: 1,
      benefitMonths: 12,
      windowBeforeDays: 90,
      windowAfterDays: 90,
      note: '',
    })
    current.close()
  })
})
