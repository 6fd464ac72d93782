import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { createStarterWorkspaceData } from '../../../../shared/domain/workspace/defaults'
import { Person } from '../../../../shared/model'
import { openWorkspaceDb } from '../workspace-db'
import {
  addPeopleToCycle,
  createReviewCycle,
  moveInNineBox,
  removePersonFromCycle,
  saveReview,
} from './reviews'
import { replaceWorkspaceData } from './snapshot'

const now = '2026-01-05'

async function setUp(name: string) {
  const db = openWorkspaceDb(name)
  await replaceWorkspaceData(db, createStarterWorkspaceData())
  await db.people.bulkAdd(
    [
      { id: 'p1', displayName: 'Ana Silva' },
      { id: 'p2', displayName: 'Bo Lind' },
      { id: 'p3', displayName: 'Cy Young' },
      { id: 'p4', displayName: 'Dee Left', status: 'left' },
    ].map((person) => Person.parse({ ...person, createdAt: now })),
  )
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

type Db = Awaited<ReturnType<typeof setUp>>

async function reviewsOf(db: Db, cycleId: string) {
  const reviews = await db.reviews.where('cycleId').equals(cycleId).toArray()
  return reviews.map((r) => [r.personId, r.state, r.raterName]).sort()
}

describe('review repository', () => {
  it('creates a cycle with a draft review per person, rater recorded', async () => {
    const db = await setUp('reviews-create')
    const cycle = await createReviewCycle(db, cycleInput)
    expect(await reviewsOf(db, cycle.id)).toEqual([
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

  it('refuses nobody and someone who left, saving neither cycle nor review', async () => {
    const db = await setUp('reviews-bad-people')
    await expect(createReviewCycle(db, { ...cycleInput, personIds: [] })).rejects.toThrow(
      /at least one person/,
    )
    await expect(createReviewCycle(db, { ...cycleInput, personIds: ['p1', 'p4'] })).rejects.toThrow(
      'Dee Left has left, so they cannot join a review cycle.',
    )
    expect([await db.reviewCycles.count(), await db.reviews.count()]).toEqual([0, 0])
  })

  it('adds someone later with a draft review, and refuses someone already in', async () => {
    const db = await setUp('reviews-add')
    const cycle = await createReviewCycle(db, cycleInput)
    await expect(
      addPeopleToCycle(db, {
        cycleId: cycle.id,
        personIds: ['p3'],
        raterName: ' Ana ',
        today: '2026-07-02',
      }),
    ).resolves.toBe(1)
    expect(await reviewsOf(db, cycle.id)).toEqual([
      ['p1', 'draft', 'Łukasz Nowak'],
      ['p2', 'draft', 'Łukasz Nowak'],
      ['p3', 'draft', 'Ana'],
    ])
    expect((await db.reviewCycles.get(cycle.id))!.personIds).toEqual(['p1', 'p2', 'p3'])
    await expect(
      addPeopleToCycle(db, {
        cycleId: cycle.id,
        personIds: ['p3'],
        raterName: '',
        today: '2026-07-02',
      }),
    ).rejects.toThrow('Cy Young is already in this cycle.')
    expect(await db.reviews.count()).toBe(3)
  })

  it('removes someone with a draft review and the draft with them', async () => {
    const db = await setUp('reviews-remove')
    const cycle = await createReviewCycle(db, cycleInput)
    await removePersonFromCycle(db, { cycleId: cycle.id, personId: 'p2' })
    expect(await reviewsOf(db, cycle.id)).toEqual([['p1', 'draft', 'Łukasz Nowak']])
    expect((await db.reviewCycles.get(cycle.id))!.personIds).toEqual(['p1'])
  })

  it('keeps someone whose review is final, changing nothing, and says why', async () => {
    const db = await setUp('reviews-remove-final')
    const cycle = await createReviewCycle(db, cycleInput)
    const review = (await db.reviews.where({ cycleId: cycle.id, personId: 'p1' }).first())!
    await saveReview(db, { ...review, state: 'final', overallRating: 3 })
    await expect(removePersonFromCycle(db, { cycleId: cycle.id, personId: 'p1' })).rejects.toThrow(
      'Ana Silva’s review is final. A final review is part of the record, so Ana Silva stays in the cycle.',
    )
    expect(await db.reviews.count()).toBe(2)
    expect((await db.reviewCycles.get(cycle.id))!.personIds).toEqual(['p1', 'p2'])
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
