import { describe, expect, it } from 'vitest'
import { createAgendaContext } from './context'
import { makeEnrolment, makeInitiative, makeInput, makePerson, makeResults } from './test-fixtures'
import { listTrainingResultItems } from './training-items'

const today = '2026-12-07'
const people = [
  makePerson('aoife', { displayName: 'Aoife Brennan' }),
  makePerson('gone', { status: 'left', leftDate: '2026-11-01' }),
]
const context = createAgendaContext(people, today)
const kpis = [
  {
    id: 'kpi-sale',
    name: 'Average sale',
    description: '',
    unit: '€',
    direction: 'higher-is-better' as const,
    scope: 'person' as const,
  },
]
const initiatives = [
  makeInitiative('latte', { title: 'Latte art', kpiId: 'kpi-sale' }),
  makeInitiative('no-kpi', { title: 'Team lunch' }),
]

describe('training results items', () => {
  it('asks for results 90 days after a finished training with a KPI', () => {
    const input = makeInput({
      people,
      kpis,
      initiatives,
      enrolments: [makeEnrolment('e1', 'aoife', 'latte', { endDate: '2026-09-01' })],
      evaluations: [
        {
          id: 'reaction',
          enrolmentId: 'e1',
          date: '2026-09-02',
          note: '',
          kind: 'reaction',
          relevance: 4,
          engagement: 4,
          wouldRecommend: true,
        },
      ],
    })
    expect(listTrainingResultItems(input, context)).toEqual([
      {
        id: 'training-results:e1',
        kind: 'training-results',
        date: '2026-11-30',
        personId: 'aoife',
        title: 'Results of Latte art for Aoife Brennan',
        why: 'Aoife Brennan finished it on 1 Sep 2026; 90 days on, compare Average sale before and after to see what it changed.',
        isOverdue: true,
        action: { route: '/evaluation', label: 'Record results' },
      },
    ])
  })

  it('is done once a results evaluation exists, and skips what cannot be measured', () => {
    const input = makeInput({
      people,
      kpis,
      initiatives,
      enrolments: [
        makeEnrolment('measured', 'aoife', 'latte'),
        makeEnrolment('running', 'aoife', 'latte', { status: 'in-progress' }),
        makeEnrolment('withdrawn', 'aoife', 'latte', { status: 'withdrawn' }),
        makeEnrolment('undated', 'aoife', 'latte', { endDate: null }),
        makeEnrolment('no-kpi', 'aoife', 'no-kpi'),
        makeEnrolment('theirs', 'gone', 'latte'),
        makeEnrolment('lost', 'aoife', 'deleted-training'),
      ],
      evaluations: [makeResults('r1', 'measured', 'kpi-sale')],
    })
    expect(listTrainingResultItems(input, context)).toEqual([])
  })

  it('names the KPI generically when it is gone', () => {
    const input = makeInput({
      people,
      initiatives,
      enrolments: [makeEnrolment('e1', 'aoife', 'latte', { endDate: '2026-10-15' })],
    })
    expect(listTrainingResultItems(input, context)[0]).toMatchObject({
      date: '2027-01-13',
      isOverdue: false,
      why: 'Aoife Brennan finished it on 15 Oct 2026; 90 days on, compare its KPI before and after to see what it changed.',
    })
  })
})
