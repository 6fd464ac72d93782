import { describe, expect, it } from 'vitest'
import { rankTrainingImpact } from './impact'
import { buildSkillMatrix } from './matrix'
import { createRoasteryData } from './test-fixtures'
import type { SkillMatrixInput } from './types'

const data = createRoasteryData()
const build = (extra: Partial<SkillMatrixInput> = {}) => buildSkillMatrix({ ...data, ...extra })

describe('rankTrainingImpact', () => {
  it('scores total gap x 2 for critical skills and ranks by score, then people affected', () => {
    // EUDR 4 x 1 (3 people), Cupping 2 x 2, Roast 2 x 2 (2 people each, by name), CRM 2 x 1.
    expect(
      rankTrainingImpact(build()).map((i) => [
        i.skillId,
        i.score,
        i.totalGap,
        i.affectedCount,
        i.weight,
      ]),
    ).toEqual([
      ['s-eudr', 4, 4, 3, 1],
      ['s-cupping', 4, 2, 2, 2],
      ['s-roast', 4, 2, 2, 2],
      ['s-crm', 2, 2, 1, 1],
    ])
  })

  it('names the people affected and explains each score', () => {
    const ranking = rankTrainingImpact(build())
    const bySkill = new Map(ranking.map((impact) => [impact.skillId, impact]))
    expect(bySkill.get('s-eudr')?.affectedPersonIds).toEqual(['p-ana', 'p-ben', 'p-dan'])
    expect(bySkill.get('s-eudr')?.reason).toBe(
      '3 of the 5 people who need it are below the required level, 4 levels in total; a systemic gap: score 4.',
    )
    expect(bySkill.get('s-roast')?.reason).toBe(
      '2 of the 3 people who need it are below the required level, 2 levels in total; critical, so the gap counts double; a systemic gap: score 4.',
    )
    expect(bySkill.get('s-crm')?.reason).toBe(
      'The one person who needs it is 2 levels below the required level: score 2.',
    )
  })

  it('leaves out skills without a gap', () => {
    const any = build({ settings: { matrixSource: 'any' } })
    expect(rankTrainingImpact(any).map((i) => [i.skillId, i.score])).toEqual([
      ['s-eudr', 4],
      ['s-cupping', 2],
      ['s-roast', 2],
    ])
  })

  it('follows the demand-source filter', () => {
    const goals = build({ filter: { demandSources: ['business-goal'] } })
    expect(rankTrainingImpact(goals).map((i) => i.skillId)).toEqual(['s-eudr'])
    const reviews = build({ filter: { demandSources: ['review-problem'] } })
    expect(rankTrainingImpact(reviews).map((i) => [i.skillId, i.score, i.reason])).toEqual([
      [
        's-cupping',
        2,
        '1 of the 3 people who need it is below the required level, 1 level in total; critical, so the gap counts double: score 2.',
      ],
    ])
  })
})
