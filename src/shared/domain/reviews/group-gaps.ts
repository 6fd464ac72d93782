import type { Person, Review } from '../../model'
import { mean, noticeableDifference, type RatingScale } from './types'

/** Groups smaller than this are shown with a warning: a mean of a handful of people says little. */
export const minGroupSize = 5

export type GroupField =
  { kind: 'location' } | { kind: 'workArrangement' } | { kind: 'custom'; key: string }

export interface GroupGapReport {
  fieldLabel: string
  groups: Array<{ value: string; size: number; mean: number }>
  /** Highest group mean minus lowest. */
  gap: number
  isNoticeable: boolean
  hasSmallGroups: boolean
  explanation: string
}

export function readGroupValue(person: Person, field: GroupField): string {
  if (field.kind === 'location') return person.location.trim() || 'Not recorded'
  if (field.kind === 'workArrangement') return person.workArrangement ?? 'Not recorded'
  return person.customFields[field.key]?.trim() || 'Not recorded'
}

export function describeGroupField(field: GroupField): string {
  if (field.kind === 'location') return 'Location'
  if (field.kind === 'workArrangement') return 'Work arrangement'
  return field.key
}

/**
 * Overall ratings by a group the user chose. Reports sizes and means, says when a group is too
 * small to read anything into, and never draws a conclusion: a gap is a question, not a verdict.
 */
export function compareGroups(
  reviews: readonly Review[],
  people: ReadonlyMap<string, Person>,
  field: GroupField,
  scale: RatingScale,
): GroupGapReport {
  const byGroup = new Map<string, number[]>()
  for (const review of reviews) {
    const person = people.get(review.personId)
    if (!person || review.overallRating === null) continue
    const value = readGroupValue(person, field)
    byGroup.set(value, [...(byGroup.get(value) ?? []), review.overallRating])
  }
  const groups = [...byGroup]
    .map(([value, ratings]) => ({ value, size: ratings.length, mean: mean(ratings) }))
    .sort((a, b) => b.size - a.size || a.value.localeCompare(b.value))
  const means = groups.map((group) => group.mean)
  const gap = groups.length < 2 ? 0 : Math.max(...means) - Math.min(...means)
  const hasSmallGroups = groups.some((group) => group.size < minGroupSize)
  const isNoticeable = groups.length >= 2 && gap >= noticeableDifference(scale)
  const fieldLabel = describeGroupField(field)
  const sizes = groups.map((group) => `${group.value}: ${group.size}`).join(', ')
  const parts = [
    groups.length < 2
      ? `Everyone rated falls in one ${fieldLabel.toLowerCase()} group, so there is nothing to compare.`
      : `Average overall ratings differ by ${gap.toFixed(1)} between ${fieldLabel.toLowerCase()} groups (${sizes}).`,
    hasSmallGroups
      ? `At least one group has fewer than ${minGroupSize} people: a difference this small a sample shows can easily be chance.`
      : '',
    isNoticeable
      ? 'A difference can have many causes; check the evidence behind these ratings before drawing any conclusion.'
      : '',
  ]
  return {
    fieldLabel,
    groups,
    gap,
    isNoticeable,
    hasSmallGroups,
    explanation: parts.filter(Boolean).join(' '),
  }
}
