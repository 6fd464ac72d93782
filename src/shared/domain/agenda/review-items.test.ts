import { describe, expect, it } from 'vitest'
import { createAgendaContext } from './context'
import { listReviewDeadlineItems } from './review-items'
import { makeCycle, makeInput, makePerson, makeReview } from './test-fixtures'

const today = '2026-12-07'
const people = ['aoife', 'ben', 'cara'].map((id) => makePerson(id))
people.push(makePerson('gone', { status: 'left', leftDate: '2026-11-01' }))
const context = createAgendaContext(people, today)
const cycle = makeCycle('h2', ['aoife', 'ben', 'cara', 'gone'], { name: 'H2 2026' })

describe('review deadline items', () => {
  it('names how many reviews of active people are not final, one item per cycle', () => {
    const input = makeInput({
      people,
      reviewCycles: [cycle],
      reviews: [
        makeReview('r-aoife', 'h2', 'aoife', 'final'),
        makeReview('r-ben', 'h2', 'ben', 'shared'),
        makeReview('r-gone', 'h2', 'gone', 'draft'),
      ],
    })
    expect(listReviewDeadlineItems(input, context, 30)).toEqual([
      {
        id: 'review-deadline:h2:2026-12-31',
        kind: 'review-deadline',
        date: '2026-12-31',
        personId: null,
        title: 'Finish the reviews of H2 2026',
        why: '2 of 3 reviews are not final yet; the period ends on 31 Dec 2026.',
        isOverdue: false,
        action: { route: '/reviews/h2', label: 'Open the cycle' },
      },
    ])
  })

  it('opens the one review left, and says when the period has ended', () => {
    const input = makeInput({
      people,
      reviewCycles: [{ ...cycle, periodEnd: '2026-11-30' }],
      reviews: [
        makeReview('r-aoife', 'h2', 'aoife', 'final'),
        makeReview('r-ben', 'h2', 'ben', 'ready'),
        makeReview('r-cara', 'h2', 'cara', 'final'),
      ],
    })
    expect(listReviewDeadlineItems(input, context, 30)).toEqual([
      expect.objectContaining({
        id: 'review-deadline:h2:2026-11-30',
        personId: 'ben',
        isOverdue: true,
        why: '1 of 3 reviews is not final yet; the period ended on 30 Nov 2026.',
        action: { route: '/reviews/h2/r-ben', label: 'Open the review' },
      }),
    ])
  })

  it('has nothing to say when every review is final or the period ends beyond the horizon', () => {
    const finals = ['aoife', 'ben', 'cara'].map((id) => makeReview(`r-${id}`, 'h2', id, 'final'))
    const done = makeInput({ people, reviewCycles: [cycle], reviews: finals })
    expect(listReviewDeadlineItems(done, context, 30)).toEqual([])
    const later = makeInput({ people, reviewCycles: [{ ...cycle, periodEnd: '2027-01-07' }] })
    expect(listReviewDeadlineItems(later, context, 30)).toEqual([])
    expect(listReviewDeadlineItems(later, context, 31)).toHaveLength(1)
  })
})
