import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { planKpiImport } from '../../../../shared/domain/goals/kpi-import'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import { openWorkspaceDb, type WorkspaceDb } from '../workspace-db'
import { commitKpiImport, deleteKpi, recordMeasurement, restoreKpi, saveKpi } from './kpis'
import { replaceWorkspaceData } from './snapshot'

let counter = 0
async function openSample(): Promise<WorkspaceDb> {
  const db = openWorkspaceDb(`kpis-test-${counter++}`)
  await replaceWorkspaceData(db, generateSampleCompany({ today: '2026-11-23' }))
  return db
}

describe('KPI repository', () => {
  it('keeps names unique and a measured scope fixed', async () => {
    const db = await openSample()
    const [first, second] = await db.kpis.toArray()
    await expect(saveKpi(db, { ...second!, name: first!.name.toUpperCase() })).rejects.toThrow(
      /already a KPI/,
    )
    const other = first!.scope === 'team' ? 'person' : 'team'
    await expect(saveKpi(db, { ...first!, scope: other })).rejects.toThrow(/scope cannot change/)
    await saveKpi(db, {
      id: 'kpi-new',
      name: 'Cups per hour',
      description: '',
      unit: 'cups',
      direction: 'higher-is-better',
      scope: 'company',
    })
    expect((await db.kpis.get('kpi-new'))?.name).toBe('Cups per hour')
    db.close()
  })

  it('records one value per KPI, scope and day', async () => {
    const db = await openSample()
    await saveKpi(db, {
      id: 'k',
      name: 'Cups',
      description: '',
      unit: '',
      direction: 'higher-is-better',
      scope: 'company',
    })
    await recordMeasurement(db, {
      id: 'm1',
      kpiId: 'k',
      subjectId: null,
      date: '2026-11-01',
      value: 10,
    })
    const second = await recordMeasurement(db, {
      id: 'm2',
      kpiId: 'k',
      subjectId: null,
      date: '2026-11-01',
      value: 12,
    })
    expect(second.id).toBe('m1')
    expect(await db.kpiMeasurements.where('kpiId').equals('k').toArray()).toEqual([
      { id: 'm1', kpiId: 'k', subjectId: null, date: '2026-11-01', value: 12 },
    ])
    db.close()
  })

  it('deletes a KPI with its series, unlinks key results and initiatives, and restores it', async () => {
    const db = await openSample()
    const linked = (await db.keyResults.toArray()).find((kr) => kr.kpiId !== null)!
    const kpiId = linked.kpiId!
    const count = await db.kpiMeasurements.where('kpiId').equals(kpiId).count()
    const initiatives = await db.initiatives.where('kpiId').equals(kpiId).count()
    expect(count).toBeGreaterThan(0)
    const deleted = await deleteKpi(db, kpiId)
    expect(await db.kpiMeasurements.where('kpiId').equals(kpiId).count()).toBe(0)
    expect((await db.keyResults.get(linked.id))?.kpiId).toBeNull()
    await restoreKpi(db, deleted!)
    expect(await db.kpiMeasurements.where('kpiId').equals(kpiId).count()).toBe(count)
    expect((await db.keyResults.get(linked.id))?.kpiId).toBe(kpiId)
    expect(await db.initiatives.where('kpiId').equals(kpiId).count()).toBe(initiatives)
    db.close()
  })

  it('imports the good rows of a CSV in one transaction and replaces same-day values', async () => {
    const db = await openSample()
    const kpi = (await db.kpis.toArray()).find((k) => k.scope === 'team')!
    const existing = await db.kpiMeasurements.where('kpiId').equals(kpi.id).first()
    const team = (await db.teams.get(existing!.subjectId!))!
    const before = await db.kpiMeasurements.count()
    let next = 0
    const plan = planKpiImport({
      headers: ['date', 'KPI', 'scope', 'value'],
      rows: [
        [existing!.date, kpi.name, team.name, '99'],
        ['2026-11-20', kpi.name, team.name, '42'],
        ['2026-11-21', kpi.name, 'Nobody', '1'],
      ],
      kpis: await db.kpis.toArray(),
      teams: await db.teams.toArray(),
      people: await db.people.toArray(),
      existing: await db.kpiMeasurements.toArray(),
      today: '2026-11-23',
      newId: () => `new-${next++}`,
    })
    expect(plan.problems.map((p) => [p.row, p.column])).toEqual([[4, 3]])
    expect(await commitKpiImport(db, plan)).toEqual({ added: 1, replaced: 1 })
    expect(await db.kpiMeasurements.count()).toBe(before + 1)
    expect((await db.kpiMeasurements.get(existing!.id))?.value).toBe(99)
    db.close()
  })
})
