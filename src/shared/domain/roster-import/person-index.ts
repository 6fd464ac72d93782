import type { Person } from '../../model'
import { toMatchKey } from './text'
import type { RosterField, RosterValues } from './types'

/**
 * People by each key a row can be matched on. Keys are match keys (toMatchKey). Each map is built
 * on first use: most imports never fall back to names, and manager cells use one kind of key.
 */
export interface PeopleIndex {
  findByExternalId(key: string): readonly Person[]
  findByEmail(key: string): readonly Person[]
  findByName(key: string): readonly Person[]
  /** By a name's words in any order, initials left out (see toLooseNameKey). */
  findByLooseName(key: string): readonly Person[]
}

/**
 * A name as its words, lower-case, without initials and sorted: "Adinolfi, Wilson  K", "Wilson
 * K. Adinolfi" and "wilson adinolfi" all read "adinolfi wilson".
 */
export function toLooseNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((word) => word.replace(/[^\p{L}]/gu, '').length > 1)
    .sort()
    .join(' ')
}

export function indexPeople(people: readonly Person[]): PeopleIndex {
  let byExternalId: Map<string, Person[]> | undefined
  let byEmail: Map<string, Person[]> | undefined
  let byName: Map<string, Person[]> | undefined
  let byLooseName: Map<string, Person[]> | undefined
  return {
    findByExternalId: (key) =>
      (byExternalId ??= groupPeople(people, (person) => person.employeeId ?? '')).get(key) ?? [],
    findByEmail: (key) =>
      (byEmail ??= groupPeople(people, (person) => person.email)).get(key) ?? [],
    findByName: (key) =>
      (byName ??= groupPeople(people, (person) => person.displayName)).get(key) ?? [],
    findByLooseName: (key) =>
      (byLooseName ??= groupPeople(people, (person) => toLooseNameKey(person.displayName))).get(
        key,
      ) ?? [],
  }
}

function groupPeople(
  people: readonly Person[],
  readKey: (person: Person) => string,
): Map<string, Person[]> {
  const groups = new Map<string, Person[]>()
  for (const person of people) {
    const key = toMatchKey(readKey(person))
    if (key === '') continue
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [person])
    else group.push(person)
  }
  return groups
}

export type PersonMatch =
  /** `warning` says what the user should check: a match by name that changes the email. */
  | { kind: 'match'; person: Person; warning?: { field: RosterField; text: string } }
  | { kind: 'none' }
  | { kind: 'conflict'; field: RosterField; text: string }

/**
 * Finds the stored person a row describes: by employee ID, else email, else name. A stored ID
 * that differs from the row's means someone else. A differing email does not: people change
 * address (a new domain), and a duplicate person is worse than an email to check.
 */
export function matchRowToPerson(values: RosterValues, index: PeopleIndex): PersonMatch {
  const externalId = values.externalId === undefined ? '' : toMatchKey(values.externalId)
  const email = values.email ?? ''
  if (externalId !== '') {
    const found = index.findByExternalId(externalId)
    if (found.length > 1) {
      return conflict(
        'externalId',
        `the ID '${values.externalId}' belongs to ${found.length} people in Trellis.`,
      )
    }
    if (found[0] !== undefined) return { kind: 'match', person: found[0] }
  }
  if (email !== '') {
    const found = index.findByEmail(email)
    if (found.length > 1) {
      return conflict('email', `the email '${email}' belongs to ${found.length} people in Trellis.`)
    }
    const person = found[0]
    if (person !== undefined) {
      if (!hasSameKey(person.employeeId, externalId)) {
        return conflict(
          'email',
          `the email '${email}' belongs to ${person.displayName}, whose ID is '${person.employeeId ?? ''}', not '${values.externalId ?? ''}'.`,
        )
      }
      return { kind: 'match', person }
    }
  }
  if (values.displayName === undefined) return { kind: 'none' }
  const named = index
    .findByName(toMatchKey(values.displayName))
    .filter((person) => hasSameKey(person.employeeId, externalId))
  if (named.length > 1) {
    return conflict(
      'fullName',
      `${named.length} people in Trellis are named '${values.displayName}': add an ID or email column to tell them apart.`,
    )
  }
  const person = named[0]
  if (person === undefined) return { kind: 'none' }
  if (hasSameKey(person.email, email)) return { kind: 'match', person }
  const text = `matched ${person.displayName} by name; their email changes from '${person.email}' to '${email}'.`
  return { kind: 'match', person, warning: { field: 'email', text } }
}

/** True unless both sides hold a value and the values differ. */
function hasSameKey(stored: string | null, fromRow: string): boolean {
  const storedKey = toMatchKey(stored ?? '')
  return storedKey === '' || fromRow === '' || storedKey === fromRow
}

function conflict(field: RosterField, text: string): PersonMatch {
  return { kind: 'conflict', field, text }
}
