import type { InputRequest } from '../../model'
import { isRequestOpen, listOutstandingRequests } from '../requests/status'
import { createItem, formatDay, linkTo, type AgendaContext } from './context'
import type { AgendaInput, AgendaItem } from './types'

/**
 * Requests still waiting for answers (the dashboard's list, `listOutstandingRequests`), dated by
 * their due date. A request whose only outstanding people have left is dropped.
 */
export function listRequestItems(
  input: Pick<AgendaInput, 'requests' | 'responses' | 'people'>,
  context: AgendaContext,
): AgendaItem[] {
  const { today } = context
  const open = new Map<string, InputRequest>()
  for (const request of input.requests) {
    if (isRequestOpen(request, today)) open.set(request.id, request)
  }
  // Only open requests' responses are counted: the full table grows with every answer ever taken.
  const responses = input.responses.filter((response) => open.has(response.requestId))
  const rows = listOutstandingRequests([...open.values()], responses, input.people, today)
  const items: AgendaItem[] = []
  for (const row of rows) {
    const request = open.get(row.requestId)!
    if (request.kind !== 'team-pulse' && !isAnyoneActiveWaiting(request, context)) continue
    const who = request.kind === 'team-pulse' ? 'the team' : row.who
    const due = `${row.dueDate < today ? 'it was' : 'it is'} due on ${formatDay(row.dueDate)}`
    items.push(
      createItem(
        {
          id: `request:${row.requestId}`,
          kind: 'request',
          date: row.dueDate,
          personId: row.personId,
          title: `Answers to “${row.title}”`,
          why: `${row.kindLabel}: waiting for ${who}, ${row.answered} of ${row.total} answered; ${due}.`,
          action: { route: linkTo('requests', row.requestId), label: 'Open the request' },
        },
        today,
      ),
    )
  }
  return items
}

function isAnyoneActiveWaiting(request: InputRequest, context: AgendaContext): boolean {
  return request.recipients.some(
    (recipient) =>
      recipient.exportedAt !== null &&
      recipient.answeredAt === null &&
      (recipient.personId === null || context.active.has(recipient.personId)),
  )
}
