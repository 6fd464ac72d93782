import { listAspirationSkills } from './aspirations'
import type { SampleContext } from './context'
import { addDays, countDaysBetween } from './dates'
import { findInitiativeSpec } from './training-catalogue'
import { findRequiredLevel, leadCraftSkills, listRoleSkills, overrideSpecs } from './roles'
import { listCompletedTraining, type SampleEnrolment } from './training'
import type { SamplePerson } from './types'

/** Skills whose gap most of a team shares; training alone has not closed them yet. */
export const systemicSkills = ['wms-scanning', 'eudr-traceability', 'crm']

/** When a skill started to matter (days before today); it is not assessed before. */
const introducedDaysAgo: Record<string, number> = {
  'wms-scanning': 135,
  'eudr-traceability': 215,
}

/** Hand-set starting levels for the people the story hangs on. */
const fixedStartLevels: Record<string, number> = {
  'darragh:wms-scanning': 2,
  'katarzyna:wms-scanning': 1,
  'aoife:eudr-traceability': 2,
  'tomas:eudr-traceability': 1,
  'arjun:crm': 3,
  'sinead:crm': 3,
  'tomas:roast-profiling': 4,
  'aoife:green-grading': 4,
  'aoife:cupping': 4,
  'aoife:haccp': 3,
  'aoife:organic-certification': 3,
  'aoife:roast-profiling': 3,
  'aoife:roast-logging': 3,
  'dawit:roast-profiling': 3,
  'darragh:pick-pack': 3,
  'hana:espresso-dialling': 4,
  'priya:roast-profiling': 0,
  'ciaran:roast-profiling': 1,
}

export const windowDays = 548

export type LevelModel = {
  listSkills(person: SamplePerson): string[]
  findLevel(person: SamplePerson, skill: string, date: string): number
  isIntroduced(skill: string, date: string): boolean
}

type Track = { start: number; steps: { date: string; change: number }[] }

export function createLevelModel(
  context: SampleContext,
  enrolments: SampleEnrolment[],
): LevelModel {
  const rng = context.rng.fork('levels')
  const windowStart = addDays(context.today, -windowDays)
  const skillsByPerson = new Map<string, string[]>()
  const tracks = new Map<string, Track>()

  for (const person of context.people) {
    const skills = collectSkills(person, rng.roll(0.5) ? 2 : 1, rng.nextFloat())
    skillsByPerson.set(person.id, skills)
    const from = person.hireDate > windowStart ? person.hireDate : windowStart
    const tenureYears = Math.max(0, countDaysBetween(person.hireDate, windowStart) / 365)
    for (const skill of skills) {
      const required = findRequiredLevel(person.handle, person.role, skill)
      const start = chooseStartLevel(
        person,
        skill,
        required,
        tenureYears,
        rng.nextFloat(),
        rng.nextFloat(),
      )
      const steps: Track['steps'] = []
      const isSystemic =
        systemicSkills.includes(skill) && !(`${person.handle}:${skill}` in fixedStartLevels)
      let level = start
      for (const enrolment of listCompletedTraining(enrolments, person.id, skill, context.today)) {
        const target =
          findInitiativeSpec(enrolment.spec.key).skillTargets.find(([s]) => s === skill)?.[1] ?? 0
        // A shared gap stays open: a course gives the basics, the practice is still missing.
        const cap = isSystemic && required !== null ? Math.min(target, required - 1) : target
        if (level < cap && (!isSystemic || rng.roll(0.85))) {
          level += 1
          steps.push({
            date: addDays(enrolment.record.endDate ?? context.today, rng.nextInt(14, 40)),
            change: 1,
          })
        }
      }
      const growthChance =
        (required !== null && level < required ? 0.5 : 0.14) + (tenureYears < 2 ? 0.15 : 0)
      if (!isSystemic && level < 4 && rng.roll(growthChance)) {
        const span = Math.max(30, countDaysBetween(from, context.today) - 20)
        steps.push({ date: addDays(from, rng.nextInt(20, span)), change: 1 })
      }
      tracks.set(`${person.id}:${skill}`, { start, steps })
    }
  }

  return {
    listSkills: (person) => skillsByPerson.get(person.id) ?? [],
    findLevel: (person, skill, date) => {
      const track = tracks.get(`${person.id}:${skill}`)
      if (!track) return 0
      const total = track.steps.reduce(
        (sum, step) => sum + (step.date <= date ? step.change : 0),
        0,
      )
      return Math.max(0, Math.min(4, track.start + total))
    },
    isIntroduced: (skill, date) => {
      const days = introducedDaysAgo[skill]
      return days === undefined || countDaysBetween(date, context.today) <= days
    },
  }
}

function collectSkills(person: SamplePerson, extraCount: number, random: number): string[] {
  const skills = [
    ...listRoleSkills(person.role),
    ...overrideSpecs.filter(([h]) => h === person.handle).map(([, skill]) => skill),
    ...(person.isLead && person.team !== null ? leadCraftSkills[person.team] : []),
    ...listAspirationSkills(person.handle),
  ]
  const extrasByRole: Record<SamplePerson['role'], string[]> = {
    'managing-director': ['cupping', 'green-grading'],
    'team-lead': ['first-aid', 'written-communication'],
    roaster: ['first-aid', 'spreadsheets', 'manual-handling'],
    'production-operative': ['forklift', 'cupping', 'first-aid'],
    'warehouse-operative': ['first-aid', 'erp-orders', 'driving-hours'],
    'delivery-driver': ['first-aid', 'customer-onboarding', 'pick-pack'],
    'account-manager': ['spreadsheets', 'milk-texturing', 'training-delivery'],
    'customer-care': ['spreadsheets', 'pick-pack', 'account-planning'],
    'barista-trainer': ['grinder-servicing', 'written-communication', 'first-aid'],
    'service-technician': ['driving-hours', 'training-delivery', 'first-aid'],
  }
  const extras = extrasByRole[person.role]
  const offset = Math.floor(random * extras.length)
  for (let i = 0; i < extraCount; i += 1) {
    const extra = extras[(offset + i) % extras.length]
    if (extra !== undefined) skills.push(extra)
  }
  return [...new Set(skills)]
}

function chooseStartLevel(
  person: SamplePerson,
  skill: string,
  required: number | null,
  tenureYears: number,
  randomA: number,
  randomB: number,
): number {
  const fixed = fixedStartLevels[`${person.handle}:${skill}`]
  if (fixed !== undefined) return fixed
  if (skill === 'wms-scanning') return randomA < 0.3 ? 1 : 0
  if (skill === 'eudr-traceability') return 0
  if (skill === 'crm' && person.role === 'account-manager') return randomA < 0.35 ? 1 : 2
  const isCraftOfLead =
    person.isLead && person.team !== null && leadCraftSkills[person.team].includes(skill)
  if (isCraftOfLead) return randomA < 0.6 ? 3 : 4
  const offsets: [number, number][] = [
    [-2, 0.06],
    [-1, 0.26],
    [0, 0.44],
    [1, 0.19],
    [2, 0.05],
  ]
  let threshold = randomA
  let offset = 0
  for (const [value, weight] of offsets) {
    threshold -= weight
    if (threshold < 0) {
      offset = value
      break
    }
  }
  if (tenureYears < 0.5) offset -= 1
  if (tenureYears > 4 && randomB < 0.5) offset += 1
  const reference = required ?? (randomB < 0.5 ? 1 : 2)
  return Math.max(0, Math.min(4, reference + offset))
}
