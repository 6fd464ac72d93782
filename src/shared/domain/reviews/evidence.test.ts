import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../sample/generate'
import {
  buildCheckContext,
  listPeriodEvidence,
  readPerformanceLevel,
  readRatingScale,
} from './evidence'
import { readPeriodRange } from './period'

const data = generateSampleCompany({ today: '2026-11-23' })
const cycle = data.reviewCycles[0]!

describe('evidence and calibration helpers', () => {
  it('lists only the period’s evidence for the person, newest first', () => {
    const personId = cycle.personIds[0]!
    const items = listPeriodEvidence(data, personId, {
      start: cycle.periodStart,
      end: cycle.periodEnd,
    })
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((i) => i.date >= cycle.periodStart && i.date <= cycle.periodEnd)).toBe(true)
    expect([...items].sort((a, b) => b.date.localeCompare(a.date)).map((i) => i.date)).toEqual(
      items.map((i) => i.date),
    )
    const feedbackIds = new Set(
      data.feedback.filter((f) => f.personId !== personId).map((f) => f.id),
    )
    expect(items.some((i) => feedbackIds.has(i.id))).toBe(false)
  })

  it('places people in the 9-box by thirds of the scale unless calibration moved them', () => {
    const scale = { min: 0, max: 4 }
    expect(readPerformanceLevel({ overallRating: 1 }, scale)).toBe('low')
    expect(readPerformanceLevel({ overallRating: 2 }, scale)).toBe('medium')
    expect(readPerformanceLevel({ overallRating: 3 }, scale)).toBe('high')
    expect(readPerformanceLevel({ overallRating: 4, calibratedPerformance: 'medium' }, scale)).toBe(
      'medium',
    )
    expect(readPerformanceLevel({ overallRating: null }, scale)).toBeNull()
    expect(readRatingScale(data)).toEqual({ min: 0, max: 4 })
  })

  it('builds a check context whose evidence dates cover what the sample cites', () => {
    const context = buildCheckContext(data, cycle)
    expect(context.cycleReviews.length).toBe(cycle.personIds.length)
    const cited = context.cycleReviews.flatMap((r) => r.skillRatings.flatMap((s) => s.evidenceIds))
    const feedbackIds = new Set(data.feedback.map((f) => f.id))
    const citedFeedback = cited.filter((id) => feedbackIds.has(id))
    expect(citedFeedback.length).toBeGreaterThan(0)
    expect(citedFeedback.every((id) => context.evidenceDates.has(id))).toBe(true)
    const assessmentIds = new Set(data.assessments.map((a) => a.id))
    expect(cited.some((id) => assessmentIds.has(id) && context.evidenceDates.has(id))).toBe(false)
  })

  it('reads period keys', () => {
    expect(readPeriodRange('2026-Q1')).toEqual({ start: '2026-01-01', end: '2026-03-31' })
    expect(readPeriodRange('2024-H1')).toEqual({ start: '2024-01-01', end: '2024-06-30' })
    expect(readPeriodRange('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' })
    expect(readPeriodRange('2026')).toEqual({ start: '2026-01-01', end: '2026-12-31' })
    expect(readPeriodRange('someday')).toBeNull()
  })
})
