import { describe, expect, it } from 'vitest'
import { findActionProblem, findFeedbackProblem, findTemplateProblem } from './validation'

describe('form checks', () => {
  const draft = { personId: 'p1', date: '2026-11-20', situation: '', behaviour: 'Calm', impact: '' }
  it('feedback needs a person, a past or present date and some text', () => {
    expect(findFeedbackProblem(draft, '2026-11-23')).toBeNull()
    expect(findFeedbackProblem({ ...draft, personId: '' }, '2026-11-23')?.field).toBe('personId')
    expect(findFeedbackProblem({ ...draft, date: '2026-02-30' }, '2026-11-23')?.field).toBe('date')
    expect(findFeedbackProblem({ ...draft, date: '2026-11-24' }, '2026-11-23')?.text).toMatch(
      /earlier/,
    )
    expect(findFeedbackProblem({ ...draft, behaviour: ' ' }, '2026-11-23')?.field).toBe('behaviour')
  })

  it('a template needs a unique name and prompts in every section', () => {
    const others = [{ id: 't1', name: 'General 1:1' }]
    const sections = [{ id: 's', prompt: 'How are you?', help: '' }]
    expect(findTemplateProblem({ id: 't2', name: 'Mine', sections }, others)).toBeNull()
    expect(findTemplateProblem({ id: 't2', name: 'general 1:1 ', sections }, others)?.field).toBe(
      'name',
    )
    expect(findTemplateProblem({ id: 't1', name: 'General 1:1', sections }, others)).toBeNull()
    expect(findTemplateProblem({ id: 't2', name: 'Mine', sections: [] }, others)?.field).toBe(
      'sections',
    )
    expect(
      findTemplateProblem(
        { id: 't2', name: 'Mine', sections: [...sections, { id: 'x', prompt: ' ', help: '' }] },
        others,
      ),
    ).toEqual({ field: 'section-1', text: 'Section 2 needs a prompt.' })
  })

  it('an action needs text and a valid due date if any', () => {
    expect(findActionProblem('Book it', '2026-12-01')).toBeNull()
    expect(findActionProblem('Book it', null)).toBeNull()
    expect(findActionProblem(' ', null)).toMatch(/Describe/)
    expect(findActionProblem('Book it', '12/01/2026')).toMatch(/YYYY/)
  })
})
