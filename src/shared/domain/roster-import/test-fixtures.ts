import { Person, type Team } from '../../model'
import { suggestColumnMapping } from './mapping'
import { splitFullName } from './names'
import { planRosterImport } from './plan'
import { buildRosterRows } from './rows'
import type { DateOrder, PlanRosterImportInput, RosterImportPlan, RosterRow } from './types'

export const today = '2026-03-15'

/**
 * A complete, schema-valid person; tests name only the fields they care about. Given and family
 * names follow the display name, as an import of that name would write them.
 */
export function makePerson(fields: Partial<Person> & { id: string }): Person {
  const displayName = fields.displayName ?? `Person ${fields.id}`
  const { givenName, familyName } = splitFullName(displayName)
  return Person.parse({ givenName, familyName, createdAt: '2025-01-01', ...fields, displayName })
}

export function makeTeam(id: string, name: string): Team {
  return { id, name, description: '', parentTeamId: null, leadPersonId: null }
}

/** Ids in creation order, so a test can name what a plan will create. */
export function createIdSequence(prefix = 'new'): () => string {
  let next = 0
  return () => {
    next += 1
    return `${prefix}-${next}`
  }
}

/** Rows from a file whose columns map by their headers. */
export function buildRowsFromTable(
  table: string[][],
  dateOrder: DateOrder | null = 'day-first',
): RosterRow[] {
  const [headers = [], ...rows] = table
  return buildRosterRows({ headers, rows }, suggestColumnMapping(headers), { dateOrder })
}

export function planTable(
  table: string[][],
  context: Partial<PlanRosterImportInput> = {},
): RosterImportPlan {
  const headers = table[0] ?? []
  return planRosterImport({
    rows: buildRowsFromTable(table),
    excludedRows: new Set(),
    people: [],
    teams: [],
    today,
    createId: createIdSequence(),
    mappings: suggestColumnMapping(headers),
    ...context,
  })
}

/** The people list after saving a plan, as the app would. */
export function applyPlan(people: readonly Person[], plan: RosterImportPlan): Person[] {
  const afterById = new Map(plan.updates.map((update) => [update.after.id, update.after]))
  return [...people.map((person) => afterById.get(person.id) ?? person), ...plan.creates]
}

/** Every person a plan would save, each of which must pass the schema unchanged. */
export function listSavedPeople(plan: RosterImportPlan): Person[] {
  return [...plan.creates, ...plan.updates.map((update) => update.after)]
}
