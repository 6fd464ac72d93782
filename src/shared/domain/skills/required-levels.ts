import type { DemandSource, Person, RequirementOverride, RoleRequirement } from '../../model'
import type { Requirement, RequirementIndex } from './types'

export interface RequirementRecords {
  roleRequirements: readonly RoleRequirement[]
  requirementOverrides: readonly RequirementOverride[]
}

/** Answers "what does this person need in this skill?" without building per-person maps. */
export interface RequirementLookup {
  /** The resolved level, or null when the person does not need the skill (or it is filtered out). */
  findLevel(person: Person, skillId: string): number | null
  find(person: Person, skillId: string): Requirement | null
  /** The record that set the level (for its demand), without building a Requirement. */
  findRecord(person: Person, skillId: string): RoleRequirement | RequirementOverride | null
  /** Skills the person's role or overrides mention (some may resolve to null). */
  listSkillIds(person: Person): string[]
}

/**
 * Each person's required level per skill is the role's requirement, replaced by a per-person
 * override when one exists (an override may also add a skill the role does not need).
 * A resolved level of 0 means "not needed" (an override to 0 exempts the person).
 * With `demandSources`, only requirements whose demand is in the list are kept.
 */
export function createRequirementLookup(
  records: RequirementRecords,
  demandSources?: readonly DemandSource[] | null,
): RequirementLookup {
  const byRole = groupStrictest(records.roleRequirements, (r) => r.roleId)
  const byPerson = groupStrictest(records.requirementOverrides, (o) => o.personId)
  const wanted = toDemandSet(demandSources)
  const findRoleRequirement = (person: Person, skillId: string): RoleRequirement | null =>
    (person.roleId === null ? undefined : byRole.get(person.roleId)?.get(skillId)) ?? null

  const findLevel = (person: Person, skillId: string): number | null => {
    const roleRequirement = findRoleRequirement(person, skillId)
    const override = byPerson.get(person.id)?.get(skillId)
    const level = override?.requiredLevel ?? roleRequirement?.requiredLevel ?? 0
    if (level <= 0) return null
    if (wanted === null) return level
    // An override keeps the demand of the role requirement it replaced (see listDemandSources).
    const isWanted =
      (override !== undefined && wanted.has(override.demandSource)) ||
      (roleRequirement !== null && wanted.has(roleRequirement.demandSource))
    return isWanted ? level : null
  }

  return {
    findLevel,
    find(person, skillId) {
      if (findLevel(person, skillId) === null) return null
      const roleRequirement = findRoleRequirement(person, skillId)
      const override = byPerson.get(person.id)?.get(skillId)
      if (override !== undefined) return fromOverride(override, roleRequirement)
      return roleRequirement === null ? null : fromRoleRequirement(person.id, roleRequirement)
    },
    findRecord(person, skillId) {
      if (findLevel(person, skillId) === null) return null
      return byPerson.get(person.id)?.get(skillId) ?? findRoleRequirement(person, skillId)
    },
    listSkillIds(person) {
      const roleSkills = person.roleId === null ? undefined : byRole.get(person.roleId)?.keys()
      const overrideSkills = byPerson.get(person.id)?.keys()
      return [...new Set([...(roleSkills ?? []), ...(overrideSkills ?? [])])]
    },
  }
}

/** Every person's resolved requirements (see createRequirementLookup for the rules). */
export function resolveRequirements(
  people: readonly Person[],
  records: RequirementRecords,
  demandSources?: readonly DemandSource[] | null,
): RequirementIndex {
  const lookup = createRequirementLookup(records, demandSources)
  const index = new Map<string, Map<string, Requirement>>()
  for (const person of people) {
    const resolved = new Map<string, Requirement>()
    for (const skillId of lookup.listSkillIds(person)) {
      const requirement = lookup.find(person, skillId)
      if (requirement !== null) resolved.set(skillId, requirement)
    }
    index.set(person.id, resolved)
  }
  return index
}

/** One person's requirements, ordered by skill id. */
export function listPersonRequirements(
  person: Person,
  records: RequirementRecords,
  demandSources?: readonly DemandSource[] | null,
): Requirement[] {
  const resolved = resolveRequirements([person], records, demandSources).get(person.id)
  return [...(resolved?.values() ?? [])].sort((a, b) => compareIds(a.skillId, b.skillId))
}

export function findRequirement(
  index: RequirementIndex,
  personId: string,
  skillId: string,
): Requirement | null {
  return index.get(personId)?.get(skillId) ?? null
}

/**
 * The demands behind a requirement. An override keeps the demand of the role requirement it
 * replaced as well, so raising a goal-driven level for one person does not hide it from a
 * business-goal view.
 */
export function listDemandSources(requirement: Requirement): DemandSource[] {
  const replaced = requirement.replacedRoleRequirement?.demandSource
  return replaced === undefined || replaced === requirement.demandSource
    ? [requirement.demandSource]
    : [requirement.demandSource, replaced]
}

export function matchesDemandSources(
  requirement: Requirement,
  demandSources: ReadonlySet<DemandSource>,
): boolean {
  return listDemandSources(requirement).some((source) => demandSources.has(source))
}

/** null means "no filter": a missing or empty list keeps every demand. */
export function toDemandSet(
  demandSources: readonly DemandSource[] | null | undefined,
): ReadonlySet<DemandSource> | null {
  return demandSources && demandSources.length > 0 ? new Set(demandSources) : null
}

function fromRoleRequirement(personId: string, requirement: RoleRequirement): Requirement {
  return {
    personId,
    skillId: requirement.skillId,
    requiredLevel: requirement.requiredLevel,
    demandSource: requirement.demandSource,
    businessGoalId: requirement.businessGoalId,
    origin: 'role',
    recordId: requirement.id,
    replacedRoleRequirement: null,
  }
}

function fromOverride(
  override: RequirementOverride,
  replaced: RoleRequirement | null,
): Requirement {
  return {
    personId: override.personId,
    skillId: override.skillId,
    requiredLevel: override.requiredLevel,
    demandSource: override.demandSource,
    businessGoalId: override.businessGoalId,
    origin: 'override',
    recordId: override.id,
    replacedRoleRequirement: replaced,
  }
}

type LevelRecord = { id: string; skillId: string; requiredLevel: number }

/**
 * owner -> skillId -> record. Duplicates for the same owner and skill should not exist; if they
 * do, the higher level wins (then the smaller id) so the result never depends on input order.
 */
function groupStrictest<T extends LevelRecord>(
  records: readonly T[],
  ownerOf: (record: T) => string,
): Map<string, Map<string, T>> {
  const groups = new Map<string, Map<string, T>>()
  for (const record of records) {
    const owner = ownerOf(record)
    let bySkill = groups.get(owner)
    if (bySkill === undefined) {
      bySkill = new Map()
      groups.set(owner, bySkill)
    }
    const existing = bySkill.get(record.skillId)
    if (existing === undefined || isStricter(record, existing)) bySkill.set(record.skillId, record)
  }
  return groups
}

function isStricter(candidate: LevelRecord, existing: LevelRecord): boolean {
  if (candidate.requiredLevel !== existing.requiredLevel) {
    return candidate.requiredLevel > existing.requiredLevel
  }
  return candidate.id < existing.id
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
