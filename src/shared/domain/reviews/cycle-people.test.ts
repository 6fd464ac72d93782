import { describe, expect, it } from 'vitest'
import { Review, type ReviewCycle } from '../../model'
import {
  CycleDraft,
  describeRemoval,
  findAddProblem,
  findCycleDraftProblem,
  judgeRemoval,
  listAddablePeople,
  suggestRater,
} from './cycle-people'

const draft = {
  name: '2026 H2',
  periodStart: '2026-07-01',
  periodEnd: '2026-12-31',
  raterName: 'Ana',
  personIds: ['p1'],
}

const firstMessage = (value: unknown) => {
  const result = CycleDraft.safeParse(value)
  return result.success ? null : [result.error.issues[0]!.path[0], result.error.issues[0]!.message]
}

const people = [
  { id: 'p1', displayName: 'Zoe', status: 'active' as const },
  { id: 'p2', displayName: 'Ana', status: 'active' as const },
  { id: 'p3', displayName: 'Left Person', status: 'left' as const },
  { id: 'p4', displayName: 'Bo', status: 'active' as const },
]

const cycle: ReviewCycle = {
  id: 'c1',
  name: 'Cycle',
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  personIds: ['p1', 'p2', 'p4'],
}

const review = (personId: string, extra: Partial<Review> = {}): Review =>
  Review.parse({ id: `r-${personId}`, cycleId: 'c1', personId, updatedAt: '2026-07-01', ...extra })

describe('CycleDraft', () => {
  it('accepts a complete draft and trims the name', () => {
    expect(CycleDraft.parse({ ...draft, name: '  2026 H2 ' }).name).toBe('2026 H2')
  })

  it('names the field at fault with a plain message', () => {
    expect(firstMessage({ ...draft, name: ' ' })).toEqual(['name', 'Give the cycle a name.'])
    expect(firstMessage({ ...draft, periodStart: '' })).toEqual([
      'periodStart',
      'Choose the first day of the period.',
    ])
    expect(firstMessage({ ...draft, periodEnd: '2026-06-30' })).toEqual([
      'periodEnd',
      'The period ends before it starts.',
    ])
    expect(firstMessage({ ...draft, personIds: [] })?.[0]).toBe('personIds')
  })
})

describe('findCycleDraftProblem', () => {
  it('names the first problem in the order of the form', () => {
    expect(findCycleDraftProblem(draft)).toBeNull()
    const empty = { name: '', periodStart: '', periodEnd: '', raterName: '', personIds: [] }
    expect(findCycleDraftProblem(empty)?.field).toBe('name')
    expect(findCycleDraftProblem({ ...empty, name: 'H2' })?.field).toBe('periodStart')
    expect(
      findCycleDraftProblem({
        ...empty,
        name: 'H2',
        periodStart: '2026-07-01',
        periodEnd: '2026-06-30',
      }),
    ).toEqual({ field: 'periodEnd', text: 'The period ends before it starts.' })
    expect(findCycleDraftProblem({ ...draft, personIds: [], raterName: 'x'.repeat(201) })).toEqual({
      field: 'raterName',
      text: 'Keep the rater’s name to 200 characters or fewer.',
    })
    expect(findCycleDraftProblem({ ...draft, personIds: [] })).toEqual({
      field: 'personIds',
      text: 'Choose at least one person to review: a whole team or people one by one.',
    })
  })
})

describe('adding people to a cycle', () => {
  it('offers only active people not in the cycle, by name', () => {
    expect(listAddablePeople({ personIds: ['p1'] }, people).map((p) => p.id)).toEqual(['p2', 'p4'])
  })

  it('refuses nobody, someone who left, someone already in, and someone removed', () => {
    expect(findAddProblem(cycle, people, [])).toBe('Choose at least one person to add.')
    expect(findAddProblem(cycle, people, ['p3'])).toBe(
      'Left Person has left, so they cannot join a review cycle.',
    )
    expect(findAddProblem(cycle, people, ['p2'])).toBe('Ana is already in this cycle.')
    expect(findAddProblem(cycle, people, ['gone'])).toMatch(/no longer in the workspace/)
    expect(findAddProblem({ personIds: ['p1'] }, people, ['p2', 'p4'])).toBeNull()
  })
})

describe('removing someone from a cycle', () => {
  it('allows a draft review, saying whether anything written goes with it', () => {
    const empty = judgeRemoval(cycle, [review('p1')], { id: 'p1', name: 'Zoe' })
    expect(empty).toMatchObject({ isAllowed: true, hasContent: false })
    expect(describeRemoval('Zoe', empty)).toBe(
      'Zoe leaves the cycle and their empty draft review is deleted.',
    )
    const written = judgeRemoval(cycle, [review('p1', { strengths: 'Calm under pressure.' })], {
      id: 'p1',
      name: 'Zoe',
    })
    expect(describeRemoval('Zoe', written)).toMatch(/with the ratings and notes already in it/)
  })

  it('keeps a final, shared or ready review, and says why', () => {
    const reasonFor = (state: Review['state']) => {
      const verdict = judgeRemoval(cycle, [review('p2', { state })], { id: 'p2', name: 'Ana' })
      return verdict.isAllowed ? null : verdict.reason
    }
    expect(reasonFor('final')).toBe(
      'Ana’s review is final. A final review is part of the record, so Ana stays in the cycle.',
    )
    expect(reasonFor('shared')).toMatch(/shared with them.*back to Draft/)
    expect(reasonFor('ready')).toMatch(/marked ready.*back to Draft/)
  })

  it('keeps the last person, and refuses someone not in the cycle', () => {
    const alone = { ...cycle, personIds: ['p1'] }
    expect(judgeRemoval(alone, [], { id: 'p1', name: 'Zoe' })).toMatchObject({ isAllowed: false })
    expect(judgeRemoval(cycle, [], { id: 'p3', name: 'Left Person' })).toEqual({
      isAllowed: false,
      reason: 'Left Person is not in this cycle.',
    })
  })

  it('allows someone without a review (an older cycle mended by hand)', () => {
    const verdict = judgeRemoval(cycle, [], { id: 'p4', name: 'Bo' })
    expect(verdict).toEqual({ isAllowed: true, review: null, hasContent: false })
    expect(describeRemoval('Bo', verdict)).toBe('Bo leaves the cycle. They have no review in it.')
  })
})

describe('suggestRater', () => {
  it('names the most common rater, ignoring blanks', () => {
    expect(
      suggestRater([
        review('p1', { raterName: 'Ana' }),
        review('p2', { raterName: 'Bo' }),
        review('p4', { raterName: 'Bo' }),
        review('p3', { raterName: ' ' }),
      ]),
    ).toBe('Bo')
    expect(suggestRater([])).toBe('')
  })
})
