import { describeRosterField, findFieldForHeader } from './fields'
import { cleanText, normalizeHeaderKey } from './text'
import type { ColumnMapping, MappingConflict, RosterField } from './types'

/** Zod records (the Person schema) drop this key, so a custom field of that name would vanish. */
export const reservedCustomFieldNames: ReadonlySet<string> = new Set(['__proto__'])

/**
 * Maps each column by its header. A field goes to the first column that names it; a later column
 * naming the same field, and every unrecognised column, is ignored: payroll exports often carry
 * salaries and national ID numbers, which should be kept only when the user asks.
 */
export function suggestColumnMapping(headers: string[]): ColumnMapping[] {
  const taken = new Set<RosterField>()
  return headers.map((header, column) => {
    const field = findFieldForHeader(header)
    if (field === null || taken.has(field)) return { column, header, target: 'ignore' }
    taken.add(field)
    return { column, header, target: field }
  })
}

/** The name a column kept as a custom field is stored under: its header, as written. */
export function toCustomFieldName(mapping: Pick<ColumnMapping, 'column' | 'header'>): string {
  return cleanText(mapping.header) || `Column ${mapping.column + 1}`
}

/** Fields or custom field names written by more than one column, and unusable custom names. */
export function findMappingConflicts(mappings: readonly ColumnMapping[]): MappingConflict[] {
  const byField = new Map<RosterField, ColumnMapping[]>()
  const byCustomName = new Map<string, ColumnMapping[]>()
  for (const mapping of mappings) {
    if (mapping.target === 'ignore') continue
    const groups: Map<string, ColumnMapping[]> =
      mapping.target === 'custom' ? byCustomName : byField
    const key = mapping.target === 'custom' ? toCustomFieldName(mapping) : mapping.target
    groups.set(key, [...(groups.get(key) ?? []), mapping])
  }
  const conflicts: MappingConflict[] = []
  for (const [field, group] of byField) {
    if (group.length < 2) continue
    const label = describeRosterField(field)
    conflicts.push({
      target: field,
      name: label,
      columns: group.map((mapping) => mapping.column),
      message: `${listColumns(group)} ${group.length === 2 ? 'both' : 'all'} map to ${label}: choose one and ignore the others.`,
    })
  }
  for (const [name, group] of byCustomName) {
    const columns = group.map((mapping) => mapping.column)
    if (reservedCustomFieldNames.has(name)) {
      conflicts.push({
        target: 'custom',
        name,
        columns,
        message: `${listColumns(group)}: '${name}' cannot be used as a custom field name; ignore the column or rename its header.`,
      })
    } else if (group.length > 1) {
      conflicts.push({
        target: 'custom',
        name,
        columns,
        message: `${listColumns(group)} ${group.length === 2 ? 'would both' : 'would all'} be kept as the custom field '${name}': ignore all but one.`,
      })
    }
  }
  return conflicts.sort((a, b) => (a.columns[0] ?? 0) - (b.columns[0] ?? 0))
}

/**
 * What the mapping lacks for any row to be imported: a name (full, or first/last). Returns
 * user-facing sentences; empty when the mapping is usable.
 */
export function findMappingGaps(mappings: readonly ColumnMapping[]): string[] {
  const targets = new Set(mappings.map((mapping) => mapping.target))
  const hasName = targets.has('fullName') || targets.has('givenName') || targets.has('familyName')
  return hasName
    ? []
    : ['No column is mapped to a name: map Full name, or First name and Last name.']
}

/**
 * Identifies a file layout so the mapping chosen for it can be offered again: the headers,
 * normalised as for matching, in order. Same headers -> same signature, across runs and machines.
 */
export function computeHeaderSignature(headers: string[]): string {
  return `roster-v1:${headers.length}:${headers.map(normalizeHeaderKey).join('|')}`
}

function listColumns(group: readonly ColumnMapping[]): string {
  const names = group.map(
    (mapping) => `'${toCustomFieldName(mapping)}' (column ${mapping.column + 1})`,
  )
  if (names.length === 1) return `The column ${names[0] ?? ''}`
  return `Columns ${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
}
