import { describe, expect, it } from 'vitest'
import { findSinglePointsOfFailure } from './alerts'
import { trackCoverageOverTime } from './coverage-over-time'
import { listIndividualGaps, listSystemicGaps, summarizeAllPeople } from './gaps'
import { rankTrainingImpact } from './impact'
import { buildSkillMatrix, withAssessment } from './matrix'
import { listMatrixColumns, listMatrixRows } from './matrix-view'
import { createLargeData, makeAssessment } from './test-fixtures'

const timeOnce = <T>(run: () => T): [T, number] => {
  const started = performance.now()
  const result = run()
  return [result, performance.now() - started]
}

describe('skills matrix performance', () => {
  it('builds 500 people x 200 skills with all roll-ups, and updates single cells, quickly', () => {
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
    const [first, coldMs] = timeOnce(buildAll)
    // A second run shows the steady state, once the JIT has compiled the code paths.
    const [, warmMs] = timeOnce(buildAll)

    const updates = 200
    let model = first
    const [, updatesMs] = timeOnce(() => {
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
    })
    const perUpdateMs = updatesMs / updates
    const [series, trendMs] = timeOnce(() =>
      trackCoverageOverTime({ ...data, today: '2025-12-31', months: 12 }),
    )
    expect(series).toHaveLength(20)

    console.log(
      `skills matrix 500x200, 100,000 assessments: build + roll-ups ${coldMs.toFixed(1)} ms cold, ` +
        `${warmMs.toFixed(1)} ms warm; single-cell update ${(perUpdateMs * 1000).toFixed(0)} µs; ` +
        `12-month coverage of 20 critical skills ${trendMs.toFixed(1)} ms`,
    )
    // Loose bounds: the targets are < 100 ms and < 1 ms, but CI shares two slow cores.
    expect(coldMs + warmMs + updatesMs).toBeLessThan(1_000)
    expect(perUpdateMs).toBeLessThan(5)
  })
})
