import { describe, expect, it } from 'vitest'
import { findAssessmentProblem, findRequirementReasonProblem } from './record-drafts'

const today = '2026-11-23'

describe('assessment draft', () => {
  it('needs a real date, today or earlier', () => {
    expect(findAssessmentProblem({ date: '', note: '' }, today)?.field).toBe('date')
    expect(findAssessmentProblem({ date: '2026-02-30', note: '' }, today)?.field).toBe('date')
    expect(findAssessmentProblem({ date: '2026-11-24', note: '' }, today)).toEqual({
      field: 'date',
      text: 'An assessment is recorded for today or an earlier day.',
    })
    expect(findAssessmentProblem({ date: today, note: 'Led the shift' }, today)).toBeNull()
  })

  it('keeps the note within what the record holds', () => {
    expect(findAssessmentProblem({ date: today, note: 'x'.repeat(4001) }, today)?.field).toBe(
      'note',
    )
  })
})

describe('personal requirement reason', () => {
  it('may be empty, and holds up to 1,000 characters', () => {
    expect(findRequirementReasonProblem('')).toBeNull()
    expect(findRequirementReasonProblem('x'.repeat(1000))).toBeNull()
    expect(findRequirementReasonProblem('x'.repeat(1001))?.field).toBe('reason')
  })
})
