import type { AssessmentList, SkillsData } from '../../../../shared/domain/skills'
import type {
  Certification,
  ScaleLevel,
  SkillCategory,
  Team,
  RoleProfile,
  WorkspaceSettings,
} from '../../../../shared/model'
import { settingsFromRecords } from '../../../../shared/model'
import { loadLatestAssessments } from './latest-assessments'
import type { WorkspaceDb } from '../workspace-db'

export interface MatrixData extends Omit<SkillsData, 'assessments'> {
  assessments: AssessmentList
  categories: SkillCategory[]
  teams: Team[]
  roles: RoleProfile[]
  scale: ScaleLevel[]
  settings: WorkspaceSettings
  /** Certifications, for the requirements that need one (marked in the grid when not valid). */
  certifications: Certification[]
  /**
   * 'latest': `assessments` holds the latest of each person, skill and source, which is all the
   * grid needs; 'full': the whole history, which trends and coverage over time need.
   */
  history: 'latest' | 'full'
}

/**
 * Reads everything the matrix needs once. The screen then keeps its own model and applies each
 * edit to it, rather than re-reading 100,000 assessments per keystroke. Assessments come from the
 * packed cache of the latest ones (see latest-assessments.ts), so the first screen does not wait
 * for the whole history.
 */
export async function loadMatrixData(db: WorkspaceDb): Promise<MatrixData> {
  const [rest, assessments] = await Promise.all([
    loadEverythingButAssessments(db),
    loadLatestAssessments(db),
  ])
  return { ...rest, assessments, history: 'latest' }
}

/** The whole assessment history, for the views that need it (coverage over time). */
export async function loadFullHistory(data: MatrixData, db: WorkspaceDb): Promise<MatrixData> {
  if (data.history === 'full') return data
  return { ...data, assessments: await db.assessments.toArray(), history: 'full' }
}

async function loadEverythingButAssessments(
  db: WorkspaceDb,
): Promise<Omit<MatrixData, 'assessments' | 'history'>> {
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
      db.aspirations,
      db.scaleLevels,
      db.settings,
      db.certifications,
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
        aspirations,
        scale,
        settingRecords,
        certifications,
      ] = await Promise.all([
        db.people.toArray(),
        db.skills.toArray(),
        db.skillCategories.orderBy('order').toArray(),
        db.teams.toArray(),
        db.roleProfiles.toArray(),
        db.roleRequirements.toArray(),
        db.requirementOverrides.toArray(),
        db.aspirations.toArray(),
        db.scaleLevels.orderBy('level').toArray(),
        db.settings.toArray(),
        db.certifications.toArray(),
      ])
      const settings = settingsFromRecords(settingRecords)
      return {
        people,
        skills,
        categories,
        teams,
        roles,
        roleRequirements,
        requirementOverrides,
        aspirations,
        scale,
        settings,
        certifications,
      }
    },
  )
}
