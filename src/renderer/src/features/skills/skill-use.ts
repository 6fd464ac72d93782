import type { WorkspaceDb } from '../../db/workspace-db'
import { formatCount } from './skill-text'

/** What goes with a skill when it is deleted, or moves when it is merged into another. */
export interface SkillUse {
  assessments: number
  requirements: number
  aspirations: number
  overrides: number
  /** Trainings, goals, plans, check-ins, feedback and reviews that name the skill. */
  links: number
}

export async function countSkillUse(db: WorkspaceDb, skillId: string): Promise<SkillUse> {
  const isThisSkill = (entry: { skillId: string }) => entry.skillId === skillId
  const counts = await Promise.all([
    db.assessments.where('skillId').equals(skillId).count(),
    db.roleRequirements.where('skillId').equals(skillId).count(),
    db.aspirations.where('skillId').equals(skillId).count(),
    db.requirementOverrides.filter(isThisSkill).count(),
    db.initiatives.filter((record) => record.skillTargets.some(isThisSkill)).count(),
    db.businessGoals.filter((record) => record.skillNeeds.some(isThisSkill)).count(),
    db.goals.filter((record) => record.skillIds.includes(skillId)).count(),
    db.plans.filter((record) => record.focusSkillIds.includes(skillId)).count(),
    db.planItems.filter((record) => record.skillIds.includes(skillId)).count(),
    db.checkins.filter((record) => record.skillIds.includes(skillId)).count(),
    db.feedback.filter((record) => record.skillIds.includes(skillId)).count(),
    db.reviews
      .filter(
        (record) => record.skillRatings.some(isThisSkill) || record.selfRatings.some(isThisSkill),
      )
      .count(),
  ])
  const [assessments = 0, requirements = 0, aspirations = 0, overrides = 0, ...links] = counts
  return {
    assessments,
    requirements,
    aspirations,
    overrides,
    links: links.reduce((sum, count) => sum + count, 0),
  }
}

/** "42 assessments, 3 role requirements, 1 aspiration and 2 personal requirements". */
export function describeSkillRecords(use: SkillUse): string {
  const parts = [
    formatCount(use.assessments, 'assessment'),
    formatCount(use.requirements, 'role requirement'),
    formatCount(use.aspirations, 'aspiration'),
  ]
  if (use.overrides > 0) parts.push(formatCount(use.overrides, 'personal requirement'))
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}
