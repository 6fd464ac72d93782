import { describe, expect, it } from 'vitest'
import { buildTimeline, type TimelineInput } from './timeline'
import { makeCheckin, makeFeedback } from './test-fixtures'
import { builtInTemplates } from '../workspace/defaults'

const input: TimelineInput = {
  checkins: [
    makeCheckin({
      id: 'c1',
      date: '2026-11-02',
      sharedNotes: '- **Good** week',
      privateNotes: 'secret',
    }),
  ],
  templates: builtInTemplates,
  feedback: [makeFeedback({ id: 'f1', date: '2026-11-10', authorName: 'Sam' })],
  assessments: [
    {
      id: 'as1',
      personId: 'p1',
      skillId: 's1',
      level: 3,
      date: '2026-10-05',
      source: 'manager',
      assessorId: null,
      note: '',
    },
  ],
  skills: [
    {
      id: 's1',
      name: 'Espresso',
      categoryId: 'k',
      description: '',
      tags: [],
      isCritical: false,
      minExperts: 1,
      levelDescriptors: {},
    },
  ],
  plans: [
    {
      id: 'pl',
      personId: 'p1',
      period: '2026-H2',
      focusSkillIds: [],
      goalIds: [],
      status: 'active',
      createdAt: '2026-07-01',
    },
  ],
  planItems: [],
  enrolments: [
    {
      id: 'e1',
      personId: 'p1',
      initiativeId: 'i1',
      campaignId: null,
      status: 'completed',
      startDate: '2026-10-01',
      endDate: '2026-10-20',
    },
  ],
  initiatives: [],
  goals: [],
  goalUpdates: [
    {
      id: 'u1',
      goalId: 'g1',
      keyResultId: null,
      date: '2026-11-10',
      value: 12,
      confidence: 'at-risk',
      note: '',
    },
  ],
}

describe('person timeline', () => {
  it('merges every kind newest first, shared notes only', () => {
    const events = buildTimeline(input)
    expect(events.map((e) => [e.date, e.kind])).toEqual([
      ['2026-11-10', 'feedback'],
      ['2026-11-10', 'goal'],
      ['2026-11-02', 'checkin'],
      ['2026-10-20', 'plan'],
      ['2026-10-05', 'assessment'],
      ['2026-07-01', 'plan'],
    ])
    const checkin = events.find((e) => e.kind === 'checkin')!
    expect(checkin.title).toBe('Development check-in')
    expect(checkin.detail).toBe('- Good week')
    expect(JSON.stringify(events)).not.toContain('secret')
    expect(events.find((e) => e.kind === 'assessment')?.title).toBe('Espresso assessed at level 3')
    expect(events.find((e) => e.kind === 'goal')?.title).toBe('Goal: at risk')
  })

  it('keeps only the kinds asked for', () => {
    const events = buildTimeline(input, new Set(['plan', 'feedback']))
    expect(events.map((e) => e.key)).toEqual(['feedback:f1', 'enrolment:e1', 'plan:pl'])
  })
})
