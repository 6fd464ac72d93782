import type { Person } from '../../model'
import { splitFullName } from './names'
import { toLooseNameKey, type PeopleIndex } from './person-index'
import { toMatchKey } from './text'

export type ManagerResolution =
  { kind: 'found'; person: Person } | { kind: 'missing' } | { kind: 'ambiguous'; count: number }

/** Where a manager cell is looked up: the file's people as they will be, and everyone else. */
export interface ManagerSearch {
  inFile: PeopleIndex
  stored: PeopleIndex
  /** Stored people the file describes: their stored keys may be out of date, so skip them. */
  fileIds: ReadonlySet<string>
}

type Lookup = (index: PeopleIndex) => readonly Person[]

/**
 * Finds the person a manager cell names: by employee ID, else email, else name ("Last, First",
 * stray spaces and middle initials too). For each key, people in the file come before people
 * elsewhere in the workspace. A manager ID column (`managerId`) is tried before all of them.
 */
export function resolveManager(
  value: string,
  search: ManagerSearch,
  managerId?: string,
): ManagerResolution {
  const lookups: Lookup[] = []
  if (managerId !== undefined) {
    const idKey = toMatchKey(managerId)
    lookups.push((index) => index.findByExternalId(idKey))
  }
  if (value !== '') {
    const key = toMatchKey(value)
    const loose = toLooseNameKey(value)
    lookups.push(
      (index) => index.findByExternalId(key),
      (index) => index.findByEmail(key),
      (index) => index.findByName(key),
      (index) => index.findByName(toMatchKey(splitFullName(value).displayName)),
      (index) => (loose === '' ? [] : index.findByLooseName(loose)),
    )
  }
  return findFirst(lookups, search)
}

function findFirst(lookups: readonly Lookup[], search: ManagerSearch): ManagerResolution {
  for (const lookUp of lookups) {
    const fromFile = lookUp(search.inFile)
    const candidates =
      fromFile.length > 0
        ? fromFile
        : lookUp(search.stored).filter((person) => !search.fileIds.has(person.id))
    if (candidates.length > 1) return { kind: 'ambiguous', count: candidates.length }
    if (candidates[0] !== undefined) return { kind: 'found', person: candidates[0] }
  }
  return { kind: 'missing' }
}

export interface ManagerProposal {
  personId: string
  managerId: string
  /** The manager the person has now (null for a new person). */
  previousManagerId: string | null
}

export type ManagerLineOutcome =
  | { kind: 'set' }
  /** Refused because it would make a loop; the previous manager stays. */
  | { kind: 'refused' }
  /** Refused, and the previous manager would also make a loop with the new lines: cleared. */
  | { kind: 'refused-and-cleared' }

/**
 * Decides which proposed manager lines can be drawn without a loop, in proposal order (the file's
 * row order, so of two rows naming each other the first wins). `lines` holds every person's
 * current manager and is updated in place. The result keeps the proposals' order.
 */
export function settleManagerLines(
  lines: Map<string, string | null>,
  proposals: readonly ManagerProposal[],
): ManagerLineOutcome[] {
  // Lines the file replaces are lifted first, so a reorganisation is judged as a whole.
  for (const proposal of proposals) lines.delete(proposal.personId)
  const outcomes = proposals.map((proposal): ManagerLineOutcome => {
    if (isReachable(lines, proposal.managerId, proposal.personId)) return { kind: 'refused' }
    lines.set(proposal.personId, proposal.managerId)
    return { kind: 'set' }
  })
  return outcomes.map((outcome, position) => {
    const proposal = proposals[position]
    if (outcome.kind === 'set' || proposal === undefined) return outcome
    const previous = proposal.previousManagerId
    if (previous !== null && isReachable(lines, previous, proposal.personId)) {
      lines.set(proposal.personId, null)
      return { kind: 'refused-and-cleared' }
    }
    lines.set(proposal.personId, previous)
    return outcome
  })
}

/** Whether walking up the manager chain from `start` reaches `target`. */
function isReachable(
  lines: ReadonlyMap<string, string | null>,
  start: string,
  target: string,
): boolean {
  const seen = new Set<string>()
  let current: string | null | undefined = start
  // `seen` stops the walk on a loop already in the data that does not pass through `target`.
  while (current !== null && current !== undefined && !seen.has(current)) {
    if (current === target) return true
    seen.add(current)
    current = lines.get(current)
  }
  return false
}
