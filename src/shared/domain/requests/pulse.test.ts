import { describe, expect, it } from 'vitest'
import type { InputRequest, RequestResponse } from '../../model/requests'
import { buildPulseQuestions, pulseLibrary } from './pulse-library'
import { computeEnps, listPulseTrends, summarizePulse } from './pulse'

const token = '00000000-0000-4000-8000-000000000001'
const pulse: InputRequest = {
  id: 'pulse-1',
  kind: 'team-pulse',
  title: 'Autumn pulse',
  message: '',
  askedBy: 'Mara',
  createdAt: '2026-10-01',
  dueDate: '2026-10-08',
  expiresOn: '2026-10-22',
  status: 'open',
  cycleId: null,
  enrolmentId: null,
  subjectPersonId: null,
  isAnonymous: true,
  audiencePersonIds: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
  recipients: [
    {
      token,
      personId: null,
      questions: buildPulseQuestions(pulseLibrary.slice(0, 2)),
      context: {
        personName: '',
        roleName: '',
        subjectName: '',
        trainingTitle: '',
        cycleName: '',
        notes: [],
      },
      exportedAt: '2026-10-01',
      answeredAt: null,
    },
  ],
}

function respond(index: number, agree: number, enps: number, comment = ''): RequestResponse {
  return {
    id: `r${index}`,
    requestId: pulse.id,
    recipientToken: token,
    personId: null,
    submittedAt: '2026-10-05T10:00:00.000Z',
    importedAt: '2026-10-06T10:00:00.000Z',
    fileName: '',
    answers: [
      { questionId: 'agree:growth', value: agree },
      { questionId: 'agree:recognition', value: 3 },
      { questionId: 'enps', value: enps },
      { questionId: 'comment', value: comment },
    ],
  }
}

describe('pulse results', () => {
  it('computes eNPS as % promoters minus % detractors', () => {
    expect(computeEnps([10, 9, 8, 7, 6, 0])).toEqual({
      score: 0,
      promoters: 2,
      passives: 2,
      detractors: 2,
    })
    expect(computeEnps([10, 10, 9, 5])?.score).toBe(50)
    expect(computeEnps([])).toBeNull()
  })

  it('hides everything, free text included, until the minimum number of responses', () => {
    const four = [1, 2, 3, 4].map((i) => respond(i, 4, 9, `note ${i}`))
    const hidden = summarizePulse(pulse, four, 5)
    expect(hidden).toMatchObject({ isHidden: true, responseCount: 4, enps: null, comments: [] })
    expect(hidden.responseRate).toBe(0.5)
    expect(hidden.questions.every((q) => q.isHidden && q.distribution.length === 0)).toBe(true)
    const five = [...four, respond(5, 5, 3, 'a b')]
    const shown = summarizePulse(pulse, five, 5)
    expect(shown.isHidden).toBe(false)
    expect(shown.enps).toEqual({ score: 60, promoters: 4, passives: 0, detractors: 1 })
    expect(shown.questions[0]).toMatchObject({ average: 4.2, answerCount: 5 })
    expect(shown.questions[0]!.distribution.map((d) => d.count)).toEqual([0, 0, 0, 4, 1])
    expect(shown.comments).toEqual(['a b', 'note 1', 'note 2', 'note 3', 'note 4'])
    expect(summarizePulse(pulse, five, 6).isHidden).toBe(true)
  })

  it('lists a trend per question across pulses, oldest first', () => {
    const later = { ...pulse, id: 'pulse-2', dueDate: '2027-01-08' }
    const results = [
      summarizePulse(
        later,
        [1, 2, 3, 4, 5].map((i) => ({ ...respond(i, 5, 10), requestId: 'pulse-2' })),
        5,
      ),
      summarizePulse(
        pulse,
        [1, 2, 3, 4, 5].map((i) => respond(i, 3, 5)),
        5,
      ),
    ]
    const trends = listPulseTrends(results)
    expect(trends[0]).toMatchObject({ key: 'enps', points: [{ value: -100 }, { value: 100 }] })
    expect(trends.find((t) => t.key === 'agree:growth')?.points.map((p) => p.value)).toEqual([3, 5])
  })
})
