import { describe, expect, it } from 'vitest'
import { findSinglePointsOfFailure } from './alerts'
import { buildSkillMatrix, withAssessment } from './matrix'
import { createRoasteryData, makeAssessment } from './test-fixtures'
import type { SkillMatrixInput } from './types'

const data = createRoasteryData()
const build = (extra: Partial<SkillMatrixInput> = {}) => buildSkillMatrix({ ...data, ...extra })

describe('findSinglePointsOfFailure', () => {
  it('alerts when nobody holds a critical skill at the highest required level', () => {
    // Roast profiling: Cara needs 4; Ana 2, Ben 3, Cara 3. Cupping (needs up to 2) has Ana and Cara.
    expect(findSinglePointsOfFailure(build())).toEqual([
      {
        skillId: 's-roast',
        skillName: 'Roast profiling',
        kind: 'no-holder',
        requiredLevel: 4,
        needCount: 3,
        holderPersonIds: [],
        message:
          'Nobody holds Roast profiling at level 4, the highest level required; 3 people need it.',
      },
    ])
  })

  it('alerts when exactly one person holds it, even one who does not need it', () => {
    const [viaSelf] = findSinglePointsOfFailure(build({ settings: { matrixSource: 'any' } }))
    expect(viaSelf?.kind).toBe('single-holder')
    expect(viaSelf?.holderPersonIds).toEqual(['p-ana'])
    expect(viaSelf?.message).toBe(
      'Only Ana Souza holds Roast profiling at level 4, the highest level required; 3 people need it.',
    )
    const [viaFinn] = findSinglePointsOfFailure(build({ filter: { includeLeft: true } }))
    expect(viaFinn?.holderPersonIds).toEqual(['p-finn'])
  })

  it('stays quiet with two holders', () => {
    const model = build({ settings: { matrixSource: 'any' }, filter: { includeLeft: true } })
    expect(findSinglePointsOfFailure(model)).toEqual([])
    const raised = withAssessment(
      build(),
      makeAssessment('a50', 'p-cara', 's-roast', 4, '2026-09-01'),
    )
    expect(findSinglePointsOfFailure(raised.model)[0]?.kind).toBe('single-holder')
    const second = withAssessment(
      raised.model,
      makeAssessment('a51', 'p-ben', 's-roast', 4, '2026-09-01'),
    )
    expect(findSinglePointsOfFailure(second.model)).toEqual([])
  })

  it('says "the required level" when everyone needs the same level, and ignores non-critical skills', () => {
    const alerts = findSinglePointsOfFailure(build({ filter: { teamIds: ['t-pack'] } }))
    expect(alerts.map((a) => a.message)).toEqual([
      'Nobody holds Cupping at the required level 1; 1 person needs it.',
    ])
    // EUDR has one holder at level 2 among the roasters' team too, but it is not critical.
    const roasters = build({ filter: { roleIds: ['r-roaster'] } })
    expect(findSinglePointsOfFailure(roasters).map((a) => a.skillId)).toEqual(['s-roast'])
  })
})
