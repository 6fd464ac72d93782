import type { Person, Skill } from '../../model'
import type { MatrixFilter } from './types'

/** The people a model covers, in input order. People who left are out unless asked for. */
export function selectMatrixPeople(people: readonly Person[], filter: MatrixFilter = {}): Person[] {
  const personIds = toOptionalSet(filter.personIds)
  const teamIds = toOptionalSet(filter.teamIds)
  const roleIds = toOptionalSet(filter.roleIds)
  return people.filter(
    (person) =>
      (filter.includeLeft === true || person.status !== 'left') &&
      isAllowed(personIds, person.id) &&
      isAllowed(teamIds, person.teamId) &&
      isAllowed(roleIds, person.roleId),
  )
}

/** The skills a model covers, in input order. */
export function selectMatrixSkills(skills: readonly Skill[], filter: MatrixFilter = {}): Skill[] {
  const skillIds = toOptionalSet(filter.skillIds)
  const categoryIds = toOptionalSet(filter.categoryIds)
  return skills.filter(
    (skill) =>
      (filter.onlyCritical !== true || skill.isCritical) &&
      isAllowed(skillIds, skill.id) &&
      isAllowed(categoryIds, skill.categoryId),
  )
}

/** A missing or empty list means "no filter", so an untouched filter control hides nothing. */
function toOptionalSet(values: readonly string[] | undefined): ReadonlySet<string> | null {
  return values && values.length > 0 ? new Set(values) : null
}

function isAllowed(allowed: ReadonlySet<string> | null, value: string | null): boolean {
  return allowed === null || (value !== null && allowed.has(value))
}
