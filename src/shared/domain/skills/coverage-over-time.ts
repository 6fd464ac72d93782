import type { Assessment, Person, Skill } from '../../model'
import { listMonthKeysEndingAt, toMonthKey } from '../dates/iso-date'
import { listAssessments, type AssessmentList } from './assessment-table'
import { isLaterAssessment } from './current-levels'
import { findOwnerIds } from './owners'
import { createRequirementLookup } from './required-levels'
import { selectMatrixPeople } from './selection'
import {
  defaultMatrixSource,
  type CoveragePoint,
  type MatrixFilter,
  type SkillCoverageSeries,
  type SkillSettings,
  type SkillsData,
} from './types'

export interface CoverageOverTimeInput extends Omit<SkillsData, 'assessments'> {
  assessments: AssessmentList
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
  const isManagerOnly = (input.settings?.matrixSource ?? defaultMatrixSource) === 'manager'
  const skillsById = new Map(input.skills.map((skill) => [skill.id, skill]))
  const skills = input.skillIds
    ? input.skillIds.flatMap((id) => skillsById.get(id) ?? [])
    : input.skills.filter((skill) => skill.isCritical)
  // Owners are in no total of who needs a skill (owners.ts).
  const ownerIds = findOwnerIds(input.people)
  const people = selectMatrixPeople(input.people, { ...filter, includeLeft: true }).filter(
    (person) => !ownerIds.has(person.id),
  )
  const months = listMonthKeysEndingAt(input.today, Math.max(0, input.months))
  const cutoffs = months.map((month) => minText(findMonthEnd(month), input.today))
  const firstMonth = months[0]
  if (firstMonth === undefined) return skills.map((skill) => toSeries(skill, []))

  // Cells are numbered row * skills.length + column, so every table below is a flat array.
  const rowOf = new Map(people.map((person, row) => [person.id, row]))
  const columnOf = new Map(skills.map((skill, column) => [skill.id, column]))
  const width = skills.length
  const required = new Int8Array(people.length * width).fill(-1)
  const lookup = createRequirementLookup(input, filter.demandSources)
  people.forEach((person, row) => {
    skills.forEach((skill, column) => {
      required[row * width + column] = lookup.findLevel(person, skill.id) ?? -1
    })
  })

  // The latest assessment per cell within each month (earlier history falls into the first).
  const monthOf = new Map(months.map((month, index) => [month, index]))
  const latestByMonth = months.map(() => new Map<number, Assessment>())
  for (const assessment of listAssessments(input.assessments)) {
    if (isManagerOnly && assessment.source !== 'manager') continue
    if (assessment.date > input.today) continue
    const row = rowOf.get(assessment.personId)
    const column = columnOf.get(assessment.skillId)
    if (row === undefined || column === undefined) continue
    const month = assessment.date < firstMonth ? 0 : monthOf.get(toMonthKey(assessment.date))
    const latest = month === undefined ? undefined : latestByMonth[month]
    if (latest === undefined) continue
    const cell = row * width + column
    const shown = latest.get(cell)
    if (shown === undefined || isLaterAssessment(assessment, shown)) latest.set(cell, assessment)
  }

  const levels = new Int8Array(people.length * width).fill(-1)
  const points: CoveragePoint[][] = skills.map(() => [])
  months.forEach((month, index) => {
    const asOf = cutoffs[index] ?? input.today
    for (const [cell, assessment] of latestByMonth[index] ?? []) levels[cell] = assessment.level
    const onStaff = people.flatMap((person, row) => (isOnStaff(person, asOf) ? [row] : []))
    skills.forEach((_, column) => {
      let needCount = 0
      let holderCount = 0
      let notAssessedCount = 0
      for (const row of onStaff) {
        const cell = row * width + column
        const requiredLevel = required[cell] ?? -1
        if (requiredLevel < 0) continue
        const current = levels[cell] ?? -1
        needCount += 1
        if (current < 0) notAssessedCount += 1
        if (current >= requiredLevel) holderCount += 1
      }
      points[column]?.push({
        month,
        asOf,
        needCount,
        holderCount,
        belowCount: needCount - holderCount,
        notAssessedCount,
        holderShare: needCount === 0 ? 0 : holderCount / needCount,
      })
    })
  })
  return skills.map((skill, column) => toSeries(skill, points[column] ?? []))
}

function toSeries(skill: Skill, points: CoveragePoint[]): SkillCoverageSeries {
  return { skillId: skill.id, skillName: skill.name, minExperts: skill.minExperts, points }
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
