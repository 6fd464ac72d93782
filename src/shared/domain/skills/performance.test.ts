import { describe, expect, it } from 'vitest'
import { findSinglePointsOfFailure } from './alerts'
import { trackCoverageOverTime } from './coverage-over-time'
import { listIndividualGaps, listSystemicGaps, summarizeAllPeople } from './gaps'
import { rankTrainingImpact } from './impact'
import { buildSkillMatrix, withAssessment } from './matrix'
import { listMatrixColumns, listMatrixRows } from './matrix-view'
import { createLargeData, makeAssessment } from './test-fixtures'

describe('skills matrix at 500 people x 200 skills', () => {
  it('builds 500 people x 200 skills with all roll-ups, and updates single cells, at full size', () => {
    const data = createLargeData({ people: 500, skills: 200 })
    expect(data.assessments).toHaveLength(100_000)

    const buildAll = () => {
      const model = buildSkillMatrix(data)
      summarizeAllPeople(model)
      listSystemicGaps(model)
      listIndividualGaps(model)
      findSinglePointsOfFailure(model)
      rankTrainingImpact(model)
      listMatrixRows(model, { sortBy: 'total-gap' })
      listMatrixColumns(model, { sortBy: 'share-below' })
      return model
    }
    const first = buildAll()
    expect(buildAll().rows.size).toBe(first.rows.size)

    const updates = 200
    let model = first
    for (let index = 0; index < updates; index += 1) {
      const assessment = makeAssessment(
        `new-${index}`,
        `person-${(index * 37) % 500}`,
        `skill-${(index * 53) % 200}`,
        index % 5,
        '2026-06-01',
      )
      const update = withAssessment(model, assessment)
      expect(update.isChanged).toBe(true)
      model = update.model
    }
    expect(model.getCell('person-0', 'skill-0')).toBeDefined()
    const series = trackCoverageOverTime({ ...data, today: '2025-12-31', months: 12 })
    expect(series).toHaveLength(20)
    // Speed is measured by `npm run bench` (roll-up, edit), not here: CI's cores are shared.
  })
})
