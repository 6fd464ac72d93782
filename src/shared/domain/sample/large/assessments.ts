import type { Assessment } from '../../../model'
import { addDays, countDaysBetween, getQuarterEnd, getQuarterStart, moveToWorkday } from '../dates'
import type { Rng } from '../random'
import { coffees, customers } from '../text'
import { LevelBook } from './levels'
import { listAssessedSkills, listRequiredLevels } from './roles'
import { skillIdAt, skillKeyAt, skillKeys } from './skills'
import { findStory } from './stories'
import { addMonths, fill } from './time'
import { jobAt, listWindows } from './timeline'
import type { LargeEnrolment } from './training'
import type { LargeContext, LargePerson } from './types'

export type AssessmentData = { assessments: Assessment[]; levels: LevelBook }

/**
 * Quarterly manager rounds on every skill of the person's matrix, all through their time here,
 * and a yearly self-assessment from most people. Levels grow towards what the role needs, faster
 * for quick learners and after a training on the skill.
 */
export function createAssessments(
  context: LargeContext,
  completed: Map<string, LargeEnrolment[]>,
): AssessmentData {
  const rng = context.rng.fork('assessments')
  const levels = new LevelBook()
  const assessments: Assessment[] = []
  const nextId = (): string => `as-${String(assessments.length + 1).padStart(6, '0')}`
  for (const person of context.people) {
    const truth = new Int8Array(skillKeys.length).fill(-1)
    const rated = new Int8Array(skillKeys.length).fill(-1)
    const selfBias = rng.pickWeighted([
      [1, 0.4],
      [0, 0.35],
      [-1, 0.25],
    ] as const)
    const doesSelf = person.isOwner || rng.roll(0.6)
    const trainings = completed.get(person.id) ?? []
    let previous = ''
    for (const window of listWindows(context, person)) {
      for (let q = getQuarterStart(window.from); q <= window.to; q = addMonths(q, 3)) {
        const date = moveToWorkday(addDays(getQuarterEnd(q), -rng.nextInt(3, 20)))
        if (date < window.from || date > window.to || countDaysBetween(window.hireDate, date) < 30)
          continue
        const job = jobAt(person, date)
        const skills = listAssessedSkills(job.role, job.team)
        const requiredLevels = listRequiredLevels(job.role, job.team)
        const trained = new Set<number>()
        for (const t of trainings) {
          if (t.plannedEnd > previous && t.plannedEnd <= date)
            for (const s of t.skills) trained.add(s)
        }
        const experience = Math.min(1.5, countDaysBetween(window.hireDate, context.start) / 900)
        const ids: (string | undefined)[] = []
        const isYearly =
          q.slice(5, 7) === '10' || (window.leftDate === null && addMonths(q, 3) > context.today)
        for (const s of skills) {
          const need = requiredLevels[s] ?? -1
          const required = need < 0 ? null : need
          const current = truth[s] ?? -1
          truth[s] =
            current < 0
              ? startLevel(rng, required, person.talent, Math.max(0, experience))
              : grow(rng, current, required, person.talent, trained.has(s))
          const level = clamp((truth[s] ?? 0) + (rng.roll(0.04) ? (rng.roll(0.5) ? 1 : -1) : 0))
          const before = rated[s] ?? -1
          rated[s] = level
          if (person.isOwner) {
            if (!isYearly) continue
            const id = nextId()
            ids[s] = id
            assessments.push(record(id, person, s, level, date, 'self', person.id, ''))
            continue
          }
          const id = nextId()
          ids[s] = id
          const note = writeNote(rng, skillKeyAt(s), level, before)
          assessments.push(record(id, person, s, level, date, 'manager', job.managerId, note))
          if (doesSelf && isYearly) {
            const offset = rng.roll(0.55) ? selfBias : rng.pick([-1, 0, 0, 1])
            const selfDate = addDays(date, -rng.nextInt(2, 6))
            if (selfDate >= window.from) {
              assessments.push(
                record(nextId(), person, s, clamp(level + offset), selfDate, 'self', person.id, ''),
              )
            }
          }
        }
        if (person.isOwner && !isYearly) continue
        const snapshot = new Int8Array(skillKeys.length).fill(-1)
        for (const s of skills) snapshot[s] = rated[s] ?? -1
        levels.add(person, {
          date,
          role: job.role,
          team: job.team,
          assessorId: job.managerId,
          levels: snapshot,
          ids,
        })
        previous = date
      }
    }
  }
  return { assessments, levels }
}

function record(
  id: string,
  person: LargePerson,
  skill: number,
  level: number,
  date: string,
  source: Assessment['source'],
  assessorId: string | null,
  note: string,
): Assessment {
  return {
    id,
    personId: person.id,
    skillId: skillIdAt(skill),
    level,
    date,
    source,
    assessorId,
    note,
  }
}

function startLevel(rng: Rng, required: number | null, talent: number, experience: number): number {
  if (required === null)
    return clamp(Math.round(0.3 + talent * 0.9 + experience * 0.4 + rng.nextGaussian() * 0.6))
  return clamp(
    Math.round(required - 1.4 + talent * 1.2 + experience * 0.6 + rng.nextGaussian() * 0.6),
  )
}

function grow(
  rng: Rng,
  level: number,
  required: number | null,
  talent: number,
  trained: boolean,
): number {
  if (level > 0 && rng.roll(0.008)) return level - 1
  if (required === null)
    return level < 3 && rng.roll(0.025 + (trained ? 0.3 : 0)) ? level + 1 : level
  const target = Math.min(4, required + (talent > 0.72 ? 1 : 0))
  const chance =
    level < target
      ? 0.06 + 0.16 * talent + (trained ? 0.35 : 0)
      : level < 4
        ? 0.012 + (trained ? 0.12 : 0)
        : 0
  return rng.roll(chance) ? level + 1 : level
}

function clamp(level: number): number {
  return Math.max(0, Math.min(4, level))
}

function writeNote(rng: Rng, skill: string, level: number, before: number): string {
  if (before < 0 || level === before) return ''
  if (level < before) {
    return rng.roll(0.6)
      ? rng.pick([
          `Down from ${before}: has not done it since the rota change.`,
          `Rated ${level}, not ${before}: less practice this quarter.`,
        ])
      : ''
  }
  if (!rng.roll(0.3)) return ''
  const evidence = fill(rng.pick(findStory(skill).did), {
    customer: rng.pick(customers),
    coffee: rng.pick(coffees),
    colleague: 'a colleague',
  })
  return `Up from ${before}: ${evidence}.`
}
