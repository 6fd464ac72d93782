import { describe, expect, it } from 'vitest'
import type { Evaluation } from '../../model'
import { evaluateInitiatives } from './cards'
import { data, enrolment, initiative, person } from './test-fixtures'

const survey = (
  id: string,
  enrolmentId: string,
  extra: Partial<Extract<Evaluation, { kind: 'reaction' }>> = {},
): Evaluation => ({
  id,
  enrolmentId,
  date: '2026-02-11',
  note: '',
  kind: 'reaction',
  relevance: 4,
  engagement: 4,
  wouldRecommend: true,
  ...extra,
})

describe('level 1 with the participant’s own answers', () => {
  it('averages usefulness and confidence over the surveys that carry them, and counts theirs', () => {
    const card = evaluateInitiatives(
      data({
        people: [person('p1'), person('p2'), person('p3')],
        initiatives: [initiative()],
        enrolments: [enrolment('e1', 'p1'), enrolment('e2', 'p2'), enrolment('e3', 'p3')],
        evaluations: [
          survey('r1', 'e1', { usefulness: 5, confidence: 3, responseId: 'resp-1' }),
          survey('r2', 'e2', { usefulness: 2, confidence: null, responseId: 'resp-2' }),
          // Typed in by the manager: relevance and engagement only.
          survey('r3', 'e3', { relevance: 1 }),
        ],
      }),
      '2026-12-01',
    )[0]!
    expect(card.levels.reaction).toMatchObject({
      responses: 3,
      relevance: 3,
      usefulness: { average: 3.5, count: 2 },
      confidence: { average: 3, count: 1 },
      fromParticipant: 2,
    })
  })

  it('leaves usefulness and confidence out when no survey asked them', () => {
    const card = evaluateInitiatives(
      data({
        people: [person('p1')],
        initiatives: [initiative()],
        enrolments: [enrolment('e1', 'p1')],
        evaluations: [survey('r1', 'e1')],
      }),
      '2026-12-01',
    )[0]!
    expect(card.levels.reaction).toMatchObject({
      usefulness: null,
      confidence: null,
      fromParticipant: 0,
    })
  })
})
