import type { Person } from '../../model'
import { listMonthKeysEndingAt } from '../dates/iso-date'
import { isCountedSource } from './current-levels'
import { resolveRequirements } from './required-levels'
import { selectMatrixPeople } from './selection'
import {
  defaultMatrixSource,
  type CoveragePoint,
  type MatrixFilter,
  type SkillCoverageSeries,
  type SkillSettings,
  type SkillsData,
} from './types'

export interface CoverageOverTimeInput extends SkillsData {
  today: string
  /** How many months to show, ending with the month of `today`. */
  months: number
  /** Default: every critical skill. */
  skillIds?: readonly string[]
  settings?: SkillSettings
  filter?: Pick<MatrixFilter, 'personIds' | 'teamIds' | 'roleIds' | 'demandSources'>
}

/**
 * For each skill and month: of the people on staff at the end of the month who need the skill,
 * how many were at or above their required level, judged by the assessments known by then
 * (latest counted source, as in the matrix; for the current month, up to today).
 *
 * Simplification: today's requirements (roles, overrides, team) are applied to past levels, as
 * the history of role profiles is not kept. So the line shows how people grew into what is
 * needed now, not whether they met what was needed then. Who was on staff does follow
 * hireDate and leftDate; someone marked 'left' without a leftDate is left out of every month.
 */
export function trackCoverageOverTime(input: CoverageOverTimeInput): SkillCoverageSeries[] {
  const filter = input.filter ?? {}
  const matrixSource = input.settings?.matrixSource ?? defaultMatrixSource
  const skillsById = new Map(input.skills.map((skill) => [skill.id, skill]))
  const skills = input.skillIds
    ? input.skillIds.flatMap((id) => skillsById.get(id) ?? [])
    : input.skills.filter((skill) => skill.isCritical)
  const people = selectMatrixPeople(input.people, { ...filter, includeLeft: true })
  const requirements = resolveRequirements(people, input, filter.demandSources)
  const personIds = new Set(people.map((person) => person.id))
  const skillIds = new Set(skills.map((skill) => skill.id))
  // Sorted oldest first, so replaying them leaves the latest one per cell.
  const history = input.assessments
    .filter(
      (a) =>
        isCountedSource(matrixSource, a.source) &&
        personIds.has(a.personId) &&
        skillIds.has(a.skillId) &&
        a.date <= input.today,
    )
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id))

  const levels = new Map<string, Map<string, number>>()
  const series = skills.map((skill) => ({
    skillId: skill.id,
    skillName: skill.name,
    minExperts: skill.minExperts,
    points: [] as CoveragePoint[],
  }))
  let next = 0
  for (const month of listMonthKeysEndingAt(input.today, Math.max(0, input.months))) {
    const asOf = minText(findMonthEnd(month), input.today)
    for (; next < history.length; next += 1) {
      const assessment = history[next]
      if (assessment === undefined || assessment.date > asOf) break
      const bySkill = levels.get(assessment.personId) ?? new Map<string, number>()
      bySkill.set(assessment.skillId, assessment.level)
      levels.set(assessment.personId, bySkill)
    }
    const onStaff = people.filter((person) => isOnStaff(person, asOf))
    for (const entry of series) {
      let needCount = 0
      let holderCount = 0
      let notAssessedCount = 0
      for (const person of onStaff) {
        const required = requirements.get(person.id)?.get(entry.skillId)?.requiredLevel
        if (required === undefined) continue
        needCount += 1
        const current = levels.get(person.id)?.get(entry.skillId)
        if (current === undefined) notAssessedCount += 1
        if ((current ?? 0) >= required) holderCount += 1
      }
      entry.points.push({
        month,
        asOf,
        needCount,
        holderCount,
        belowCount: needCount - holderCount,
        notAssessedCount,
        holderShare: needCount === 0 ? 0 : holderCount / needCount,
      })
    }
  }
  return series
}

/** On staff on `date`: hired by then and not yet gone (leftDate is the last day on staff). */
export function isOnStaff(person: Person, date: string): boolean {
  if (person.hireDate !== null && person.hireDate > date) return false
  if (person.leftDate !== null) return date <= person.leftDate
  return person.status !== 'left'
}

function findMonthEnd(monthKey: string): string {
  const year = Number(monthKey.slice(0, 4))
  const month = Number(monthKey.slice(5, 7))
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${monthKey}-${String(lastDay).padStart(2, '0')}`
}

function minText(a: string, b: string): string {
  return a < b ? a : b
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
