import { Kpi, KpiMeasurement } from '../../../../shared/model'
import type { KpiImportPlan } from '../../../../shared/domain/goals/kpi-import'
import type { WorkspaceDb } from '../workspace-db'
import { isSameName, parseRecord } from './record-checks'

export async function saveKpi(db: WorkspaceDb, kpi: Kpi): Promise<Kpi> {
  const valid = parseRecord(Kpi, { ...kpi, name: kpi.name.trim() }, 'KPI')
  await db.transaction('rw', db.kpis, db.kpiMeasurements, async () => {
    const sameName = await db.kpis
      .filter((other) => other.id !== valid.id && isSameName(other.name, valid.name))
      .first()
    if (sameName) throw new Error(`There is already a KPI called “${sameName.name}”.`)
    const before = await db.kpis.get(valid.id)
    if (before && before.scope !== valid.scope) {
      const count = await db.kpiMeasurements.where('kpiId').equals(valid.id).count()
      if (count > 0) {
        throw new Error(
          `This KPI has ${count} measurements per ${before.scope}: its scope cannot change now.`,
        )
      }
    }
    await db.kpis.put(valid)
  })
  return valid
}

/** Everything `deleteKpi` removed or unlinked, to put back on undo. */
export interface DeletedKpi {
  kpi: Kpi
  measurements: KpiMeasurement[]
  keyResultIds: string[]
  initiativeIds: string[]
}

/**
 * Deletes a KPI and its measurements. Key results and training initiatives that pointed at it
 * keep their values and lose the link. One transaction.
 */
export async function deleteKpi(db: WorkspaceDb, kpiId: string): Promise<DeletedKpi | null> {
  return db.transaction(
    'rw',
    [db.kpis, db.kpiMeasurements, db.keyResults, db.initiatives],
    async () => {
      const kpi = await db.kpis.get(kpiId)
      if (!kpi) return null
      const measurements = await db.kpiMeasurements.where('kpiId').equals(kpiId).toArray()
      const keyResults = await db.keyResults.where('kpiId').equals(kpiId).toArray()
      const initiatives = await db.initiatives.where('kpiId').equals(kpiId).toArray()
      await db.keyResults.bulkPut(keyResults.map((kr) => ({ ...kr, kpiId: null })))
      await db.initiatives.bulkPut(initiatives.map((item) => ({ ...item, kpiId: null })))
      await db.kpiMeasurements.bulkDelete(measurements.map((m) => m.id))
      await db.kpis.delete(kpiId)
      return {
        kpi,
        measurements,
        keyResultIds: keyResults.map((kr) => kr.id),
        initiativeIds: initiatives.map((item) => item.id),
      }
    },
  )
}

export async function restoreKpi(db: WorkspaceDb, deleted: DeletedKpi): Promise<void> {
  await db.transaction(
    'rw',
    [db.kpis, db.kpiMeasurements, db.keyResults, db.initiatives],
    async () => {
      await db.kpis.put(deleted.kpi)
      await db.kpiMeasurements.bulkPut(deleted.measurements)
      for (const id of deleted.keyResultIds) {
        await db.keyResults.update(id, { kpiId: deleted.kpi.id })
      }
      for (const id of deleted.initiativeIds) {
        await db.initiatives.update(id, { kpiId: deleted.kpi.id })
      }
    },
  )
}

/** Adds a measurement, or replaces the value of the one on the same day for the same scope. */
export async function recordMeasurement(
  db: WorkspaceDb,
  measurement: KpiMeasurement,
): Promise<KpiMeasurement> {
  const valid = parseRecord(KpiMeasurement, measurement, 'measurement')
  return db.transaction('rw', db.kpis, db.kpiMeasurements, async () => {
    if (!(await db.kpis.get(valid.kpiId))) throw new Error('That KPI no longer exists.')
    const same = await db.kpiMeasurements
      .where('[kpiId+date]')
      .equals([valid.kpiId, valid.date])
      .filter((other) => other.subjectId === valid.subjectId)
      .first()
    const stored = { ...valid, id: same?.id ?? valid.id }
    await db.kpiMeasurements.put(stored)
    return stored
  })
}

export async function deleteMeasurement(db: WorkspaceDb, id: string): Promise<void> {
  await db.kpiMeasurements.delete(id)
}

/**
 * Writes the good rows of a KPI import in one transaction: all of them or, on any failure,
 * none. Returns how many were added and how many replaced a stored value.
 */
export async function commitKpiImport(
  db: WorkspaceDb,
  plan: KpiImportPlan,
): Promise<{ added: number; replaced: number }> {
  const measurements = plan.rows.map((row) =>
    parseRecord(KpiMeasurement, row.measurement, `measurement on row ${row.row}`),
  )
  await db.transaction('rw', db.kpis, db.kpiMeasurements, async () => {
    const kpiIds = new Set((await db.kpis.toCollection().primaryKeys()).map(String))
    const gone = measurements.find((m) => !kpiIds.has(m.kpiId))
    if (gone) throw new Error('A KPI in the file was deleted meanwhile: read the file again.')
    await db.kpiMeasurements.bulkPut(measurements)
  })
  const replaced = plan.rows.filter((row) => row.replacesId !== null).length
  return { added: measurements.length - replaced, replaced }
}
