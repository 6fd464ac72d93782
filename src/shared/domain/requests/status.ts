import type { Person } from '../../model/people'
import type { InputRequest, RequestRecipient, RequestResponse } from '../../model/requests'
import { requestKindLabels } from './kinds'

export type RecipientState = 'not-exported' | 'exported' | 'answered' | 'expired' | 'closed'

export const recipientStateLabels: Record<RecipientState, string> = {
  'not-exported': 'Not sent yet',
  exported: 'Waiting for an answer',
  answered: 'Answered',
  expired: 'Expired',
  closed: 'Closed',
}

/** A request still takes answers while it is open and its expiry day has not passed. */
export function isRequestOpen(request: InputRequest, today: string): boolean {
  return request.status === 'open' && today <= request.expiresOn
}

export function findRecipientState(
  request: InputRequest,
  recipient: RequestRecipient,
  today: string,
): RecipientState {
  if (recipient.answeredAt !== null && request.kind !== 'team-pulse') return 'answered'
  if (request.status === 'closed') return 'closed'
  if (today > request.expiresOn) return 'expired'
  return recipient.exportedAt === null ? 'not-exported' : 'exported'
}

export type RequestSummary = {
  total: number
  exported: number
  answered: number
  /** Recipients (or, for a pulse, the team) still expected to answer. */
  outstanding: number
  /** Pulse: responses received and the share of the team they are. */
  responseCount: number
  responseRate: number | null
  state: 'draft' | 'open' | 'overdue' | 'expired' | 'closed' | 'complete'
}

export function summarizeRequest(
  request: InputRequest,
  responses: readonly RequestResponse[],
  today: string,
): RequestSummary {
  const own = responses.filter((r) => r.requestId === request.id)
  const isPulse = request.kind === 'team-pulse'
  const total = isPulse ? request.audiencePersonIds.length : request.recipients.length
  const exported = request.recipients.filter((r) => r.exportedAt !== null).length
  const answered = isPulse
    ? Math.min(own.length, total)
    : request.recipients.filter((r) => r.answeredAt !== null).length
  const isOver = request.status === 'closed' || today > request.expiresOn
  const outstanding = isOver || exported === 0 ? 0 : Math.max(0, total - answered)
  const state: RequestSummary['state'] =
    request.status === 'closed'
      ? 'closed'
      : answered >= total && total > 0
        ? 'complete'
        : today > request.expiresOn
          ? 'expired'
          : exported === 0
            ? 'draft'
            : today > request.dueDate
              ? 'overdue'
              : 'open'
  return {
    total,
    exported,
    answered,
    outstanding,
    responseCount: own.length,
    responseRate: total === 0 ? null : Math.min(1, own.length / total),
    state,
  }
}

export type OutstandingRequest = {
  requestId: string
  title: string
  kindLabel: string
  /** Who is still to answer: "Ana Lima", "Ana Lima, Ben Ode and 3 more", or the team for a pulse. */
  who: string
  /** The one person still to answer, when there is exactly one. */
  personId: string | null
  answered: number
  total: number
  dueDate: string
  isOverdue: boolean
}

const namesShown = 2

/** Every open request still waiting for answers, one row each, soonest due first: the dashboard's list. */
export function listOutstandingRequests(
  requests: readonly InputRequest[],
  responses: readonly RequestResponse[],
  people: readonly Person[],
  today: string,
): OutstandingRequest[] {
  const names = new Map(people.map((p) => [p.id, p.displayName]))
  const rows: OutstandingRequest[] = []
  for (const request of requests) {
    if (!isRequestOpen(request, today)) continue
    const summary = summarizeRequest(request, responses, today)
    if (summary.outstanding === 0) continue
    const waiting = request.recipients.filter((r) => r.exportedAt !== null && r.answeredAt === null)
    const waitingNames = waiting.map(
      (r) => (r.personId === null ? undefined : names.get(r.personId)) ?? r.context.personName,
    )
    const isPulse = request.kind === 'team-pulse'
    if (!isPulse && waiting.length === 0) continue
    rows.push({
      requestId: request.id,
      title: request.title,
      kindLabel: requestKindLabels[request.kind],
      who: isPulse ? 'The team' : listNames(waitingNames),
      personId: !isPulse && waiting.length === 1 ? (waiting[0]!.personId ?? null) : null,
      answered: summary.answered,
      total: summary.total,
      dueDate: request.dueDate,
      isOverdue: today > request.dueDate,
    })
  }
  return rows.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title))
}

function listNames(names: readonly string[]): string {
  const sorted = [...names].sort((a, b) => a.localeCompare(b))
  if (sorted.length <= namesShown + 1) {
    return sorted.length <= 1
      ? (sorted[0] ?? '')
      : `${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]}`
  }
  return `${sorted.slice(0, namesShown).join(', ')} and ${sorted.length - namesShown} more`
}
