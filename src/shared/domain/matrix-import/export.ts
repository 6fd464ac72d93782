import type { Assessment, Person, Skill, SkillCategory } from '../../model'
import { findCurrentLevel, indexLatestLevels } from '../skills/current-levels'

export const matrixPersonHeaders = ['Employee ID', 'Name', 'Email'] as const

export interface MatrixCsvInput {
  people: readonly Person[]
  skills: readonly Skill[]
  categories: readonly SkillCategory[]
  assessments: readonly Assessment[]
}

/**
 * The matrix as rows for a CSV: `Employee ID, Name, Email` and one column per skill (by category,
 * then name), one row per active person (by name), each cell the latest manager level
 * or blank when not assessed. Importing the file back with the manager source changes nothing.
 */
export function buildMatrixCsvRows(input: MatrixCsvInput): string[][] {
  const categoryOrder = new Map(input.categories.map((category) => [category.id, category.order]))
  const orderOf = (skill: Skill): number =>
    categoryOrder.get(skill.categoryId) ?? Number.MAX_SAFE_INTEGER
  const skills = [...input.skills].sort(
    (a, b) => orderOf(a) - orderOf(b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  )
  const people = input.people
    .filter((person) => person.status !== 'left')
    .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id))
  const levels = indexLatestLevels(input.assessments, { sources: ['manager'] })
  return [
    [...matrixPersonHeaders, ...skills.map((skill) => skill.name)],
    ...people.map((person) => [
      person.employeeId ?? '',
      person.displayName,
      person.email,
      ...skills.map((skill) => String(findCurrentLevel(levels, person.id, skill.id)?.level ?? '')),
    ]),
  ]
}
