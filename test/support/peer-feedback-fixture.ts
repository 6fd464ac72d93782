import {
  answerEveryQuestion,
  createDefaultRequestInput,
  createInputRequest,
  createResponseDocument,
  planResponseLanding,
} from '../../src/shared/domain/requests'
import { generateSampleCompany } from '../../src/shared/domain/sample/generate'
import type { WorkspaceData } from '../../src/shared/model'

export const peerFixtureToday = '2026-11-23'

/**
 * The sample company with one peer-feedback request about one person, answered by `raterCount`
 * colleagues and landed as an import would land it. Texts start with "PEER-TEXT-<n>".
 */
export function createPeerFeedbackData(options: { raterCount: number; isAnonymous: boolean }): {
  data: WorkspaceData
  personId: string
  raterNames: string[]
  period: { label: string; start: string; end: string }
} {
  const today = peerFixtureToday
  const data = generateSampleCompany({ today })
  data.requests = []
  data.responses = []
  let counter = 0
  const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`
  const person = data.people.find((p) => p.status === 'active' && p.teamId !== null)!
  const raters = data.people
    .filter((p) => p.status === 'active' && p.id !== person.id)
    .slice(0, options.raterCount)
  const base = createDefaultRequestInput({ kind: 'peer-feedback' }, data, {
    today,
    askedBy: 'Sinéad Ryan',
  })
  const result = createInputRequest(
    {
      ...base,
      personIds: raters.map((r) => r.id),
      subjectPersonId: person.id,
      isAnonymous: options.isAnonymous,
    },
    data,
    { id: 'req-peer', today, newToken: uuid },
  )
  if (!result.ok) throw new Error(result.message)
  const request = result.request
  const accepted = request.recipients.map((recipient, index) => ({
    isAccepted: true as const,
    fileName: `peer-${index}.trellis-response`,
    request,
    recipient,
    document: createResponseDocument(request, recipient, {
      workspaceId: 'ws',
      responseId: uuid(),
      submittedAt: `${today}T09:0${index}:00.000Z`,
      answers: answerEveryQuestion(
        recipient.questions,
        (_, count) => (index + 2) % count,
        (q) => `PEER-TEXT-${index}: ${q.prompt.toLowerCase()}`,
      ),
    }),
  }))
  const { writes } = planResponseLanding(accepted, data, {
    now: `${today}T10:00:00.000Z`,
    newId: uuid,
  })
  data.requests.push(...writes.requests)
  data.responses.push(...writes.responses)
  data.feedback.push(...writes.feedback)
  return {
    data,
    personId: person.id,
    raterNames: raters.map((r) => r.displayName),
    period: { label: '2026', start: '2026-01-01', end: '2026-12-31' },
  }
}
