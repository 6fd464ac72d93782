import type { ParsedCsv } from '../csv/types'
import { describeRosterField } from './fields'
import { toCustomFieldName } from './mapping'
import { cleanText, toMatchKey } from './text'
import type { ColumnMapping, RosterField, ValueChoices, ValueContext } from './types'
import {
  suggestHireSource,
  suggestLeavingReason,
  suggestLeavingType,
  suggestPerformance,
  suggestStatus,
  suggestWorkArrangement,
} from './value-words'

/** The fields whose cells are words from a fixed set, mapped value by value. */
export const valueFields = [
  'status',
  'leavingType',
  'leavingReason',
  'workArrangement',
  'hireSource',
  'performance',
] as const satisfies readonly RosterField[]
export type ValueField = (typeof valueFields)[number]

/** A value treated as a blank cell (a reason column's "N/A" for people still employed). */
export const blankValue = '(blank)'

/** Custom columns with this many distinct values or fewer are group fields, mapped by value. */
const maxGroupValues = 12

export interface ValueOption {
  value: string
  label: string
}

export interface DistinctValue {
  /** Trimmed and case-folded: the key choices are stored under. */
  key: string
  /** The spelling seen most often. */
  text: string
  count: number
  /** Spreadsheet rows it is on, the first few. */
  rows: number[]
  /** What Trellis would map it to; null when the word is unknown. */
  suggestion: string | null
}

export interface ValueColumn {
  /** The field, or `custom:<name>` for a custom group field. */
  key: string
  column: number
  header: string
  /** What the column's values are mapped to, e.g. "Status". */
  label: string
  /** The values a choice can take; empty for a custom field (free text). */
  options: ValueOption[]
  values: DistinctValue[]
}

export function isValueField(target: ColumnMapping['target']): target is ValueField {
  return (valueFields as readonly string[]).includes(target)
}

/** The choices a column's values can be mapped to. */
export function listValueOptions(key: string, context: ValueContext): ValueOption[] {
  switch (key) {
    case 'status':
      return [
        { value: 'active', label: 'On staff' },
        { value: 'left-voluntary', label: 'Left, their decision' },
        { value: 'left-involuntary', label: 'Left, not their decision' },
        { value: 'left', label: 'Left (decision not known)' },
      ]
    case 'leavingType':
      return [
        { value: 'voluntary', label: 'Their decision' },
        { value: 'involuntary', label: 'Not their decision' },
      ]
    case 'leavingReason':
      return [
        ...context.leavingReasons.map((reason) => ({ value: reason, label: reason })),
        { value: blankValue, label: 'No reason (treat as blank)' },
      ]
    case 'workArrangement':
      return [
        { value: 'onsite', label: 'On site' },
        { value: 'hybrid', label: 'Hybrid' },
        { value: 'remote', label: 'Remote' },
      ]
    case 'hireSource':
      return [
        { value: 'internal', label: 'Internal (from inside the business)' },
        { value: 'external', label: 'External hire' },
      ]
    case 'performance':
      return [...context.scale]
        .sort((a, b) => a.level - b.level)
        .map((level) => ({ value: String(level.level), label: `${level.level} · ${level.label}` }))
    default:
      return []
  }
}

/** What Trellis maps a value to unless the user chooses otherwise; null when it cannot tell. */
export function suggestValue(key: string, text: string, context: ValueContext): string | null {
  switch (key) {
    case 'status':
      return suggestStatus(text)
    case 'leavingType':
      return suggestLeavingType(text)
    case 'leavingReason':
      return suggestLeavingReason(text, context.leavingReasons)
    case 'workArrangement':
      return suggestWorkArrangement(text)
    case 'hireSource':
      return suggestHireSource(text)
    case 'performance':
      return suggestPerformance(text, context.scale)
    default:
      return null
  }
}

/** The key a custom column's values are chosen under. */
export function toCustomValueKey(mapping: Pick<ColumnMapping, 'column' | 'header'>): string {
  return `custom:${toCustomFieldName(mapping)}`
}

/**
 * Every mapped column whose values come from a fixed set, with the distinct values found (after
 * trimming and case folding), their counts, and the suggested mapping. A custom column is listed
 * when it reads as a group (few distinct values, each on several rows): the bias checks group by
 * such fields, and "M" and "M " must be one group.
 */
export function listValueColumns(
  csv: Pick<ParsedCsv, 'rows'>,
  mappings: readonly ColumnMapping[],
  context: ValueContext,
): ValueColumn[] {
  const columns: ValueColumn[] = []
  const seen = new Set<string>()
  for (const mapping of mappings) {
    const key = isValueField(mapping.target)
      ? mapping.target
      : mapping.target === 'custom'
        ? toCustomValueKey(mapping)
        : null
    if (key === null || seen.has(key)) continue
    seen.add(key)
    const values = countValues(csv.rows, mapping.column)
    const isCustom = mapping.target === 'custom'
    if (isCustom && !isGroupLike(values, csv.rows.length)) continue
    columns.push({
      key,
      column: mapping.column,
      header: mapping.header,
      label: isCustom
        ? toCustomFieldName(mapping)
        : describeRosterField(mapping.target as RosterField),
      options: listValueOptions(key, context),
      values: values.map((value) => ({
        ...value,
        suggestion: isCustom ? value.text : suggestValue(key, value.text, context),
      })),
    })
  }
  return columns
}

function isGroupLike(values: readonly Omit<DistinctValue, 'suggestion'>[], rows: number): boolean {
  return values.length >= 1 && values.length <= maxGroupValues && values.length * 2 <= rows
}

function countValues(
  rows: readonly (readonly string[])[],
  column: number,
): Omit<DistinctValue, 'suggestion'>[] {
  const byKey = new Map<string, { count: number; rows: number[]; spellings: Map<string, number> }>()
  rows.forEach((cells, index) => {
    const text = cleanText(cells[column])
    if (text === '') return
    const key = text.toLowerCase()
    let entry = byKey.get(key)
    if (entry === undefined) {
      entry = { count: 0, rows: [], spellings: new Map() }
      byKey.set(key, entry)
    }
    entry.count += 1
    if (entry.rows.length < 5) entry.rows.push(index + 2)
    entry.spellings.set(text, (entry.spellings.get(text) ?? 0) + 1)
  })
  return [...byKey]
    .map(([key, entry]) => ({
      key,
      text: [...entry.spellings].sort((a, b) => b[1] - a[1])[0]![0],
      count: entry.count,
      rows: entry.rows,
    }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
}

export type ValueReading =
  { kind: 'value'; value: string } | { kind: 'blank' } | { kind: 'unmapped'; text: string }

/**
 * Reads cells through the user's choices, else the suggestion; memoised per distinct value, so a
 * 10,000-row file asks each word once. A custom column without choices keeps its text.
 */
export function createValueReader(
  choices: ValueChoices,
  context: ValueContext,
): (key: string, text: string) => ValueReading {
  const memo = new Map<string, Map<string, ValueReading>>()
  return (key, text) => {
    let byValue = memo.get(key)
    if (byValue === undefined) {
      byValue = new Map()
      memo.set(key, byValue)
    }
    const folded = toMatchKey(text)
    const known = byValue.get(folded)
    if (known !== undefined) return known
    const chosen = choices[key]?.[folded]
    const value =
      chosen !== undefined
        ? chosen
        : key.startsWith('custom:')
          ? cleanText(text)
          : suggestValue(key, text, context)
    const reading: ValueReading =
      value === null || value === ''
        ? { kind: 'unmapped', text }
        : value === blankValue
          ? { kind: 'blank' }
          : { kind: 'value', value }
    byValue.set(folded, reading)
    return reading
  }
}

/** How many cells hold a value that maps to nothing: what the user still has to do. */
export function countUnmappedCells(columns: readonly ValueColumn[], choices: ValueChoices): number {
  let count = 0
  for (const column of columns) {
    if (column.key.startsWith('custom:')) continue
    for (const value of column.values) {
      const chosen = choices[column.key]?.[value.key] ?? value.suggestion
      if (chosen === null || chosen === '') count += value.count
    }
  }
  return count
}
