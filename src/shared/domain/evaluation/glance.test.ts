import { describe, expect, it } from 'vitest'
import type { Evaluation } from '../../model'
import { evaluateInitiatives } from './cards'
import { countRoiStatuses, summariseCard } from './glance'
import { assumptions, data, enrolment, initiative, kpi, measure, person } from './test-fixtures'
import { createWording } from './wording'

const today = '2026-12-01'
const w = createWording('EUR', 'en-GB')

const evaluations: Evaluation[] = [
  {
    id: 'r1',
    enrolmentId: 'e1',
    date: '2026-04-11',
    note: '',
    kind: 'reaction',
    relevance: 5,
    engagement: 4,
    wouldRecommend: true,
  },
  {
    id: 'l1',
    enrolmentId: 'e1',
    date: '2026-04-11',
    note: '',
    kind: 'learning',
    scoreBefore: 60,
    scoreAfter: 80,
  },
  {
    id: 'b1',
    enrolmentId: 'e1',
    date: '2026-06-01',
    note: '',
    kind: 'behaviour',
    observationRating: 4,
  },
]

function setUp() {
  return data({
    people: [person('p1', { teamId: 't1' }), person('p2', { teamId: 't1' })],
    initiatives: [
      initiative({
        kpiId: 'kpi-1',
        targetChange: 4,
        evaluationAssumptions: assumptions({ valuePerUnit: 300 }),
      }),
      initiative({ id: 'init-2', title: 'Nobody yet' }),
    ],
    enrolments: [
      enrolment('e1', 'p1', { startDate: '2026-04-01', endDate: '2026-04-10' }),
      enrolment('e2', 'p2', { startDate: '2026-04-01', endDate: '2026-04-10' }),
    ],
    evaluations,
    kpis: [kpi()],
    kpiMeasurements: [
      measure('t1', '2026-03-01', 10),
      measure('t1', '2026-03-31', 12),
      measure('t1', '2026-04-11', 15),
      measure('t1', '2026-07-09', 17),
    ],
  })
}

describe('at a glance', () => {
  it('gives each level its figure, the ROI and the evidence missing in short', () => {
    const [card, empty] = evaluateInitiatives(setUp(), today, { locale: 'en-GB' })
    expect(summariseCard(card!, w)).toEqual({
      kind: 'initiative',
      id: 'init-1',
      title: 'Training one',
      counts: '2 enrolled · 2 completed',
      reaction: { hasEvidence: true, text: '4.5 / 5', detail: '100% recommend · 1 survey' },
      learning: { hasEvidence: true, text: '+20 points', detail: 'test 60 → 80' },
      behaviour: { hasEvidence: true, text: '4 / 5', detail: 'observed on the job (1)' },
      results: {
        hasEvidence: true,
        text: '+5 Throughput',
        detail: 'target +4 reached',
        trend: 'up',
      },
      roi: { status: 'paid-back', text: '+50%', label: 'paid back' },
      missing: [
        '1 survey',
        '1 test score',
        'skill assessment',
        '1 observation',
        'practice answers',
      ],
    })
    expect(summariseCard(empty!, w)).toMatchObject({
      title: 'Nobody yet',
      counts: '0 enrolled · 0 completed',
      reaction: { hasEvidence: false, text: 'Missing', detail: 'no survey' },
      results: { hasEvidence: false, text: 'Missing', detail: 'not finished yet' },
      roi: { status: 'not-finished', text: '—', label: 'not finished yet' },
      missing: ['enrolments'],
    })
  })

  it('says a level-4 KPI moved the wrong way and what is missing to value it', () => {
    const input = setUp()
    input.kpis = [kpi({ direction: 'lower-is-better', unit: '%' })]
    input.initiatives[0] = {
      ...input.initiatives[0]!,
      targetChange: -4,
      evaluationAssumptions: assumptions({ valuePerUnit: null }),
    }
    const [card] = evaluateInitiatives(input, today, { locale: 'en-GB' })
    const glance = summariseCard(card!, w)
    expect(glance.results).toEqual({
      hasEvidence: true,
      text: '+5 pts Throughput',
      detail: 'target −4 pts not reached',
      trend: 'down',
    })
    expect(glance.roi).toEqual({ status: 'no-value', text: '—', label: 'no value per unit' })
    expect(glance.missing.at(-1)).toBe('value per unit')
    expect(card!.evidenceNeeded.at(-1)).toBe(
      'What one unit of Throughput is worth a month, for the ROI.',
    )
  })

  it('counts the cards by ROI status in the order a manager reads them', () => {
    const cards = evaluateInitiatives(setUp(), today)
    expect(countRoiStatuses(cards)).toEqual([
      { status: 'paid-back', label: 'paid back', count: 1 },
      { status: 'not-finished', label: 'not finished yet', count: 1 },
    ])
  })
})
