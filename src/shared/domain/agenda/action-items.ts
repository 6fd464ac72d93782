import type { Checkin } from '../../model'
import { indexCarriedIds, isActionOpen } from '../checkins/actions'
import { createItem, formatDay, linkTo, shortenText, type AgendaContext } from './context'
import type { AgendaInput, AgendaItem } from './types'

/**
 * Open action items from check-ins (open as the check-ins domain says: not done, not carried to
 * a later check-in), dated by their due date or, without one, by the check-in they came from.
 */
export function listActionItems(
  input: Pick<AgendaInput, 'actionItems' | 'checkins'>,
  context: AgendaContext,
): AgendaItem[] {
  const { today } = context
  const carried = indexCarriedIds(input.actionItems)
  const open = input.actionItems.filter(
    (action) => context.active.has(action.personId) && isActionOpen(action, carried),
  )
  // Only the check-ins open actions came from: most of years of check-ins have none left.
  const wanted = new Set(open.map((action) => action.checkinId))
  const checkins = new Map<string, Checkin>()
  for (const checkin of input.checkins) {
    if (wanted.has(checkin.id)) checkins.set(checkin.id, checkin)
  }
  const items: AgendaItem[] = []
  for (const action of open) {
    const person = context.active.get(action.personId)
    const checkin = checkins.get(action.checkinId)
    const date = action.dueDate ?? checkin?.date
    if (!person || date === undefined) continue
    const held = checkin ? ` at the check-in on ${formatDay(checkin.date)}` : ''
    const agreed =
      action.owner === 'manager'
        ? `You agreed to this with ${person.displayName}${held}`
        : `${person.displayName} agreed to this${held}`
    const due =
      action.dueDate === null
        ? 'it has no due date of its own'
        : `it ${action.dueDate < today ? 'was' : 'is'} due on ${formatDay(action.dueDate)}`
    items.push(
      createItem(
        {
          id: `action:${action.id}`,
          kind: 'action',
          date,
          personId: person.id,
          title: shortenText(action.text),
          why: `${agreed}; ${due}.`,
          action: checkin
            ? { route: linkTo('checkins', checkin.id), label: 'Open the check-in' }
            : { route: linkTo('people', person.id), label: 'Open their profile' },
        },
        today,
      ),
    )
  }
  return items
}
