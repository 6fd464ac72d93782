import { describe, expect, it } from 'vitest'
import { RequestPageData } from '../shared/domain/requests/formats'
import {
  buildResponseDocument,
  findUnansweredRequired,
  readDraft,
  serializeDraft,
  toResponseFileName,
} from './answers'

const data = RequestPageData.parse({
  format: 'trellis-request',
  formatVersion: 1,
  workspaceId: 'ws-1',
  requestId: 'req-1',
  token: '6f1c2b1e-3a4d-4c5e-8f90-1a2b3c4d5e6f',
  recipient: `age1${'q'.repeat(58)}`,
  kind: 'self-review',
  title: 'Review: H2/2026',
  message: '',
  askedBy: 'Mara',
  dueDate: '2026-12-10',
  expiresOn: '2026-12-31',
  isAnonymous: false,
  context: { personName: 'Ana Lima' },
  questions: [
    {
      id: 's',
      type: 'scale',
      prompt: 'S',
      isRequired: true,
      options: [
        { value: 1, label: 'One' },
        { value: 2, label: 'Two' },
      ],
    },
    { id: 't', type: 'text', prompt: 'T', maxLength: 5 },
    { id: 'l', type: 'list', prompt: 'L', maxItems: 2 },
    {
      id: 'c',
      type: 'choice',
      prompt: 'C',
      isMultiple: true,
      options: [{ value: 'a', label: 'A' }],
    },
  ],
})

describe('the page answers', () => {
  it('writes one answer per question, null where unanswered, trimmed and capped', () => {
    const answers = new Map<string, never>(
      Object.entries({ s: 2, t: '  hello world ', l: [' a ', '', 'b', 'c'], c: [] }) as never,
    )
    const doc = buildResponseDocument(data, answers, {
      responseId: '00000000-0000-4000-8000-000000000001',
      submittedAt: '2026-12-01T10:00:00.000Z',
    })
    expect(doc.answers).toEqual([
      { questionId: 's', value: 2 },
      { questionId: 't', value: 'hello' },
      { questionId: 'l', value: ['a', 'b'] },
      { questionId: 'c', value: null },
    ])
    expect(findUnansweredRequired(data.questions, new Map()).map((q) => q.id)).toEqual(['s'])
  })

  it('keeps from a draft only what still fits the questions', () => {
    const text = serializeDraft(new Map(Object.entries({ s: 7, t: 'hi', x: 'gone' })), 'now')
    expect([...readDraft(text, data.questions)!.answers]).toEqual([['t', 'hi']])
    expect(readDraft('not json', data.questions)).toBeNull()
  })

  it('names the file after the request and the person, safely', () => {
    expect(toResponseFileName(data)).toBe('Review H2 2026 - Ana Lima.trellis-response')
  })
})
