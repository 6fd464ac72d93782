import { describe, expect, it } from 'vitest'
import type { Review } from '../../model'
import { generateSampleCompany } from '../sample/generate'
import { listOpenBiasFlags } from './open-flags'

const data = generateSampleCompany({ today: '2026-11-23' })

describe('listOpenBiasFlags', () => {
  it('lists the sample company’s one open review with a flag', () => {
    const rows = listOpenBiasFlags(data)
    expect(
      rows.map((row) => [row.cycle.id, row.review.personId, row.review.state, row.flags[0]!.kind]),
    ).toEqual([['cycle-2026-h2', 'person-26', 'ready', 'recency']])
  })

  it('adds a draft review with a self/manager gap, and leaves it out once final', () => {
    const draft = data.reviews.find(
      (review) =>
        review.state === 'draft' &&
        review.skillRatings.length > 0 &&
        review.skillRatings[0]!.rating !== null,
    )!
    const first = draft.skillRatings[0]!
    // Two levels apart on the first skill: the self-manager gap check fires.
    const selfRating = first.rating! >= 2 ? first.rating! - 2 : first.rating! + 2
    const gapped: Review = {
      ...draft,
      selfRatings: [{ skillId: first.skillId, rating: selfRating }],
    }
    const withGap = (review: Review) => ({
      ...data,
      reviews: data.reviews.map((r) => (r.id === draft.id ? review : r)),
    })
    const rows = listOpenBiasFlags(withGap(gapped))
    const row = rows.find((r) => r.review.id === draft.id)
    expect(row?.flags.map((flag) => flag.kind)).toContain('self-manager-gap')
    expect(rows).toHaveLength(2)
    const final = listOpenBiasFlags(withGap({ ...gapped, state: 'final' }))
    expect(final.map((r) => r.review.id)).not.toContain(draft.id)
    expect(final).toHaveLength(1)
  })
})
