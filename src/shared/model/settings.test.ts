import { describe, expect, it } from 'vitest'
import { settingsFromRecords, WorkspaceSettings } from './settings'

describe('settingsFromRecords', () => {
  it('reads stored values over the defaults', () => {
    const settings = settingsFromRecords([
      { key: 'currency', value: 'GBP' },
      { key: 'systemicGapThreshold', value: 0.5 },
    ])
    expect(settings).toEqual({
      ...WorkspaceSettings.parse({}),
      currency: 'GBP',
      systemicGapThreshold: 0.5,
    })
  })

  it('keeps the default for an invalid value and ignores unknown keys', () => {
    const settings = settingsFromRecords([
      { key: 'currency', value: 'pounds' },
      { key: 'hourlyCost', value: -3 },
      { key: 'rosterMapping:abc', value: ['name'] },
      { key: 'fiscalYearStartMonth', value: 4 },
    ])
    expect(settings).toEqual({ ...WorkspaceSettings.parse({}), fiscalYearStartMonth: 4 })
  })
})
