import type {
  CareerPath,
  Person,
  PlanItem,
  Review,
  RoleProfile,
  RoleRequirement,
} from '../../model'
import type { LevelIndex } from '../skills/types'

export type ReadinessBand = 'now' | 'year' | 'later' | 'unknown'

export const readinessLabels: Record<ReadinessBand, string> = {
  now: 'Ready now',
  year: 'Within a year',
  later: 'Later',
  unknown: 'No requirements set',
}

export interface ReadinessGap {
  skillId: string
  required: number
  /** Null when the skill was never assessed. */
  current: number | null
}

export interface Readiness {
  personId: string
  roleId: string
  met: number
  total: number
  /** Share of the role's requirements met; null when the role requires nothing yet. */
  share: number | null
  gaps: ReadinessGap[]
  band: ReadinessBand
}

/**
 * The bands: ready now when at least 90% of the requirements are met and no gap is more than one
 * level; within a year from 60%; later below that.
 */
export function bandFor(share: number | null, gaps: readonly ReadinessGap[]): ReadinessBand {
  if (share === null) return 'unknown'
  const largest = Math.max(0, ...gaps.map((gap) => gap.required - (gap.current ?? 0)))
  if (share >= 0.9 && largest <= 1) return 'now'
  if (share >= 0.6) return 'year'
  return 'later'
}

/** Requirements grouped by role, once for a whole team. */
export function indexRequirements(
  requirements: readonly RoleRequirement[],
): Map<string, RoleRequirement[]> {
  const byRole = new Map<string, RoleRequirement[]>()
  for (const requirement of requirements) {
    const list = byRole.get(requirement.roleId) ?? []
    list.push(requirement)
    byRole.set(requirement.roleId, list)
  }
  return byRole
}

export function computeReadiness(
  personId: string,
  roleId: string,
  requirements: ReadonlyMap<string, readonly RoleRequirement[]>,
  levels: LevelIndex,
): Readiness {
  const needed = requirements.get(roleId) ?? []
  const own = levels.get(personId)
  const gaps: ReadinessGap[] = []
  for (const requirement of needed) {
    const current = own?.get(requirement.skillId)?.level ?? null
    if (current === null || current < requirement.requiredLevel) {
      gaps.push({ skillId: requirement.skillId, required: requirement.requiredLevel, current })
    }
  }
  const total = needed.length
  const met = total - gaps.length
  const share = total === 0 ? null : met / total
  gaps.sort((a, b) => b.required - (b.current ?? 0) - (a.required - (a.current ?? 0)))
  return { personId, roleId, met, total, share, gaps, band: bandFor(share, gaps) }
}

/** The role after `roleId` on the first path that climbs from it; null at the top or off every path. */
export function findNextRole(roleId: string | null, paths: readonly CareerPath[]): string | null {
  if (roleId === null) return null
  for (const path of [...paths].sort((a, b) => a.name.localeCompare(b.name))) {
    const index = path.roleIds.indexOf(roleId)
    if (index >= 0 && index + 1 < path.roleIds.length) return path.roleIds[index + 1]!
  }
  return null
}

/** The roles directly below `roleId` on any path: where its successors usually come from. */
export function findFeederRoles(roleId: string, paths: readonly CareerPath[]): Set<string> {
  const feeders = new Set<string>()
  for (const path of paths) {
    const index = path.roleIds.indexOf(roleId)
    if (index > 0) feeders.add(path.roleIds[index - 1]!)
  }
  return feeders
}

/** Next-role readiness for every active person who has a next role. */
export function listNextRoleReadiness(
  people: readonly Person[],
  paths: readonly CareerPath[],
  requirements: ReadonlyMap<string, readonly RoleRequirement[]>,
  levels: LevelIndex,
): Readiness[] {
  const result: Readiness[] = []
  for (const person of people) {
    if (person.status !== 'active') continue
    const next = findNextRole(person.roleId, paths)
    if (next !== null) result.push(computeReadiness(person.id, next, requirements, levels))
  }
  return result
}

export interface HighPotential {
  personId: string
  reasons: string[]
}

/** The latest review with a 9-box placement per person (finished or not, newest by update). */
function latestReviews(reviews: readonly Review[]): Map<string, Review> {
  const latest = new Map<string, Review>()
  for (const review of reviews) {
    const shown = latest.get(review.personId)
    if (!shown || review.updatedAt > shown.updatedAt) latest.set(review.personId, review)
  }
  return latest
}

/**
 * High potentials: rated high potential in their latest review, or ready now for their next role
 * while performing in the top band. Each comes with the reasons, in words.
 */
export function listHighPotentials(input: {
  people: readonly Person[]
  reviews: readonly Review[]
  readiness: readonly Readiness[]
  performanceOf: (review: Review) => 'low' | 'medium' | 'high' | null
  roleName: (roleId: string) => string
}): HighPotential[] {
  const latest = latestReviews(input.reviews)
  const readinessOf = new Map(input.readiness.map((entry) => [entry.personId, entry]))
  const result: HighPotential[] = []
  for (const person of input.people) {
    if (person.status !== 'active') continue
    const review = latest.get(person.id)
    const performance = review ? input.performanceOf(review) : null
    const readiness = readinessOf.get(person.id)
    const reasons: string[] = []
    if (review?.potential === 'high') reasons.push('Rated high potential in their latest review')
    if (performance === 'high') reasons.push('Performing in the top band')
    if (readiness?.band === 'now') reasons.push(`Ready now for ${input.roleName(readiness.roleId)}`)
    else if (readiness?.band === 'year' && review?.potential === 'high')
      reasons.push(`Ready for ${input.roleName(readiness.roleId)} within a year`)
    const qualifies =
      review?.potential === 'high' || (performance === 'high' && readiness?.band === 'now')
    if (qualifies) result.push({ personId: person.id, reasons })
  }
  return result
}

export interface Succession {
  role: RoleProfile
  holders: Person[]
  /** Who could step in, best first: people not in the role, ready now or within a year. */
  candidates: Readiness[]
  readyNow: number
  /** Nobody is ready now: losing a holder leaves the role empty. */
  isSinglePointOfFailure: boolean
}

/** Per critical role: the holders, who could step in, and whether anyone is ready now. */
export function listSuccession(input: {
  roles: readonly RoleProfile[]
  people: readonly Person[]
  requirements: ReadonlyMap<string, readonly RoleRequirement[]>
  levels: LevelIndex
}): Succession[] {
  const active = input.people.filter((person) => person.status === 'active')
  return input.roles
    .filter((role) => role.isCritical === true)
    .map((role) => {
      const holders = active.filter((person) => person.roleId === role.id)
      const candidates = active
        .filter((person) => person.roleId !== role.id)
        .map((person) => computeReadiness(person.id, role.id, input.requirements, input.levels))
        .filter((entry) => entry.band === 'now' || entry.band === 'year')
        .sort((a, b) => (b.share ?? 0) - (a.share ?? 0) || a.gaps.length - b.gaps.length)
      const readyNow = candidates.filter((entry) => entry.band === 'now').length
      return { role, holders, candidates, readyNow, isSinglePointOfFailure: readyNow === 0 }
    })
}

export interface MentorSuggestion {
  person: Person
  level: number
  mentees: number
}

/** Open mentoring pairs per mentor: plan items naming them that are not finished. */
export function countMentees(planItems: readonly PlanItem[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of planItems) {
    if (!item.mentorId || item.status === 'completed' || item.status === 'applied') continue
    counts.set(item.mentorId, (counts.get(item.mentorId) ?? 0) + 1)
  }
  return counts
}

/**
 * Colleagues who could mentor `personId` on a skill: on staff, at or above the level needed, and
 * mentoring fewer than `maxMentees` people. Highest level first, then the least busy.
 */
export function suggestMentors(input: {
  personId: string
  skillId: string
  level: number
  people: readonly Person[]
  levels: LevelIndex
  mentees: ReadonlyMap<string, number>
  maxMentees: number
}): MentorSuggestion[] {
  const suggestions: MentorSuggestion[] = []
  for (const person of input.people) {
    if (person.status !== 'active' || person.id === input.personId) continue
    const level = input.levels.get(person.id)?.get(input.skillId)?.level
    const mentees = input.mentees.get(person.id) ?? 0
    if (level === undefined || level < input.level || mentees >= input.maxMentees) continue
    suggestions.push({ person, level, mentees })
  }
  return suggestions.sort(
    (a, b) =>
      b.level - a.level ||
      a.mentees - b.mentees ||
      a.person.displayName.localeCompare(b.person.displayName),
  )
}
