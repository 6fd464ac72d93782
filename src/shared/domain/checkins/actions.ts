import type { ActionItem, Checkin } from '../../model'

export type ActionState = 'open' | 'done' | 'carried'

/**
 * Carrying an open item to the next check-in creates a copy there with `carriedFromId`; the
 * original stays as it was written, and counts as carried (closed) because a copy points at it.
 * Deleting the copy makes the original open again. One rule for old and new data alike.
 */
export function indexCarriedIds(actions: readonly ActionItem[]): Set<string> {
  const carried = new Set<string>()
  for (const action of actions) if (action.carriedFromId !== null) carried.add(action.carriedFromId)
  return carried
}

export function describeActionState(action: ActionItem, carried: ReadonlySet<string>): ActionState {
  if (action.isDone) return 'done'
  return carried.has(action.id) ? 'carried' : 'open'
}

export function isActionOpen(action: ActionItem, carried: ReadonlySet<string>): boolean {
  return describeActionState(action, carried) === 'open'
}

/** Open items (not done, not carried forward), optionally for one person, oldest due first. */
export function listOpenActions(actions: readonly ActionItem[], personId?: string): ActionItem[] {
  const carried = indexCarriedIds(actions)
  return actions
    .filter((a) => (personId === undefined || a.personId === personId) && isActionOpen(a, carried))
    .sort(
      (a, b) =>
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id.localeCompare(b.id),
    )
}

function isEarlier(a: Pick<Checkin, 'date' | 'id'>, b: Pick<Checkin, 'date' | 'id'>): boolean {
  return a.date < b.date || (a.date === b.date && a.id < b.id)
}

/** The person's latest finished check-in before `current` (or before `today` when there is none). */
export function findPreviousCheckin(
  checkins: readonly Checkin[],
  current: Pick<Checkin, 'personId' | 'date' | 'id'>,
): Checkin | null {
  let previous: Checkin | null = null
  for (const checkin of checkins) {
    if (checkin.personId !== current.personId || checkin.id === current.id) continue
    if (checkin.status !== 'done' || !isEarlier(checkin, current)) continue
    if (previous === null || isEarlier(previous, checkin)) previous = checkin
  }
  return previous
}

/**
 * What the top of a check-in lists: items still open from the person's earlier check-ins
 * (the previous one, and anything older that was neither done nor carried).
 */
export function listActionsToReview(
  checkins: readonly Checkin[],
  actions: readonly ActionItem[],
  current: Pick<Checkin, 'personId' | 'date' | 'id'>,
): ActionItem[] {
  const earlier = new Set(
    checkins
      .filter(
        (c) => c.personId === current.personId && c.id !== current.id && isEarlier(c, current),
      )
      .map((c) => c.id),
  )
  // Copies already made in this check-in close their originals, so they leave this list.
  return listOpenActions(actions, current.personId).filter((a) => earlier.has(a.checkinId))
}

/** A copy of an open item for the next check-in; the original then counts as carried. */
export function carryAction(
  action: ActionItem,
  target: { checkinId: string; id: string; dueDate?: string | null },
): ActionItem {
  if (action.isDone) throw new Error('A done action item is not carried over.')
  if (target.checkinId === action.checkinId) {
    throw new Error('An action item is carried to a later check-in, not its own.')
  }
  return {
    ...action,
    id: target.id,
    checkinId: target.checkinId,
    dueDate: target.dueDate === undefined ? action.dueDate : target.dueDate,
    isDone: false,
    doneDate: null,
    carriedFromId: action.id,
  }
}

export function completeAction(action: ActionItem, today: string): ActionItem {
  return { ...action, isDone: true, doneDate: action.doneDate ?? today }
}

export function reopenAction(action: ActionItem): ActionItem {
  return { ...action, isDone: false, doneDate: null }
}

/** How many times an item was carried, following `carriedFromId` back to where it started. */
export function countCarries(action: ActionItem, actions: readonly ActionItem[]): number {
  const byId = new Map(actions.map((a) => [a.id, a]))
  let count = 0
  let current = action
  const seen = new Set<string>([action.id])
  while (current.carriedFromId !== null) {
    const origin = byId.get(current.carriedFromId)
    if (origin === undefined || seen.has(origin.id)) break
    seen.add(origin.id)
    count += 1
    current = origin
  }
  return count
}

export function isActionOverdue(action: ActionItem, today: string): boolean {
  return !action.isDone && action.dueDate !== null && action.dueDate < today
}
