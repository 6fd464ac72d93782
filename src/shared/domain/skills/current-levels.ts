import type { Assessment, AssessmentSource } from '../../model'
import type { CurrentLevel, LevelIndex, MatrixSource, SelfVsManager } from './types'

export interface LatestLevelOptions {
  /** Only these sources count; null or missing = every source. */
  sources?: readonly AssessmentSource[] | null
  /** Ignore assessments dated after this day. */
  asOf?: string | null
  personIds?: ReadonlySet<string>
  skillIds?: ReadonlySet<string>
}

/**
 * Whether `candidate` supersedes the `shown` level: a later date wins; on the same date the
 * greater id wins. Ids carry no meaning, but the result must not depend on load order.
 */
export function isLaterAssessment(
  candidate: { date: string; id: string },
  shown: { date: string; id: string },
): boolean {
  return candidate.date > shown.date || (candidate.date === shown.date && candidate.id > shown.id)
}

/** The sources the matrix reads for a `matrixSource` setting; null = all of them. */
export function listCountedSources(matrixSource: MatrixSource): readonly AssessmentSource[] | null {
  return matrixSource === 'manager' ? ['manager'] : null
}

export function isCountedSource(matrixSource: MatrixSource, source: AssessmentSource): boolean {
  return matrixSource === 'any' || source === 'manager'
}

/** The latest assessment per person and skill, among the sources and dates asked for. */
export function indexLatestLevels(
  assessments: readonly Assessment[],
  options: LatestLevelOptions = {},
): LevelIndex {
  const sources = options.sources ? new Set(options.sources) : null
  const asOf = options.asOf ?? null
  const { personIds, skillIds } = options
  // Keep the records while scanning and convert only the winners.
  const latest = new Map<string, Map<string, Assessment>>()
  for (const assessment of assessments) {
    if (sources !== null && !sources.has(assessment.source)) continue
    if (asOf !== null && assessment.date > asOf) continue
    if (personIds !== undefined && !personIds.has(assessment.personId)) continue
    if (skillIds !== undefined && !skillIds.has(assessment.skillId)) continue
    let bySkill = latest.get(assessment.personId)
    if (bySkill === undefined) {
      bySkill = new Map()
      latest.set(assessment.personId, bySkill)
    }
    const shown = bySkill.get(assessment.skillId)
    if (shown === undefined || isLaterAssessment(assessment, shown)) {
      bySkill.set(assessment.skillId, assessment)
    }
  }
  const index = new Map<string, Map<string, CurrentLevel>>()
  for (const [personId, bySkill] of latest) {
    const levels = new Map<string, CurrentLevel>()
    for (const [skillId, assessment] of bySkill) levels.set(skillId, toCurrentLevel(assessment))
    index.set(personId, levels)
  }
  return index
}

/** The levels the matrix shows: latest manager assessment, or latest from any source. */
export function indexCurrentLevels(
  assessments: readonly Assessment[],
  matrixSource: MatrixSource,
  options: Omit<LatestLevelOptions, 'sources'> = {},
): LevelIndex {
  return indexLatestLevels(assessments, { ...options, sources: listCountedSources(matrixSource) })
}

export function findCurrentLevel(
  index: LevelIndex,
  personId: string,
  skillId: string,
): CurrentLevel | null {
  return index.get(personId)?.get(skillId) ?? null
}

/**
 * Latest self and latest manager assessment side by side, for every person-skill that has
 * either; ordered by person id, then skill id.
 */
export function compareSelfAndManager(
  assessments: readonly Assessment[],
  options: { personIds?: readonly string[]; asOf?: string } = {},
): SelfVsManager[] {
  const personIds = options.personIds ? new Set(options.personIds) : undefined
  const shared = { asOf: options.asOf ?? null, personIds }
  const selfIndex = indexLatestLevels(assessments, { ...shared, sources: ['self'] })
  const managerIndex = indexLatestLevels(assessments, { ...shared, sources: ['manager'] })
  const skillsByPerson = new Map<string, Set<string>>()
  for (const index of [selfIndex, managerIndex]) {
    for (const [personId, bySkill] of index) {
      const skillIds = skillsByPerson.get(personId) ?? new Set<string>()
      for (const skillId of bySkill.keys()) skillIds.add(skillId)
      skillsByPerson.set(personId, skillIds)
    }
  }
  const pairs: SelfVsManager[] = []
  for (const personId of [...skillsByPerson.keys()].sort()) {
    for (const skillId of [...(skillsByPerson.get(personId) ?? [])].sort()) {
      const self = findCurrentLevel(selfIndex, personId, skillId)
      const manager = findCurrentLevel(managerIndex, personId, skillId)
      const difference = self !== null && manager !== null ? self.level - manager.level : null
      pairs.push({ personId, skillId, self, manager, difference })
    }
  }
  return pairs
}

export function toCurrentLevel(assessment: Assessment): CurrentLevel {
  return {
    level: assessment.level,
    date: assessment.date,
    source: assessment.source,
    assessmentId: assessment.id,
  }
}
