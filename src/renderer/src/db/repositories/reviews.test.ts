import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { createStarterWorkspaceData } from '../../../../shared/domain/workspace/defaults'
import { openWorkspaceDb } from '../workspace-db'
import { createReviewCycle, moveInNineBox, saveReview } from './reviews'
import { replaceWorkspaceData } from './snapshot'

async function setUp(name: string) {
  const db = openWorkspaceDb(name)
  await replaceWorkspaceData(db, createStarterWorkspaceData())
  return db
}

const cycleInput = {
  name: '2026 H1',
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  personIds: ['p1', 'p2'],
  raterName: 'Łukasz Nowak',
  today: '2026-07-01',
}

describe('review repository', () => {
  it('creates a cycle with a draft review per person, rater recorded', async () => {
    const db = await setUp('reviews-create')
    const cycle = await createReviewCycle(db, cycleInput)
    const reviews = await db.reviews.where('cycleId').equals(cycle.id).toArray()
    expect(reviews.map((r) => [r.personId, r.state, r.raterName]).sort()).toEqual([
      ['p1', 'draft', 'Łukasz Nowak'],
      ['p2', 'draft', 'Łukasz Nowak'],
    ])
  })

  it('refuses a period that ends before it starts, saving nothing', async () => {
    const db = await setUp('reviews-bad-period')
    await expect(createReviewCycle(db, { ...cycleInput, periodEnd: '2025-12-31' })).rejects.toThrow(
      /ends before it starts/,
    )
    expect(await db.reviewCycles.count()).toBe(0)
  })

  it('moves a person in the 9-box only with a note, and validates saved reviews', async () => {
    const db = await setUp('reviews-ninebox')
    const cycle = await createReviewCycle(db, cycleInput)
    const review = (await db.reviews.where('cycleId').equals(cycle.id).first())!
    const move = {
      reviewId: review.id,
      performance: 'high' as const,
      potential: 'low' as const,
      today: '2026-07-02',
    }
    await expect(moveInNineBox(db, { ...move, note: '  ' })).rejects.toThrow(/why/)
    await moveInNineBox(db, { ...move, note: 'Carried the team through the move.' })
    const moved = (await db.reviews.get(review.id))!
    expect([moved.calibratedPerformance, moved.potential, moved.calibrationNote]).toEqual([
      'high',
      'low',
      'Carried the team through the move.',
    ])
    await expect(saveReview(db, { ...moved, overallRating: 99 })).rejects.toThrow()
  })
})
