import type { Skill } from '../../model'
import type { RowStore } from './matrix-store'
import type { MatrixRow, SkillGapSummary } from './types'
import { minPeopleForSystemicGap } from './types'

/** Shares such as 2/5 must meet a 0.4 threshold even after floating-point rounding. */
const shareTolerance = 1e-9

/** How far below the required level a person is; a missing assessment counts as level 0. */
export function computeGap(required: number | null, current: number | null): number {
  if (required === null) return 0
  return Math.max(0, required - (current ?? 0))
}

/** How far above the required level a person is (never part of a gap). */
export function computeSurplus(required: number | null, current: number | null): number {
  if (required === null || current === null) return 0
  return Math.max(0, current - required)
}

/**
 * A gap is systemic when at least `threshold` of the people who need the skill are below it.
 * It takes at least two people who need it: one person's gap is individual by definition.
 */
export function isSystemicGap(belowCount: number, needCount: number, threshold: number): boolean {
  if (needCount < minPeopleForSystemicGap) return false
  return belowCount / needCount >= threshold - shareTolerance
}

/** The stores a total across people counts: all but the owners'. */
export function listCountedStores(stores: readonly RowStore[]): RowStore[] {
  return stores.filter((store) => store.isCounted)
}

export function summarizeRow(store: RowStore): MatrixRow {
  let requiredCount = 0
  let gapCount = 0
  let totalGap = 0
  let notAssessedCount = 0
  const { person, required, levels, isCounted } = store
  for (let column = 0; column < required.length; column += 1) {
    const requiredLevel = required[column] ?? -1
    if (requiredLevel < 0) continue
    requiredCount += 1
    const current = levels[column] ?? -1
    if (current < 0) notAssessedCount += 1
    const gap = requiredLevel - Math.max(current, 0)
    if (gap > 0) {
      gapCount += 1
      totalGap += gap
    }
  }
  return {
    personId: person.id,
    name: person.displayName,
    teamId: person.teamId,
    roleId: person.roleId,
    requiredCount,
    gapCount,
    totalGap,
    notAssessedCount,
    isCounted,
  }
}

/**
 * One skill (at `column` in the stores) across the given people: the whole model, or a subset.
 * Pass only counted stores (listCountedStores): this loop runs per cell, so it checks nothing else.
 */
export function summarizeSkill(
  skill: Skill,
  column: number,
  stores: Iterable<RowStore>,
  systemicGapThreshold: number,
): SkillGapSummary {
  let needCount = 0
  let notAssessedCount = 0
  let holderCount = 0
  let totalGap = 0
  let highest: number | null = null
  let lowest: number | null = null
  const belowPersonIds: string[] = []
  for (const store of stores) {
    const required = store.required[column] ?? -1
    if (required < 0) continue
    needCount += 1
    highest = highest === null ? required : Math.max(highest, required)
    lowest = lowest === null ? required : Math.min(lowest, required)
    const current = store.levels[column] ?? -1
    if (current < 0) notAssessedCount += 1
    const gap = required - Math.max(current, 0)
    if (gap > 0) {
      belowPersonIds.push(store.person.id)
      totalGap += gap
    } else {
      holderCount += 1
    }
  }
  const belowCount = belowPersonIds.length
  return {
    skillId: skill.id,
    name: skill.name,
    categoryId: skill.categoryId,
    isCritical: skill.isCritical,
    minExperts: skill.minExperts,
    needCount,
    belowCount,
    belowPersonIds,
    notAssessedCount,
    holderCount,
    shareBelow: needCount === 0 ? 0 : belowCount / needCount,
    totalGap,
    meanGap: needCount === 0 ? 0 : totalGap / needCount,
    highestRequiredLevel: highest,
    lowestRequiredLevel: lowest,
    // minExperts is a company-wide wish: a team that does not need the skill is not short of it.
    isCovered: needCount === 0 || holderCount >= skill.minExperts,
    expertShortfall: needCount === 0 ? 0 : Math.max(0, skill.minExperts - holderCount),
    isSystemic: isSystemicGap(belowCount, needCount, systemicGapThreshold),
  }
}
