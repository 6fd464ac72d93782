import { Person } from '../../model'
import { reservedCustomFieldNames } from './mapping'
import { toMatchKey } from './text'
import type { RosterRow, RosterValues } from './types'

const personFields = Object.keys(Person.shape) as (keyof Person)[]

/** A new person from a row; the manager is set later, once every row has a person. */
export function createPersonFromRow(
  row: RosterRow,
  id: string,
  teamId: string | null,
  today: string,
): Person {
  const { values } = row
  const status = readStatus(values)
  return {
    id,
    employeeId: values.externalId ?? null,
    displayName: values.displayName ?? '',
    givenName: values.givenName ?? '',
    familyName: values.familyName ?? '',
    email: values.email ?? '',
    title: values.title ?? '',
    teamId,
    managerId: null,
    roleId: null,
    hireDate: values.hireDate ?? null,
    status,
    leftDate: status === 'left' ? (values.leftDate ?? today) : null,
    workArrangement: values.workArrangement ?? null,
    location: values.location ?? '',
    checkinCadence: null,
    customFields: mergeCustomFields({}, row.customFields),
    createdAt: today,
    ...(values.hireSource === undefined ? {} : { hireSource: values.hireSource }),
  }
}

/** The status a row gives: its own, else "left" when it names a leaving date. */
function readStatus(values: RosterValues): Person['status'] {
  return values.status ?? (values.leftDate === undefined ? 'active' : 'left')
}

/**
 * The person after writing the row's values over `before`. Only values present in the row are
 * written (a blank cell never erases); `teamId` undefined means the row names no team.
 */
export function applyRowToPerson(
  before: Person,
  row: RosterRow,
  teamId: string | null | undefined,
  today: string,
): Person {
  const { values } = row
  const after: Person = { ...before, ...pickWrittenValues(values) }
  // IDs and emails match case-insensitively; a difference in case alone is not a change.
  if (values.externalId !== undefined && !isSameKey(before.employeeId, values.externalId)) {
    after.employeeId = values.externalId
  }
  if (values.email !== undefined && !isSameKey(before.email, values.email)) {
    after.email = values.email
  }
  if (teamId !== undefined) after.teamId = teamId
  const status = values.status ?? (values.leftDate === undefined ? undefined : 'left')
  if (status !== undefined) {
    after.status = status
    if (status === 'left' && before.status !== 'left') after.leftDate = values.leftDate ?? today
  }
  if (values.hireSource !== undefined) after.hireSource = values.hireSource
  if (Object.keys(row.customFields).length > 0) {
    after.customFields = mergeCustomFields(before.customFields, row.customFields)
  }
  return after
}

function pickWrittenValues(values: RosterValues): Partial<Person> {
  const written: Partial<Person> = {}
  if (values.displayName !== undefined) written.displayName = values.displayName
  if (values.givenName !== undefined) written.givenName = values.givenName
  if (values.familyName !== undefined) written.familyName = values.familyName
  if (values.title !== undefined) written.title = values.title
  if (values.hireDate !== undefined) written.hireDate = values.hireDate
  if (values.location !== undefined) written.location = values.location
  if (values.workArrangement !== undefined) written.workArrangement = values.workArrangement
  return written
}

function isSameKey(stored: string | null, fromRow: string): boolean {
  return toMatchKey(stored ?? '') === toMatchKey(fromRow)
}

/**
 * Stored fields with the file's values over them, as an ordinary object built from entries (no
 * assignment, so no key reaches a prototype). Reserved names are left out: the Person schema
 * would drop them anyway.
 */
export function mergeCustomFields(
  stored: Record<string, string>,
  fromFile: Record<string, string>,
): Record<string, string> {
  const merged = new Map(Object.entries(stored))
  for (const [name, value] of Object.entries(fromFile)) merged.set(name, value)
  for (const name of reservedCustomFieldNames) merged.delete(name)
  return Object.fromEntries(merged)
}

/** Person field names that differ between two versions of a person, in schema order. */
export function listChangedFields(before: Person, after: Person): string[] {
  return personFields.filter((field) =>
    field === 'customFields'
      ? !hasSameEntries(before.customFields, after.customFields)
      : before[field] !== after[field],
  )
}

function hasSameEntries(a: Record<string, string>, b: Record<string, string>): boolean {
  const aEntries = Object.entries(a)
  if (aEntries.length !== Object.keys(b).length) return false
  return aEntries.every(([name, value]) => Object.hasOwn(b, name) && b[name] === value)
}
