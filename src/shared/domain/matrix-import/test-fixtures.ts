import {
  Person,
  RoleRequirement,
  Skill,
  type Assessment,
  type AssessmentSource,
  type ScaleLevel,
  type SkillCategory,
} from '../../model'
import { suggestMatrixColumns } from './columns'
import { planMatrixImport } from './plan'
import type { MatrixImportPlan, PlanMatrixImportInput } from './types'

export const importDate = '2026-11-23'

export const scale: ScaleLevel[] = ['None', 'Aware', 'Working', 'Practitioner', 'Expert'].map(
  (label, level) => ({ level, label, descriptor: '' }),
)

export const categories: SkillCategory[] = [
  { id: 'cat-ops', name: 'Operations', order: 2 },
  { id: 'cat-craft', name: 'Craft', order: 1 },
]

export const makeSkill = (id: string, name: string, categoryId = 'cat-craft'): Skill =>
  Skill.parse({ id, name, categoryId })

export const makePerson = (id: string, displayName: string, fields: Partial<Person> = {}): Person =>
  Person.parse({ id, displayName, createdAt: '2025-01-01', ...fields })

export const makeAssessment = (
  id: string,
  personId: string,
  skillId: string,
  level: number,
  date: string,
  source: AssessmentSource = 'manager',
): Assessment => ({ id, personId, skillId, level, date, source, assessorId: null, note: '' })

export const makeRequirement = (roleId: string, skillId: string, requiredLevel: number) =>
  RoleRequirement.parse({ id: `req-${roleId}-${skillId}`, roleId, skillId, requiredLevel })

export const skills: Skill[] = [
  makeSkill('s-roast', 'Roast profiling'),
  makeSkill('s-cup', 'Cupping & sensory evaluation'),
  makeSkill('s-fork', 'Forklift operation', 'cat-ops'),
]

export const people: Person[] = [
  makePerson('p-ann', 'Ann Lee', { employeeId: 'E1', email: 'ann@x.example', roleId: 'r-roaster' }),
  makePerson('p-bo', 'Bo Diaz', { employeeId: 'E2', email: 'bo@x.example', roleId: 'r-roaster' }),
  makePerson('p-cy', 'Cy Ng', { employeeId: 'E3', email: 'cy@x.example', roleId: 'r-driver' }),
  makePerson('p-di', 'Di Park', { employeeId: 'E4', email: 'di@x.example' }),
]

export const assessments: Assessment[] = [
  makeAssessment('a-1', 'p-ann', 's-roast', 2, '2026-01-10'),
  makeAssessment('a-2', 'p-ann', 's-roast', 3, '2026-06-10'),
  makeAssessment('a-3', 'p-ann', 's-cup', 1, '2026-06-10', 'self'),
  makeAssessment('a-4', 'p-bo', 's-fork', 4, '2026-06-10'),
]

/** Ids in creation order, so a test can name what a plan will create. */
export function createIdSequence(prefix = 'new'): () => string {
  let next = 0
  return () => `${prefix}-${String(++next).padStart(3, '0')}`
}

/** Plans a table whose first row is the header, with the columns Trellis suggests for it. */
export function planTable(
  table: string[][],
  context: Partial<PlanMatrixImportInput> = {},
): MatrixImportPlan {
  const [headers = [], ...rows] = table
  const workspaceSkills = context.skills ?? skills
  const workspaceCategories = context.categories ?? categories
  return planMatrixImport({
    csv: { headers, rows },
    columns: suggestMatrixColumns(headers, workspaceSkills, workspaceCategories),
    requiredUse: 'skip',
    people,
    skills: workspaceSkills,
    categories: workspaceCategories,
    roles: [],
    roleRequirements: [],
    scale,
    assessments,
    source: 'manager',
    date: importDate,
    note: 'Imported from test.csv',
    createId: createIdSequence(),
    ...context,
  })
}
