import { describe, expect, it } from 'vitest'
import type { Assessment, Evaluation, FeedbackEntry } from '../../model'
import { evaluateInitiatives, evaluateInitiativeEnrolments } from './cards'
import { checkin, data, enrolment, initiative, person } from './test-fixtures'

const today = '2026-12-01'

function reaction(
  id: string,
  enrolmentId: string,
  relevance: number,
  engagement: number,
  wouldRecommend: boolean,
): Evaluation {
  return {
    id,
    enrolmentId,
    date: '2026-02-11',
    note: '',
    kind: 'reaction',
    relevance,
    engagement,
    wouldRecommend,
  }
}

function assessment(
  id: string,
  date: string,
  level: number,
  source: Assessment['source'] = 'manager',
): Assessment {
  return { id, personId: 'p1', skillId: 's1', level, date, source, assessorId: null, note: '' }
}

function feedback(id: string, date: string, skillIds: string[]): FeedbackEntry {
  return {
    goalIds: [],
    id,
    personId: 'p1',
    date,
    kind: 'praise',
    source: 'peer',
    authorName: '',
    situation: '',
    behaviour: 'Used it',
    impact: '',
    skillIds,
  }
}

describe('level 1: reaction', () => {
  it('averages the surveys and counts the share who would recommend', () => {
    const card = evaluateInitiatives(
      data({
        people: [person('p1'), person('p2'), person('p3')],
        initiatives: [initiative()],
        enrolments: [enrolment('e1', 'p1'), enrolment('e2', 'p2'), enrolment('e3', 'p3')],
        evaluations: [reaction('r1', 'e1', 5, 4, true), reaction('r2', 'e2', 3, 2, false)],
      }),
      today,
    )[0]!
    expect(card.levels.reaction).toMatchObject({
      responses: 2,
      relevance: 4,
      engagement: 3,
      wouldRecommendShare: 0.5,
    })
    expect(card.evidenceNeeded).toContain('Reaction survey: missing for 1 of 3 who finished.')
  })

  it('is missing (null), not zero, when no one answered', () => {
    const card = evaluateInitiatives(
      data({
        people: [person('p1')],
        initiatives: [initiative()],
        enrolments: [enrolment('e1', 'p1')],
      }),
      today,
    )[0]!
    expect(card.levels).toEqual({ reaction: null, learning: null, behaviour: null, results: null })
    expect(card.completed).toBe(1)
  })
})

describe('level 2: learning', () => {
  it('averages the scores and compares the latest assessment before the start with the first after the end', () => {
    const evaluations: Evaluation[] = [
      {
        id: 'l1',
        enrolmentId: 'e1',
        date: '2026-02-10',
        note: '',
        kind: 'learning',
        scoreBefore: 40,
        scoreAfter: 70,
      },
      {
        id: 'l2',
        enrolmentId: 'e2',
        date: '2026-02-10',
        note: '',
        kind: 'learning',
        scoreBefore: 50,
        scoreAfter: 80,
      },
    ]
    const assessments = [
      assessment('a1', '2025-12-01', 1),
      assessment('a2', '2026-01-10', 2), // latest before the start (2026-02-01)
      assessment('a3', '2026-02-05', 4), // inside the training window: ignored
      assessment('a4', '2026-01-20', 4, 'self'), // not a counted source
      assessment('a5', '2026-03-01', 3), // first after the end (2026-02-10)
      assessment('a6', '2026-04-01', 4),
    ]
    const input = data({
      people: [person('p1'), person('p2')],
      initiatives: [initiative()],
      enrolments: [enrolment('e1', 'p1'), enrolment('e2', 'p2')],
      evaluations,
      assessments,
    })
    const card = evaluateInitiatives(input, today)[0]!
    expect(card.levels.learning).toEqual({
      scored: 2,
      scoreBefore: 45,
      scoreAfter: 75,
      assessed: 1,
      levelChange: 1,
    })
    const rows = evaluateInitiativeEnrolments(input, 'init-1', today)
    expect(rows.map((row) => row.learning?.levelChange ?? null)).toEqual([1, null])
  })
})

describe('level 3: behaviour', () => {
  it('counts linked "put into practice" answers and feedback in the after window, and averages the observations', () => {
    const practised = (text: string) => [{ sectionId: 'practised', text }]
    const card = evaluateInitiatives(
      data({
        people: [person('p1'), person('p2')],
        initiatives: [initiative()],
        enrolments: [enrolment('e1', 'p1'), enrolment('e2', 'p2')],
        planItems: [
          {
            id: 'item-1',
            evidence: [],
            planId: 'plan-1',
            personId: 'p1',
            kind: 'enrolment',
            enrolmentId: 'e1',
            title: 'Training one',
            status: 'completed',
            startDate: null,
            dueDate: null,
            hours: 0,
            cost: 0,
            skillIds: [],
          },
        ],
        checkins: [
          checkin('c1', 'p1', '2026-03-01', { answers: practised('Used it'), skillIds: ['s1'] }),
          checkin('c2', 'p1', '2026-02-08', { answers: practised('Too early'), skillIds: ['s1'] }),
          checkin('c3', 'p1', '2026-03-05', { answers: practised('  '), skillIds: ['s1'] }),
          checkin('c4', 'p1', '2026-03-10', {
            answers: practised('Via plan'),
            planItemIds: ['item-1'],
          }),
          checkin('c5', 'p1', '2026-03-12', {
            answers: practised('Other skill'),
            skillIds: ['s9'],
          }),
          checkin('c6', 'p1', '2026-06-01', { answers: practised('Too late'), skillIds: ['s1'] }),
        ],
        feedback: [feedback('f1', '2026-04-01', ['s1']), feedback('f2', '2026-04-01', ['s2'])],
        evaluations: [
          {
            id: 'b1',
            enrolmentId: 'e1',
            date: '2026-04-01',
            note: '',
            kind: 'behaviour',
            observationRating: 4,
          },
          {
            id: 'b2',
            enrolmentId: 'e2',
            date: '2026-04-01',
            note: '',
            kind: 'behaviour',
            observationRating: 2,
          },
        ],
      }),
      today,
    )[0]!
    // After window: 2026-02-11 to 2026-05-11 (90 days after the end).
    expect(card.levels.behaviour).toEqual({
      withEvidence: 2,
      practisedAnswers: 2,
      feedbackEntries: 1,
      praiseEntries: 1,
      observations: 2,
      observationRating: 3,
    })
  })
})
