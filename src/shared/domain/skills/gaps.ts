import { summarizeSkill } from './summaries'
import type {
  MatrixRow,
  PersonGap,
  PersonGapSummary,
  SkillGapSummary,
  SkillMatrix,
} from './types'

export const defaultTopGapCount = 3

/** A person's gaps in the model's skills, largest first (then critical first, then by name). */
export function listPersonGaps(model: SkillMatrix, personId: string): PersonGap[] {
  const row = model.rows.get(personId)
  if (row === undefined) return []
  return collectRowGaps(model, row).sort(compareGaps)
}

export function summarizePersonGaps(
  model: SkillMatrix,
  personId: string,
  topCount = defaultTopGapCount,
): PersonGapSummary | null {
  const row = model.rows.get(personId)
  if (row === undefined) return null
  return toPersonSummary(model, row, topCount)
}

/** Every person in the model, largest total gap first, then by name. */
export function summarizeAllPeople(
  model: SkillMatrix,
  topCount = defaultTopGapCount,
): PersonGapSummary[] {
  return [...model.rows.values()]
    .map((row) => toPersonSummary(model, row, topCount))
    .sort((a, b) => b.totalGap - a.totalGap || a.name.localeCompare(b.name))
}

/** Per-skill roll-ups for the model's people, in the model's skill order. */
export function listSkillSummaries(model: SkillMatrix): SkillGapSummary[] {
  return [...model.columns.values()]
}

/** One skill across any subset of the model's people (e.g. a selection in the grid). */
export function summarizeSkillForPeople(
  model: SkillMatrix,
  skillId: string,
  personIds: Iterable<string>,
): SkillGapSummary | null {
  const skill = model.skills.get(skillId)
  if (skill === undefined) return null
  const rows: MatrixRow[] = []
  for (const personId of personIds) {
    const row = model.rows.get(personId)
    if (row !== undefined) rows.push(row)
  }
  return summarizeSkill(skill, rows, model.settings.systemicGapThreshold)
}

/** Skills whose gap the team shares, highest share below first. */
export function listSystemicGaps(model: SkillMatrix): SkillGapSummary[] {
  return [...model.columns.values()]
    .filter((column) => column.isSystemic)
    .sort(
      (a, b) =>
        b.shareBelow - a.shareBelow || b.totalGap - a.totalGap || a.name.localeCompare(b.name),
    )
}

/** Gaps in skills that are not systemic: one person's matter, for their own plan. */
export function listIndividualGaps(model: SkillMatrix): PersonGap[] {
  const gaps: PersonGap[] = []
  for (const row of model.rows.values()) {
    for (const gap of collectRowGaps(model, row)) {
      if (!gap.isSystemic) gaps.push(gap)
    }
  }
  return gaps.sort(compareGaps)
}

function toPersonSummary(model: SkillMatrix, row: MatrixRow, topCount: number): PersonGapSummary {
  return {
    personId: row.personId,
    name: row.name,
    gapCount: row.gapCount,
    totalGap: row.totalGap,
    notAssessedCount: row.notAssessedCount,
    topGaps: collectRowGaps(model, row).sort(compareGaps).slice(0, Math.max(0, topCount)),
  }
}

function collectRowGaps(model: SkillMatrix, row: MatrixRow): PersonGap[] {
  const requirements = model.requirements.get(row.personId)
  const gaps: PersonGap[] = []
  for (const [skillId, cell] of row.cells) {
    const requirement = requirements?.get(skillId)
    const skill = model.skills.get(skillId)
    if (cell.gap <= 0 || requirement === undefined || skill === undefined) continue
    gaps.push({
      personId: row.personId,
      skillId,
      skillName: skill.name,
      requiredLevel: requirement.requiredLevel,
      currentLevel: cell.current,
      gap: cell.gap,
      isAssessed: cell.current !== null,
      isCritical: skill.isCritical,
      isSystemic: model.columns.get(skillId)?.isSystemic ?? false,
      demandSource: requirement.demandSource,
      businessGoalId: requirement.businessGoalId,
    })
  }
  return gaps
}

function compareGaps(a: PersonGap, b: PersonGap): number {
  return (
    b.gap - a.gap ||
    Number(b.isCritical) - Number(a.isCritical) ||
    a.skillName.localeCompare(b.skillName) ||
    a.personId.localeCompare(b.personId)
  )
}
