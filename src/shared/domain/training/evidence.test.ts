import { describe, expect, it } from 'vitest'
import type { Checkin, FeedbackEntry } from '../../model'
import { attachCheckinEvidence, canMarkApplied, listEvidenceOptions } from './evidence'
import { makeItem } from './test-fixtures'

function checkin(id: string, date: string, planItemIds: string[]): Checkin {
  return {
    id,
    personId: 'p1',
    date,
    templateId: 'tpl-development',
    answers: [
      { sectionId: 'practised', text: '' },
      { sectionId: 'hardest', text: 'Busy Saturdays' },
    ],
    sharedNotes: '',
    privateNotes: '',
    mood: null,
    skillIds: [],
    goalIds: [],
    planItemIds,
    agenda: [],
    status: 'done',
  }
}

describe('evidence', () => {
  it('links the check-ins that discussed an applied item, and only applied items', () => {
    const items = [
      makeItem('i1', 'plan', { status: 'applied' }),
      makeItem('i2', 'plan', { status: 'completed' }),
      makeItem('i3', 'plan', { status: 'applied' }),
    ]
    const linked = attachCheckinEvidence(items, [
      checkin('c1', '2026-10-01', ['i1', 'i2']),
      checkin('c2', '2026-10-15', []),
    ])
    expect(linked[0]!.evidence).toEqual([{ kind: 'checkin', id: 'c1', sectionId: 'hardest' }])
    expect(linked[1]!.evidence).toEqual([])
    expect(canMarkApplied(linked[0]!)).toBe(true)
    expect(canMarkApplied(linked[2]!)).toBe(false)
  })

  it('falls back to a later check-in or feedback entry about the same skills', () => {
    const item = makeItem('i1', 'plan', {
      status: 'applied',
      startDate: '2026-09-01',
      skillIds: ['espresso'],
    })
    const early = { ...checkin('c-early', '2026-08-01', []), skillIds: ['espresso'] }
    const other = { ...checkin('c-other', '2026-10-01', []), skillIds: ['sales'] }
    const about = { ...checkin('c-about', '2026-10-02', []), skillIds: ['espresso'] }
    const feedback = {
      id: 'f1',
      personId: 'p1',
      date: '2026-10-05',
      skillIds: ['espresso'],
    } as FeedbackEntry
    const [linked] = attachCheckinEvidence([item], [early, other, about], [feedback])
    expect(linked!.evidence).toEqual([
      { kind: 'checkin', id: 'c-about', sectionId: 'hardest' },
      { kind: 'feedback', id: 'f1', sectionId: null },
    ])
  })

  it('lists answered sections and feedback, newest first', () => {
    const feedback = {
      id: 'f1',
      personId: 'p1',
      date: '2026-11-02',
      kind: 'praise',
      source: 'peer',
      situation: 'At the Saturday market',
      behaviour: 'dialled in the grinder alone',
      impact: '',
    } as FeedbackEntry
    const options = listEvidenceOptions({
      checkins: [checkin('c1', '2026-10-01', [])],
      feedback: [feedback],
      prompts: new Map([['hardest', 'Where was applying them hardest?']]),
    })
    expect(options.map((o) => [o.label, o.text])).toEqual([
      ['Feedback (praise, peer)', 'At the Saturday market dialled in the grinder alone'],
      ['Check-in: Where was applying them hardest?', 'Busy Saturdays'],
    ])
  })
})
