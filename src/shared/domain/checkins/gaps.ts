import type { Assessment, Person, RequirementOverride, RoleRequirement, Skill } from '../../model'
import { createRequirementLookup, indexCurrentLevels, type MatrixSource } from '../skills'

export interface PersonSkillGap {
  skillId: string
  skillName: string
  isCritical: boolean
  current: number
  required: number
  gap: number
}

/** The person's largest gaps (required minus current level), critical skills first on a tie. */
export function listLargestGaps(input: {
  person: Person
  skills: readonly Skill[]
  assessments: readonly Assessment[]
  roleRequirements: readonly RoleRequirement[]
  requirementOverrides: readonly RequirementOverride[]
  matrixSource: MatrixSource
  limit: number
}): PersonSkillGap[] {
  const { person, skills } = input
  const lookup = createRequirementLookup(input)
  const levels = indexCurrentLevels(
    input.assessments.filter((a) => a.personId === person.id),
    input.matrixSource,
  ).get(person.id)
  const skillsById = new Map(skills.map((s) => [s.id, s]))
  const gaps: PersonSkillGap[] = []
  for (const skillId of lookup.listSkillIds(person)) {
    const required = lookup.findLevel(person, skillId)
    const skill = skillsById.get(skillId)
    if (required === null || skill === undefined) continue
    const current = levels?.get(skillId)?.level ?? 0
    if (current >= required) continue
    gaps.push({
      skillId,
      skillName: skill.name,
      isCritical: skill.isCritical,
      current,
      required,
      gap: required - current,
    })
  }
  return gaps
    .sort(
      (a, b) =>
        b.gap - a.gap ||
        Number(b.isCritical) - Number(a.isCritical) ||
        a.skillName.localeCompare(b.skillName),
    )
    .slice(0, input.limit)
}
