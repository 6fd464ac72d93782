import {
  recipientStateLabels,
  type RecipientState,
  type RequestSummary,
} from '../../../../shared/domain/requests'
import type { InputRequest, Person, RequestRecipient } from '../../../../shared/model'

/** The list's State column: how far the answers are, or why none come any more. */
export function describeRequestState(request: InputRequest, summary: RequestSummary): string {
  const isPulse = request.kind === 'team-pulse'
  const answered = isPulse
    ? `${summary.responseCount} of ${summary.total} ${summary.total === 1 ? 'response' : 'responses'}`
    : `${summary.answered} of ${summary.total} answered`
  switch (summary.state) {
    case 'closed':
      return `Closed · ${answered}`
    case 'expired':
      return `Expired · ${answered}`
    case 'draft':
      return 'Not sent yet'
    case 'complete':
      return isPulse ? answered : `All answered (${summary.total})`
    case 'overdue':
      return `${answered} · overdue`
    case 'open':
      return answered
  }
}

/** "Ana Silva, Bo Lind and 3 more"; a pulse names nobody, only how many were asked. */
export function describePeopleAsked(request: InputRequest, people: readonly Person[]): string {
  const count = request.audiencePersonIds.length
  if (request.kind === 'team-pulse')
    return `${count} ${count === 1 ? 'person' : 'people'} (one file)`
  const names = request.recipients.map(
    (r) => people.find((p) => p.id === r.personId)?.displayName ?? r.context.personName,
  )
  if (names.length <= 2) return names.join(' and ')
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`
}

export function describeRecipientState(
  state: RecipientState,
  recipient: RequestRecipient,
  formatDate: (iso: string) => string,
): string {
  if (state === 'answered' && recipient.answeredAt !== null) {
    return `Answered on ${formatDate(recipient.answeredAt)}`
  }
  return recipientStateLabels[state]
}
