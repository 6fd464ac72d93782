import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  answerEveryQuestion,
  createDefaultRequestInput,
  createInputRequest,
  createResponseDocument,
  type NewRequestInput,
} from '../../../../shared/domain/requests'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import type { Answer, InputRequest, RequestKind, WorkspaceData } from '../../../../shared/model'
import { openWorkspaceDb } from '../workspace-db'
import { commitResponseImport, planResponseImport, type ResponseFileInput } from './responses'
import { replaceWorkspaceData } from './snapshot'
import { readWorkspaceData } from './snapshot'

const today = '2026-11-23'
const workspaceId = 'ws-responses'
const context = {
  workspaceId,
  today,
  now: `${today}T10:00:00.000Z`,
  formatDate: (d: string) => d,
}
let counter = 0
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`

async function setUp(name: string) {
  const data = generateSampleCompany({ today })
  // The sample company brings requests of its own; these tests make theirs.
  data.requests = []
  data.responses = []
  const db = openWorkspaceDb(name)
  await replaceWorkspaceData(db, data)
  return { db, data }
}

function makeRequest(
  data: WorkspaceData,
  kind: RequestKind,
  patch: Partial<NewRequestInput> = {},
): InputRequest {
  const base = createDefaultRequestInput({ kind }, data, { today, askedBy: 'Mara' })
  const result = createInputRequest({ ...base, ...patch }, data, {
    id: `req-${kind}-${++counter}`,
    today,
    newToken: uuid,
  })
  if (!result.ok) throw new Error(result.message)
  for (const r of result.request.recipients) r.exportedAt = today
  return result.request
}

function fileFor(request: InputRequest, answers?: Answer[], index = 0): ResponseFileInput {
  const recipient = request.recipients[index]!
  const document = createResponseDocument(request, recipient, {
    workspaceId,
    responseId: uuid(),
    submittedAt: `${today}T09:00:00.000Z`,
    answers: answers ?? answerEveryQuestion(recipient.questions, (_, n) => n - 1),
  })
  return {
    fileName: `${request.title}.trellis-response`,
    status: 'read',
    text: JSON.stringify(document),
  }
}

describe('importing responses', () => {
  it('lands each kind where it belongs, in one transaction', async () => {
    const { db, data } = await setUp('responses-land')
    const person = data.people.find((p) => p.status === 'active' && p.roleId !== null)!
    const colleague = data.people.find((p) => p.status === 'active' && p.id !== person.id)!
    const enrolment = data.enrolments.find((e) => e.status === 'completed')!
    const cycle = data.reviewCycles[0]!
    const requests = [
      makeRequest(data, 'self-review', { personIds: [person.id], cycleId: cycle.id }),
      makeRequest(data, 'checkin-prep', { personIds: [person.id] }),
      makeRequest(data, 'aspirations', { personIds: [person.id] }),
      makeRequest(data, 'peer-feedback', { personIds: [colleague.id], subjectPersonId: person.id }),
      makeRequest(data, 'training-reaction', {
        personIds: [enrolment.personId],
        enrolmentId: enrolment.id,
      }),
      makeRequest(data, 'team-pulse', { personIds: data.people.map((p) => p.id) }),
    ]
    await db.requests.bulkAdd(requests)
    const before = await readWorkspaceData(db)
    const plan = await planResponseImport(
      db,
      requests.map((r) => fileFor(r)),
      context,
    )
    expect(plan.checked.map((c) => (c.isAccepted ? 'ok' : c.reason))).toEqual(Array(6).fill('ok'))
    expect(plan.landing.previews.map((p) => p.lines.length > 0)).toEqual(Array(6).fill(true))
    await commitResponseImport(db, plan.landing)
    const after = await readWorkspaceData(db)

    const selfRatings = after.assessments.filter(
      (a) => a.source === 'self' && a.personId === person.id && a.date === today,
    )
    const skillQuestions = requests[0]!.recipients[0]!.questions.filter((q) =>
      q.id.startsWith('skill:'),
    )
    expect(selfRatings).toHaveLength(skillQuestions.length)
    const review = after.reviews.find((r) => r.cycleId === cycle.id && r.personId === person.id)!
    expect(review.selfRatings.map((r) => r.skillId).sort()).toEqual(
      selfRatings.map((a) => a.skillId).sort(),
    )
    const prepped = after.checkins.find((c) => c.personId === person.id && c.prep)
    expect(prepped?.status).toBe('draft')
    expect(prepped?.prep?.agenda.length).toBe(1)
    expect(after.aspirations.filter((a) => a.personId === person.id).length).toBeGreaterThanOrEqual(
      before.aspirations.filter((a) => a.personId === person.id).length,
    )
    const peer = after.feedback.find((f) => f.responseId && f.personId === person.id)
    expect(peer).toMatchObject({ source: 'peer', authorName: colleague.displayName })
    const reaction = after.evaluations.find(
      (e) =>
        e.enrolmentId === enrolment.id &&
        e.kind === 'reaction' &&
        'responseId' in e &&
        e.responseId,
    )
    expect(reaction).toMatchObject({ relevance: 5, engagement: 5, usefulness: 5, confidence: 5 })
    expect(after.responses).toHaveLength(6)
    expect(after.responses.find((r) => r.requestId === requests[5]!.id)?.personId).toBeNull()
    expect(after.requests.find((r) => r.id === requests[0]!.id)?.recipients[0]!.answeredAt).toBe(
      today,
    )
  })

  it('refuses each bad file with its reason, keeps the good ones, and changes nothing for the bad', async () => {
    const { db, data } = await setUp('responses-refuse')
    const person = data.people.find((p) => p.status === 'active' && p.roleId !== null)!
    const prep = makeRequest(data, 'checkin-prep', { personIds: [person.id] })
    const closed = {
      ...makeRequest(data, 'checkin-prep', { personIds: [person.id] }),
      status: 'closed' as const,
    }
    const expired = makeRequest(data, 'checkin-prep', {
      personIds: [person.id],
      dueDate: today,
      expiresOn: today,
    })
    const reaction = makeRequest(data, 'training-reaction', {
      personIds: [person.id],
      enrolmentId: data.enrolments[0]!.id,
    })
    await db.requests.bulkAdd([prep, closed, expired, reaction])
    const good = fileFor(prep)
    const foreign = JSON.parse(good.status === 'read' ? good.text : '') as Record<string, unknown>
    const files: ResponseFileInput[] = [
      good,
      { ...good, fileName: 'again.trellis-response' },
      {
        fileName: 'second.trellis-response',
        status: 'read',
        text: JSON.stringify({ ...foreign, responseId: uuid() }),
      },
      {
        fileName: 'other.trellis-response',
        status: 'read',
        text: JSON.stringify({ ...foreign, workspaceId: 'x', responseId: uuid() }),
      },
      {
        fileName: 'unknown.trellis-response',
        status: 'read',
        text: JSON.stringify({ ...foreign, requestId: 'gone', responseId: uuid() }),
      },
      fileFor(closed),
      fileFor(expired),
      fileFor(reaction, [{ questionId: 'relevance', value: 9 }]),
      fileFor(reaction, [{ questionId: 'salary', value: 'more' }]),
      { fileName: 'notes.trellis-response', status: 'read', text: '{"hello": 1}' },
      {
        fileName: 'big.trellis-response',
        status: 'refused',
        reason: 'big.trellis-response is larger than 10 MB.',
      },
    ]
    const plan = await planResponseImport(db, files, { ...context, today: '2026-11-24' })
    const reasons = plan.checked.map((c) => (c.isAccepted ? 'ok' : c.reason))
    expect(reasons[0]).toBe('ok')
    expect(reasons[1]).toMatch(/imported before/)
    expect(reasons[2]).toMatch(/already answered/)
    expect(reasons[3]).toMatch(/another workspace/)
    expect(reasons[4]).toMatch(/does not know/)
    expect(reasons[5]).toMatch(/which is closed/)
    expect(reasons[6]).toMatch(/expired on 2026-11-23/)
    expect(reasons[7]).toMatch(/is 9, which is not on its scale \(1 to 5\)/)
    expect(reasons[8]).toMatch(/did not ask/)
    expect(reasons[9]).toBe('It is not a Trellis response file.')
    expect(reasons[10]).toMatch(/larger than 10 MB/)
    const before = await readWorkspaceData(db)
    await commitResponseImport(db, plan.landing)
    const after = await readWorkspaceData(db)
    expect(after.responses).toHaveLength(1)
    // Only the good file's records changed: the refused ones wrote nothing.
    expect(after.checkins.length - before.checkins.length).toBeLessThanOrEqual(1)
    expect(after.evaluations).toEqual(before.evaluations)
    expect(after.requests.find((r) => r.id === reaction.id)).toEqual(reaction)
    // the same file a second time: refused as imported before
    const again = await planResponseImport(db, [good], { ...context, today: '2026-11-24' })
    expect(again.checked[0]).toMatchObject({
      isAccepted: false,
      reason: 'It was imported before; nothing new in it.',
    })
  })
})
