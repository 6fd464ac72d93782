import { describe, expect, it } from 'vitest'
import type { RequestResponse } from '../../model'
import { createAgendaContext } from './context'
import { listRequestItems } from './request-items'
import { makeInput, makePerson, makeRecipient, makeRequest } from './test-fixtures'

const today = '2026-12-07'
const people = [
  makePerson('aoife', { displayName: 'Aoife Brennan' }),
  makePerson('ben', { displayName: 'Ben Ode' }),
  makePerson('gone', { displayName: 'Gus Hale', status: 'left', leftDate: '2026-11-30' }),
]
const context = createAgendaContext(people, today)

function response(id: string, requestId: string, token: string): RequestResponse {
  return {
    id,
    requestId,
    recipientToken: token,
    personId: null,
    submittedAt: '2026-11-25T10:00:00.000Z',
    importedAt: '2026-11-25T11:00:00.000Z',
    fileName: '',
    answers: [],
  }
}

describe('request items', () => {
  it('lists a request still waiting for answers, by its due date', () => {
    const request = makeRequest(
      'r1',
      [makeRecipient('aoife', { answeredAt: '2026-11-25' }), makeRecipient('ben')],
      { title: 'Year-end self-review' },
    )
    expect(listRequestItems(makeInput({ people, requests: [request] }), context)).toEqual([
      {
        id: 'request:r1',
        kind: 'request',
        date: '2026-12-10',
        personId: 'ben',
        title: 'Answers to “Year-end self-review”',
        why: 'Self-review: waiting for Ben Ode, 1 of 2 answered; it is due on 10 Dec 2026.',
        isOverdue: false,
        action: { route: '/requests/r1', label: 'Open the request' },
      },
    ])
  })

  it('counts a pulse by its responses and names no one', () => {
    const pulse = makeRequest('p1', [makeRecipient(null)], {
      kind: 'team-pulse',
      title: 'December pulse',
      dueDate: '2026-12-01',
      audiencePersonIds: ['aoife', 'ben', 'c', 'd', 'e'],
    })
    const responses = [
      response('x1', 'p1', 'a'),
      response('x2', 'p1', 'b'),
      response('x3', 'other', 'c'),
    ]
    expect(listRequestItems(makeInput({ people, requests: [pulse], responses }), context)).toEqual([
      expect.objectContaining({
        id: 'request:p1',
        personId: null,
        isOverdue: true,
        why: 'Team pulse: waiting for the team, 2 of 5 answered; it was due on 1 Dec 2026.',
      }),
    ])
  })

  it('skips closed, expired and unsent requests, and those only leavers still owe', () => {
    const requests = [
      makeRequest('closed', [makeRecipient('ben')], { status: 'closed' }),
      makeRequest('expired', [makeRecipient('ben')], { expiresOn: '2026-12-06' }),
      makeRequest('unsent', [makeRecipient('ben', { exportedAt: null })]),
      makeRequest('left', [
        makeRecipient('gone'),
        makeRecipient('aoife', { answeredAt: '2026-11-25' }),
      ]),
    ]
    expect(listRequestItems(makeInput({ people, requests }), context)).toEqual([])
  })
})
