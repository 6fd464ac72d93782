import type { InputRequest, RequestRecipient } from '../../model/requests'
import { toSafeFileName } from '../files/file-name'
import { requestPageFormat, type RequestPageData } from './formats'

/** What one request file carries: the recipient's questions and context, and the key to answer to. */
export function toRequestPageData(
  request: InputRequest,
  recipient: RequestRecipient,
  workspace: { id: string; recipient: string },
): RequestPageData {
  return {
    format: requestPageFormat,
    formatVersion: 1,
    workspaceId: workspace.id,
    requestId: request.id,
    token: recipient.token,
    recipient: workspace.recipient,
    kind: request.kind,
    title: request.title,
    message: request.message,
    askedBy: request.askedBy,
    dueDate: request.dueDate,
    expiresOn: request.expiresOn,
    isAnonymous: request.isAnonymous,
    context: recipient.context,
    questions: recipient.questions,
  }
}

/** `<title> - <person>.html`, or `<title> - team.html` for a pulse, safe on every OS. */
export function toRequestFileName(request: InputRequest, recipient: RequestRecipient): string {
  const who = recipient.personId === null ? 'team' : recipient.context.personName
  return `${toSafeFileName(`${request.title} - ${who}`, 'request').slice(0, 180)}.html`
}

/** File names for several recipients, numbered where two people share a name. */
export function toRequestFileNames(
  request: InputRequest,
  recipients: readonly RequestRecipient[],
): string[] {
  const seen = new Map<string, number>()
  return recipients.map((recipient) => {
    const name = toRequestFileName(request, recipient)
    const count = (seen.get(name.toLowerCase()) ?? 0) + 1
    seen.set(name.toLowerCase(), count)
    return count === 1 ? name : name.replace(/\.html$/, ` (${count}).html`)
  })
}
