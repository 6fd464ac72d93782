import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import { openWorkspaceDb } from '../workspace-db'
import { loadEvaluationData } from './evaluation-data'
import { readWorkspaceSettings } from './settings'
import { replaceWorkspaceData } from './snapshot'

describe('loadEvaluationData', () => {
  it('reads the records the evaluation and the dashboard lists need, with the settings', async () => {
    const sample = generateSampleCompany({ today: '2026-11-23' })
    const db = openWorkspaceDb('evaluation-data-test')
    await replaceWorkspaceData(db, sample)
    const data = await loadEvaluationData(db)
    expect(sample.evaluations.length).toBeGreaterThan(0)
    expect(data.evaluations).toHaveLength(sample.evaluations.length)
    expect(data.initiatives).toHaveLength(sample.initiatives.length)
    expect(data.checkins).toHaveLength(sample.checkins.length)
    expect(data.goalUpdates).toHaveLength(sample.goalUpdates.length)
    expect(data.settings).toEqual(await readWorkspaceSettings(db))
    db.close()
  })
})
