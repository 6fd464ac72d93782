import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import { openWorkspaceDb } from '../workspace-db'
import { evaluationTables, loadEvaluationData } from './evaluation-data'
import { readWorkspaceSettings } from './settings'
import { replaceWorkspaceData } from './snapshot'

describe('loadEvaluationData', () => {
  it('reads the records the evaluation and the dashboard lists need, with the settings', async () => {
    const sample = generateSampleCompany({ today: '2026-11-23' })
    const db = openWorkspaceDb('evaluation-data-test')
    await replaceWorkspaceData(db, sample)
    const data = await loadEvaluationData(db)
    expect(sample.evaluations.length).toBeGreaterThan(0)
    // Each table it reads, whole.
    for (const table of evaluationTables.filter((name) => name !== 'settings')) {
      expect(data[table], table).toEqual(await db.table(table).toArray())
      expect(data[table].length, table).toBe(sample[table].length)
    }
    expect(data.settings).toEqual(await readWorkspaceSettings(db))
    db.close()
  })
})
