import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../sample/generate'
import { findSinglePointsOfFailure } from './alerts'
import { listSystemicGaps } from './gaps'
import { rankTrainingImpact } from './impact'
import { buildSkillMatrix } from './matrix'

// The workspace stores settings as key/value records; the sample uses the defaults.
const data = { ...generateSampleCompany({ today: '2026-11-23' }), settings: {} }
const eudr = 'skill-eudr-traceability'

describe('skills gaps on the sample company', () => {
  it('finds at least two systemic gaps', () => {
    const systemic = listSystemicGaps(buildSkillMatrix(data)).map((summary) => summary.skillId)
    expect(systemic.length).toBeGreaterThanOrEqual(2)
    expect(systemic).toContain(eudr)
  })

  it('calls EUDR traceability systemic for the roastery team', () => {
    const roastery = buildSkillMatrix({ ...data, filter: { teamIds: ['team-roastery'] } })
    const column = roastery.columns.get(eudr)
    expect(column?.needCount).toBeGreaterThanOrEqual(2)
    expect(column?.isSystemic).toBe(true)
  })

  it('ranks a critical, systemic skill first and explains every alert', () => {
    const model = buildSkillMatrix(data)
    const [top] = rankTrainingImpact(model)
    expect(top?.isCritical && top.isSystemic).toBe(true)
    for (const alert of findSinglePointsOfFailure(model)) {
      expect(alert.message).toMatch(
        /^(Nobody holds|Only .+ holds) .+; \d+ (person needs|people need) it\.$/,
      )
    }
  })
})
