import type { InputRequest, RequestRecipient } from '../../model/requests'
import { findAnswersProblem } from './check-answers'
import { ResponseDocument, responseFormat } from './formats'

export type ResponseCheckContext = {
  workspaceId: string
  requests: readonly InputRequest[]
  /** Response ids already imported (and those accepted earlier in the same batch). */
  importedResponseIds: ReadonlySet<string>
  /** Recipient tokens answered earlier in the same batch (a person answers once). */
  answeredTokens: ReadonlySet<string>
  today: string
  formatDate: (isoDate: string) => string
}

export type CheckedResponse =
  | {
      isAccepted: true
      fileName: string
      document: ResponseDocument
      request: InputRequest
      recipient: RequestRecipient
    }
  | { isAccepted: false; fileName: string; reason: string }

/**
 * Checks one decrypted response file: its format, this workspace, a known request that is still
 * open and not expired, not imported before, and every answer against the questions asked.
 */
export function checkResponseText(
  fileName: string,
  text: string,
  context: ResponseCheckContext,
): CheckedResponse {
  const refuse = (reason: string): CheckedResponse => ({ isAccepted: false, fileName, reason })
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return refuse('It is not a Trellis response file.')
  }
  const header = json as { format?: unknown; formatVersion?: unknown } | null
  if (header === null || typeof header !== 'object' || header.format !== responseFormat) {
    return refuse('It is not a Trellis response file.')
  }
  if (typeof header.formatVersion === 'number' && header.formatVersion > 1) {
    return refuse('It was written by a newer version of Trellis: update Trellis to import it.')
  }
  const parsed = ResponseDocument.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') || 'the file'
    return refuse(`It is not a valid response: ${where} is not as expected.`)
  }
  const document = parsed.data
  if (document.workspaceId !== context.workspaceId) {
    return refuse('It answers a request from another workspace.')
  }
  const request = context.requests.find((r) => r.id === document.requestId)
  const recipient = request?.recipients.find((r) => r.token === document.token)
  if (request === undefined || recipient === undefined) {
    return refuse('It answers a request this workspace does not know; it may have been deleted.')
  }
  const title = `“${request.title}”`
  if (request.status === 'closed') {
    return refuse(`It answers ${title}, which is closed. Reopen the request to import it.`)
  }
  if (context.today > request.expiresOn) {
    return refuse(`It answers ${title}, which expired on ${context.formatDate(request.expiresOn)}.`)
  }
  if (context.importedResponseIds.has(document.responseId)) {
    return refuse('It was imported before; nothing new in it.')
  }
  const isPulse = request.kind === 'team-pulse'
  if (!isPulse && (recipient.answeredAt !== null || context.answeredTokens.has(recipient.token))) {
    const who = recipient.context.personName || 'This person'
    return refuse(`${who} has already answered ${title}; only the first answer is kept.`)
  }
  const problem = findAnswersProblem(recipient.questions, document.answers)
  if (problem !== null) return refuse(problem)
  return { isAccepted: true, fileName, document, request, recipient }
}
