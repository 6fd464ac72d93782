import type { Assessment } from '../../model'
import { compareSelfAndManager, isCountedSource } from './current-levels'
import { buildSkillMatrix } from './matrix'
import type { CurrentLevel, MatrixCell, Requirement, SkillSettings, SkillsData } from './types'

/** One skill of one person: the matrix cell, where the requirement comes from, and the history. */
export interface PersonSkillRow {
  skillId: string
  skillName: string
  categoryId: string
  isCritical: boolean
  /** The matrix cell (current by the matrix rule, required, gap, interest). */
  cell: MatrixCell
  /** The requirement behind `cell.required` (role or personal override), null when not needed. */
  requirement: Requirement | null
  self: CurrentLevel | null
  manager: CurrentLevel | null
  /** The assessments the matrix counts, oldest first (for a trend). */
  history: Assessment[]
}

/**
 * Every skill a person needs (role + personal override) or was assessed in, read from the same
 * matrix model as the grid; largest gap first, then by skill name. The input may hold only this
 * person's records (requirements of their role, their overrides, assessments and aspirations).
 */
export function listPersonSkills(
  input: SkillsData & { personId: string; settings?: SkillSettings },
): PersonSkillRow[] {
  const { personId } = input
  if (!input.people.some((person) => person.id === personId)) return []
  const own = input.assessments.filter((assessment) => assessment.personId === personId)
  const model = buildSkillMatrix({
    ...input,
    assessments: own,
    filter: { personIds: [personId], includeLeft: true },
  })
  const pairs = new Map(
    compareSelfAndManager(own, { personIds: [personId] }).map((pair) => [pair.skillId, pair]),
  )
  const historyOf = new Map<string, Assessment[]>()
  for (const assessment of own) {
    if (!isCountedSource(model.settings.matrixSource, assessment.source)) continue
    historyOf.set(assessment.skillId, [...(historyOf.get(assessment.skillId) ?? []), assessment])
  }
  const rows: PersonSkillRow[] = []
  for (const skill of model.skills.values()) {
    const cell = model.getCell(personId, skill.id)
    const pair = pairs.get(skill.id)
    const history = historyOf.get(skill.id) ?? []
    if (cell.required === null && pair === undefined && history.length === 0) continue
    history.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    rows.push({
      skillId: skill.id,
      skillName: skill.name,
      categoryId: skill.categoryId,
      isCritical: skill.isCritical,
      cell,
      requirement: model.getRequirement(personId, skill.id),
      self: pair?.self ?? null,
      manager: pair?.manager ?? null,
      history,
    })
  }
  return rows.sort((a, b) => b.cell.gap - a.cell.gap || a.skillName.localeCompare(b.skillName))
}
