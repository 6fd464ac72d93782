import type { SkillsData } from '../../../../shared/domain/skills'
import type {
  ScaleLevel,
  SkillCategory,
  Team,
  RoleProfile,
  WorkspaceSettings,
} from '../../../../shared/model'
import { WorkspaceSettings as SettingsSchema } from '../../../../shared/model'
import type { WorkspaceDb } from '../../db/workspace-db'

export interface MatrixData extends SkillsData {
  categories: SkillCategory[]
  teams: Team[]
  roles: RoleProfile[]
  scale: ScaleLevel[]
  settings: WorkspaceSettings
}

/**
 * Reads everything the matrix needs once, in one read transaction. The screen then keeps its own
 * model and applies each edit to it, rather than re-reading 100,000 assessments per keystroke.
 */
export async function loadMatrixData(db: WorkspaceDb): Promise<MatrixData> {
  return db.transaction(
    'r',
    [
      db.people,
      db.skills,
      db.skillCategories,
      db.teams,
      db.roleProfiles,
      db.roleRequirements,
      db.requirementOverrides,
      db.assessments,
      db.aspirations,
      db.scaleLevels,
      db.settings,
    ],
    async () => {
      const [
        people,
        skills,
        categories,
        teams,
        roles,
        roleRequirements,
        requirementOverrides,
        assessments,
        aspirations,
        scale,
        settingRecords,
      ] = await Promise.all([
        db.people.toArray(),
        db.skills.toArray(),
        db.skillCategories.orderBy('order').toArray(),
        db.teams.toArray(),
        db.roleProfiles.toArray(),
        db.roleRequirements.toArray(),
        db.requirementOverrides.toArray(),
        db.assessments.toArray(),
        db.aspirations.toArray(),
        db.scaleLevels.orderBy('level').toArray(),
        db.settings.toArray(),
      ])
      const settings = SettingsSchema.parse(
        Object.fromEntries(settingRecords.map((record) => [record.key, record.value])),
      )
      return {
        people,
        skills,
        categories,
        teams,
        roles,
        roleRequirements,
        requirementOverrides,
        assessments,
        aspirations,
        scale,
        settings,
      }
    },
  )
}
