import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  answerEveryQuestion,
  createDefaultRequestInput,
  createInputRequest,
  createResponseDocument,
  questionIds,
  type NewRequestInput,
} from '../../../../shared/domain/requests'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import type { InputRequest, RequestKind, WorkspaceData } from '../../../../shared/model'
import { openWorkspaceDb } from '../workspace-db'
import { readAspirationsAnswer, readSelfReviewAnswer } from './response-answers'
import { commitResponseImport, planResponseImport } from './responses'
import { replaceWorkspaceData } from './snapshot'

const today = '2026-11-23'
const workspaceId = 'ws-answers'
let counter = 0
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`

function makeRequest(data: WorkspaceData, kind: RequestKind, patch: Partial<NewRequestInput>) {
  const base = createDefaultRequestInput({ kind }, data, { today, askedBy: 'Mara' })
  const result = createInputRequest({ ...base, ...patch }, data, {
    id: `req-${++counter}`,
    today,
    newToken: uuid,
  })
  if (!result.ok) throw new Error(result.message)
  return result.request
}

function fileFor(request: InputRequest, submittedAt: string, words: string) {
  const recipient = request.recipients[0]!
  const answers = answerEveryQuestion(
    recipient.questions,
    () => 0,
    (q) => `${words} ${q.id}`,
  )
  const document = createResponseDocument(request, recipient, {
    workspaceId,
    responseId: uuid(),
    submittedAt,
    answers,
  })
  return { fileName: 'a.trellis-response', status: 'read' as const, text: JSON.stringify(document) }
}

describe('reading answers back', () => {
  it('gives the latest self-review of the cycle and the latest aspirations, in their words', async () => {
    const data = generateSampleCompany({ today })
    data.requests = []
    data.responses = []
    const db = openWorkspaceDb('response-answers')
    await replaceWorkspaceData(db, data)
    const person = data.people.find((p) => p.status === 'active' && p.roleId !== null)!
    const cycle = data.reviewCycles[0]
    const other = { id: 'cycle-other' }
    const early = makeRequest(data, 'self-review', { personIds: [person.id], cycleId: cycle!.id })
    const late = makeRequest(data, 'self-review', { personIds: [person.id], cycleId: cycle!.id })
    const elsewhere = makeRequest(data, 'self-review', {
      personIds: [person.id],
      cycleId: other!.id,
    })
    const aspirations = makeRequest(data, 'aspirations', { personIds: [person.id] })
    await db.requests.bulkAdd([early, late, elsewhere, aspirations])
    const context = { workspaceId, today, now: `${today}T12:00:00.000Z`, formatDate: String }
    const plan = await planResponseImport(
      db,
      [
        fileFor(late, `${today}T11:00:00.000Z`, 'Later'),
        fileFor(early, `${today}T08:00:00.000Z`, 'Earlier'),
        fileFor(elsewhere, `${today}T11:30:00.000Z`, 'Other cycle'),
        fileFor(aspirations, `${today}T09:00:00.000Z`, 'Wish'),
      ],
      context,
    )
    expect(plan.checked.every((c) => c.isAccepted)).toBe(true)
    await commitResponseImport(db, plan.landing)

    expect(await readSelfReviewAnswer(db, person.id, 'no-such-cycle')).toBeNull()
    const view = await readSelfReviewAnswer(db, person.id, cycle!.id)
    expect(view?.achievements).toBe(`Later ${questionIds.achievements}`)
    expect(view?.submittedAt).toBe(`${today}T11:00:00.000Z`)
    const wishes = await readAspirationsAnswer(db, person.id)
    expect(wishes?.support).toBe(`Wish ${questionIds.support}`)
    expect(wishes?.nextRole).toEqual({ isStaying: true })
    const someoneElse = data.people.find((p) => p.id !== person.id)!
    expect(await readAspirationsAnswer(db, someoneElse.id)).toBeNull()
    db.close()
  })
})
