import type { WorkspaceData, WorkspaceSettings } from '../../model'
import { readPerformanceLevel, readRatingScale } from '../reviews/evidence'
import { indexLatestLevels, listCountedSources } from '../skills/current-levels'
import type { LevelIndex } from '../skills/types'
import {
  countMentees,
  indexRequirements,
  listHighPotentials,
  listNextRoleReadiness,
  listSuccession,
  type HighPotential,
  type Readiness,
  type Succession,
} from './readiness'

/** The tables the careers screens read. */
export const careerTables = [
  'people',
  'teams',
  'roleProfiles',
  'roleRequirements',
  'skills',
  'scaleLevels',
  'assessments',
  'careerPaths',
  'careerEvents',
  'leavers',
  'certifications',
  'reviews',
  'reviewCycles',
  'planItems',
  'plans',
  'enrolments',
] as const satisfies readonly (keyof WorkspaceData)[]

export type CareerData = Pick<WorkspaceData, (typeof careerTables)[number]> & {
  settings: WorkspaceSettings
}

export interface CareerOverview {
  levels: LevelIndex
  requirements: ReturnType<typeof indexRequirements>
  readiness: Readiness[]
  highPotentials: HighPotential[]
  succession: Succession[]
  mentees: Map<string, number>
}

/** Readiness, high potentials, succession and mentoring load, from one read of the tables. */
export function buildCareerOverview(data: CareerData): CareerOverview {
  const levels = indexLatestLevels(data.assessments, {
    sources: listCountedSources(data.settings.matrixSource),
  })
  const requirements = indexRequirements(data.roleRequirements)
  const active = data.people.filter((person) => person.status === 'active')
  const readiness = listNextRoleReadiness(active, data.careerPaths, requirements, levels)
  const scale = readRatingScale(data)
  const roleNames = new Map(data.roleProfiles.map((role) => [role.id, role.name]))
  return {
    levels,
    requirements,
    readiness,
    highPotentials: listHighPotentials({
      people: active,
      reviews: data.reviews,
      readiness,
      performanceOf: (review) => readPerformanceLevel(review, scale),
      roleName: (id) => roleNames.get(id) ?? 'their next role',
    }),
    succession: listSuccession({ roles: data.roleProfiles, people: active, requirements, levels }),
    mentees: countMentees(data.planItems),
  }
}
