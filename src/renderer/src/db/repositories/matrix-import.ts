import { buildMatrixCsvRows } from '../../../../shared/domain/matrix-import/export'
import type { MatrixImportPlan } from '../../../../shared/domain/matrix-import/types'
import {
  Assessment,
  RoleRequirement,
  Skill,
  SkillCategory,
  type Person,
  type RoleProfile,
  type ScaleLevel,
} from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'

export class MatrixImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled. Nothing was changed.')
    this.name = 'MatrixImportCancelledError'
  }
}

/** What a matrix import is planned against, read in one consistent transaction. */
export interface MatrixImportData {
  people: Person[]
  skills: Skill[]
  categories: SkillCategory[]
  roles: RoleProfile[]
  roleRequirements: RoleRequirement[]
  scale: ScaleLevel[]
  assessments: Assessment[]
}

export async function loadMatrixImportData(db: WorkspaceDb): Promise<MatrixImportData> {
  const tables = [
    db.people,
    db.skills,
    db.skillCategories,
    db.roleProfiles,
    db.roleRequirements,
    db.scaleLevels,
    db.assessments,
  ]
  return db.transaction('r', tables, async () => {
    const [people, skills, categories, roles, roleRequirements, scale, assessments] =
      await Promise.all([
        db.people.toArray(),
        db.skills.toArray(),
        db.skillCategories.orderBy('order').toArray(),
        db.roleProfiles.toArray(),
        db.roleRequirements.toArray(),
        db.scaleLevels.orderBy('level').toArray(),
        db.assessments.toArray(),
      ])
    return { people, skills, categories, roles, roleRequirements, scale, assessments }
  })
}

/** The matrix as CSV rows (see buildMatrixCsvRows), from one read transaction. */
export async function readMatrixCsvRows(db: WorkspaceDb): Promise<string[][]> {
  const data = await loadMatrixImportData(db)
  return buildMatrixCsvRows(data)
}

export interface MatrixImportResult {
  fileName: string
  categoriesCreated: number
  skillsCreated: number
  assessmentsAdded: number
  requirementsCreated: number
  requirementsRaised: number
}

const chunkSize = 500

function isSameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()
}

function isSameRecord<T>(a: T | undefined, b: T): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Writes a planned matrix import in ONE transaction: the new category and skills, the role
 * requirements the user chose to apply, and the new assessments. Cancelling (through `signal`)
 * or any failure aborts the transaction, so nothing is saved.
 */
export async function commitMatrixImport(
  db: WorkspaceDb,
  plan: MatrixImportPlan,
  options: {
    fileName: string
    signal?: AbortSignal
    onProgress?: (done: number, total: number) => void
  },
): Promise<MatrixImportResult> {
  const { signal, onProgress } = options
  // Parsed up front: an invalid record fails before the transaction starts.
  const categories = plan.newCategories.map((category) => SkillCategory.parse(category))
  const skills = plan.newSkills.map((skill) => Skill.parse(skill))
  const assessments = plan.assessments.map((assessment) => Assessment.parse(assessment))
  const { creates, raises } = plan.requirements
  const requirements = [
    ...creates.map((record) => RoleRequirement.parse(record)),
    ...raises.map((change) => RoleRequirement.parse(change.after)),
  ]
  const tables = [db.skillCategories, db.skills, db.roleRequirements, db.assessments, db.people]
  await db.transaction('rw', tables, async () => {
    await checkStillCurrent(db, plan)
    await db.skillCategories.bulkAdd(categories)
    // Added, not put: an id that exists already fails the whole transaction.
    await db.skills.bulkAdd(skills)
    await db.roleRequirements.bulkPut(requirements)
    onProgress?.(0, assessments.length)
    for (let start = 0; start < assessments.length; start += chunkSize) {
      if (signal?.aborted) throw new MatrixImportCancelledError()
      const chunk = assessments.slice(start, start + chunkSize)
      await db.assessments.bulkAdd(chunk)
      onProgress?.(start + chunk.length, assessments.length)
    }
    if (signal?.aborted) throw new MatrixImportCancelledError()
  })
  return {
    fileName: options.fileName,
    categoriesCreated: categories.length,
    skillsCreated: skills.length,
    assessmentsAdded: assessments.length,
    requirementsCreated: creates.length,
    requirementsRaised: raises.length,
  }
}

/** The plan was made from what the screen showed; refuse it if the workspace has moved since. */
async function checkStillCurrent(db: WorkspaceDb, plan: MatrixImportPlan): Promise<void> {
  const stored = await db.skills.toArray()
  for (const skill of plan.newSkills) {
    const taken = stored.find((other) => isSameName(other.name, skill.name))
    if (taken) {
      throw new Error(
        `A skill called “${taken.name}” was added while the import was being prepared. Review the file again.`,
      )
    }
  }
  const skillIds = new Set([...stored, ...plan.newSkills].map((skill) => skill.id))
  if (plan.assessments.some((assessment) => !skillIds.has(assessment.skillId))) {
    throw new Error('A skill in the file was deleted while the import was being prepared.')
  }
  const newCategoryIds = new Set(plan.newCategories.map((category) => category.id))
  const categoryIds = new Set(plan.newSkills.map((skill) => skill.categoryId))
  for (const categoryId of categoryIds) {
    if (!newCategoryIds.has(categoryId) && !(await db.skillCategories.get(categoryId))) {
      throw new Error('A category chosen for the new skills no longer exists: choose another.')
    }
  }
  const personIds = [...new Set(plan.assessments.map((assessment) => assessment.personId))]
  const found = await db.people.bulkGet(personIds)
  if (found.some((person) => person === undefined)) {
    throw new Error('Someone in the file was deleted while the import was being prepared.')
  }
  const { raises } = plan.requirements
  const current = await db.roleRequirements.bulkGet(raises.map((change) => change.before.id))
  if (raises.some((change, index) => !isSameRecord(current[index], change.before))) {
    throw new Error(
      'A role requirement changed while the import was being prepared. Review the file again.',
    )
  }
}
