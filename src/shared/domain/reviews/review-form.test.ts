import { describe, expect, it } from 'vitest'
import { NineBoxMove, findReviewSaveProblem } from './review-form'

describe('findReviewSaveProblem', () => {
  const context = { previousState: 'draft' as const, flagCount: 0, isChecked: false }

  it('lets a review that is not final be saved as it is', () => {
    expect(findReviewSaveProblem({ state: 'ready', overallRating: null }, context)).toBeNull()
  })

  it('asks for an overall rating before a review is final', () => {
    expect(findReviewSaveProblem({ state: 'final', overallRating: null }, context)).toEqual({
      field: 'overallRating',
      text: 'Give an overall rating before the review is final.',
    })
  })

  it('asks the rater to tick the bias checks only when the review first becomes final', () => {
    const final = { state: 'final' as const, overallRating: 3 }
    expect(findReviewSaveProblem(final, { ...context, flagCount: 2 })?.field).toBe('isChecked')
    expect(findReviewSaveProblem(final, { ...context, flagCount: 2, isChecked: true })).toBeNull()
    expect(
      findReviewSaveProblem(final, { ...context, flagCount: 2, previousState: 'final' }),
    ).toBeNull()
  })
})

describe('NineBoxMove', () => {
  it('needs a note saying why', () => {
    const result = NineBoxMove.safeParse({ performance: 'high', potential: 'low', note: '  ' })
    expect(result.success ? null : result.error.issues[0]!.message).toBe(
      'Write a note saying why the person moves.',
    )
    expect(NineBoxMove.parse({ performance: 'high', potential: 'low', note: ' Led. ' }).note).toBe(
      'Led.',
    )
  })
})
