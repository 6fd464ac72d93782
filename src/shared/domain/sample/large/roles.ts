import type { CareerPath, RoleProfile, RoleRequirement } from '../../../model'
import { toSkillId } from '../catalogue'
import { findTeamSpec } from './org-spec'
import { ladders } from './ladders'
import { findLargeRole, largeRoleSpecs, matrixGroups, toRoleId } from './role-specs'
import { skillKeys, toSkillIndex } from './skills'

const requirementCache = new Map<string, Map<string, number>>()

/** What a role requires, by skill key. */
export function listRequirements(role: string): Map<string, number> {
  const cached = requirementCache.get(role)
  if (cached) return cached
  const words = findLargeRole(role).requires.split(' ')
  const map = new Map<string, number>()
  for (let i = 0; i + 1 < words.length; i += 2) {
    const key = words[i] ?? ''
    toSkillIndex(key)
    map.set(key, Number(words[i + 1]))
  }
  requirementCache.set(role, map)
  return map
}

/** The level a role needs in a skill; a lead also needs their team's craft at working level. */
export function findRequired(role: string, team: string, skill: string): number | null {
  const own = listRequirements(role).get(skill)
  if (own !== undefined) return own
  if (role !== 'team-lead') return null
  const craft = listLeadCraft(team).get(skill)
  return craft === undefined ? null : Math.max(1, craft - 1)
}

const levelCache = new Map<string, Int8Array>()

/** What a role in a team requires, by skill index (-1: not required). */
export function listRequiredLevels(role: string, team: string): Int8Array {
  const cacheKey = `${role}:${team}`
  const cached = levelCache.get(cacheKey)
  if (cached) return cached
  const levels = new Int8Array(skillKeys.length).fill(-1)
  skillKeys.forEach((key, index) => {
    levels[index] = findRequired(role, team, key) ?? -1
  })
  levelCache.set(cacheKey, levels)
  return levels
}

const craftCache = new Map<string, Map<string, number>>()

/** The core skills of a team's member roles (level 3 and up): what its lead is also rated on. */
export function listLeadCraft(team: string): Map<string, number> {
  const cached = craftCache.get(team)
  if (cached) return cached
  const craft = new Map<string, number>()
  for (const [role] of findTeamSpec(team).roles) {
    for (const [skill, level] of listRequirements(role)) {
      if (level >= 3 && (craft.get(skill) ?? 0) < level) craft.set(skill, level)
    }
  }
  craftCache.set(team, craft)
  return craft
}

const assessedCache = new Map<string, number[]>()

/** The skills (by index) a manager rates for a role in a team each quarter. */
export function listAssessedSkills(role: string, team: string): number[] {
  const cacheKey = `${role}:${team}`
  const cached = assessedCache.get(cacheKey)
  if (cached) return cached
  const keys = new Set(listRequirements(role).keys())
  for (const group of findLargeRole(role).matrix) {
    for (const key of matrixGroups[group].split(' ')) keys.add(key)
  }
  if (role === 'team-lead') for (const key of listLeadCraft(team).keys()) keys.add(key)
  const indexes = [...keys].map(toSkillIndex).sort((a, b) => a - b)
  assessedCache.set(cacheKey, indexes)
  return indexes
}

export function createRoleProfiles(): RoleProfile[] {
  return largeRoleSpecs.map((spec) => ({
    id: toRoleId(spec.key),
    name: spec.name,
    description: spec.description,
    ...(spec.isCritical ? { isCritical: true } : {}),
  }))
}

/** Requirements that come from a business goal (see extras.ts), and those that need a certificate. */
const goalDriven: Record<string, string> = {
  'eudr-traceability': 'bg-eudr',
  'consultative-selling': 'bg-wholesale-growth',
  'customer-onboarding': 'bg-wholesale-growth',
}

export const certificateNames: Record<string, string> = {
  'barista-trainer:haccp': 'Food hygiene Level 2',
  'barista:haccp': 'Food hygiene Level 2',
  'cafe-supervisor:haccp': 'Food hygiene Level 2',
  'warehouse-operative:forklift': 'Forklift licence (counterbalance)',
  'shift-supervisor:forklift': 'Forklift licence (counterbalance)',
  'delivery-driver:driving-hours': 'Driver CPC',
  'roaster:gas-safety': 'Roaster gas safety',
  'service-technician:electrical-safety': 'Electrical safety (EN 60335)',
}

export function createRoleRequirements(): RoleRequirement[] {
  return largeRoleSpecs.flatMap((spec) =>
    [...listRequirements(spec.key)].map(([skill, level]): RoleRequirement => {
      const businessGoalId = goalDriven[skill] ?? null
      const certification = certificateNames[`${spec.key}:${skill}`]
      return {
        id: `req-${spec.key}-${skill}`,
        roleId: toRoleId(spec.key),
        skillId: toSkillId(skill),
        requiredLevel: level,
        demandSource: businessGoalId === null ? 'role' : 'business-goal',
        businessGoalId,
        ...(certification === undefined ? {} : { certification }),
      }
    }),
  )
}

export function createCareerPaths(): CareerPath[] {
  return ladders.map((ladder) => ({
    id: `path-${ladder.key}`,
    name: ladder.name,
    description: ladder.description,
    roleIds: ladder.roles.map(toRoleId),
  }))
}
