import { describe, expect, it } from 'vitest'
import { parseBackupTables } from '../backup/tables'
import { readWorkspaceFile, serializeWorkspace } from '../workspace/file-format'
import { createStarterWorkspaceData } from '../workspace/defaults'
import { initiative } from './test-fixtures'

/** A training as files written before the credited share and the benefit months held it. */
const older = {
  ...initiative({ kpiId: 'kpi-1' }),
  evaluationAssumptions: {
    valuePerUnit: 450,
    windowBeforeDays: 60,
    windowAfterDays: 90,
    note: 'Finance estimate',
  },
}

const withDefaults = {
  valuePerUnit: 450,
  attributionShare: 1,
  benefitMonths: 12,
  windowBeforeDays: 60,
  windowAfterDays: 90,
  note: 'Finance estimate',
}

describe('ROI assumptions written before the share and months existed', () => {
  it('read from a workspace file with the defaults', () => {
    const data = createStarterWorkspaceData()
    const file = JSON.parse(
      serializeWorkspace({
        workspaceName: 'Older',
        appVersion: '0.1.0',
        exportedAt: '2026-11-23T10:00:00.000Z',
        data,
      }),
    )
    file.tables.initiatives = [older]
    file.counts.initiatives = 1
    const result = readWorkspaceFile(JSON.stringify(file))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.initiatives[0]?.evaluationAssumptions).toEqual(withDefaults)
  })

  it('read from a backup with the defaults', () => {
    const result = parseBackupTables(JSON.stringify({ initiatives: [older] }))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.initiatives[0]?.evaluationAssumptions).toEqual(withDefaults)
  })

  it('refuse a credited share over 100%, naming the field', () => {
    const bad = { ...older, evaluationAssumptions: { ...withDefaults, attributionShare: 6 } }
    const result = parseBackupTables(JSON.stringify({ initiatives: [bad] }))
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('attributionShare'),
    })
  })
})
