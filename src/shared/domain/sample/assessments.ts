import type { Assessment } from '../../model'
import { toSkillId } from './catalogue'
import type { SampleContext } from './context'
import { addDays, countDaysBetween, moveToWorkday } from './dates'
import { systemicSkills, windowDays, type LevelModel } from './levels'
import type { Rng } from './random'
import { findRequiredLevel } from './roles'
import { findSkillStory } from './stories'
import { fillTemplate, coffees, customers, compareText } from './text'
import type { SampleEnrolment } from './training'
import type { SamplePerson } from './types'

type Draft = Omit<Assessment, 'id'>

/** Manager rounds roughly every six months, the last one a few weeks before today. */
const roundDaysAgo = [windowDays - 8, 366, 183]

export function createAssessments(
  context: SampleContext,
  levels: LevelModel,
  enrolments: SampleEnrolment[],
): Assessment[] {
  const rng = context.rng.fork('assessments')
  const drafts: Draft[] = []
  for (const person of context.people) {
    if (person.managerId === null && person.role !== 'managing-director') continue
    const dates = listRoundDates(context, person, rng)
    const selfBias = rng.pickWeighted([
      [1, 0.4],
      [0, 0.35],
      [-1, 0.25],
    ] as const)
    const doesSelf = rng.roll(0.7)
    const previous = new Map<string, number>()
    dates.forEach((date, round) => {
      for (const skill of levels.listSkills(person)) {
        if (!levels.isIntroduced(skill, date)) continue
        const truth = levels.findLevel(person, skill, date)
        const isSteady = systemicSkills.includes(skill) || !rng.roll(0.07)
        const level = isSteady ? truth : clampLevel(truth + (rng.roll(0.5) ? 1 : -1))
        const before = previous.get(skill)
        previous.set(skill, level)
        if (person.role === 'managing-director') {
          if (round === dates.length - 1 || round === 1) {
            drafts.push(toDraft(person, skill, level, date, 'self', person.id, ''))
          }
          continue
        }
        drafts.push({
          personId: person.id,
          skillId: toSkillId(skill),
          level,
          date,
          source: 'manager',
          assessorId: person.managerId,
          note: writeManagerNote(rng, person, skill, level, before),
        })
        if (doesSelf && (round % 2 === 1 || round === dates.length - 1)) {
          const offset = rng.roll(0.55) ? selfBias : rng.pick([-1, 0, 0, 1])
          const selfDate = addDays(date, -rng.nextInt(2, 6))
          drafts.push(
            toDraft(person, skill, clampLevel(truth + offset), selfDate, 'self', person.id, ''),
          )
        }
      }
    })
  }
  drafts.push(...createTrainingAssessments(context, levels, enrolments, rng))
  return drafts
    .filter((draft) => draft.date <= context.today)
    .sort(
      (a, b) =>
        compareText(a.date, b.date) ||
        compareText(a.personId, b.personId) ||
        compareText(a.skillId, b.skillId) ||
        compareText(a.source, b.source),
    )
    .map((draft, index) => ({ id: `assess-${String(index + 1).padStart(6, '0')}`, ...draft }))
}

function listRoundDates(context: SampleContext, person: SamplePerson, rng: Rng): string[] {
  const jitter = rng.nextInt(-7, 7)
  const latest = addDays(context.today, -rng.nextInt(4, 30))
  const dates = [...roundDaysAgo.map((days) => addDays(context.today, -(days + jitter))), latest]
    .map(moveToWorkday)
    .filter((date) => countDaysBetween(person.hireDate, date) >= 28 && date <= person.activeUntil)
  const onboarding = moveToWorkday(addDays(person.hireDate, rng.nextInt(30, 45)))
  const isNew = countDaysBetween(person.hireDate, addDays(context.today, -windowDays)) < 0
  const nearRound = dates.some((date) => Math.abs(countDaysBetween(onboarding, date)) < 45)
  if (isNew && !nearRound && onboarding <= context.today && onboarding <= person.activeUntil) {
    dates.push(onboarding)
  }
  return dates.sort()
}

function writeManagerNote(
  rng: Rng,
  person: SamplePerson,
  skill: string,
  level: number,
  before: number | undefined,
): string {
  const required = findRequiredLevel(person.handle, person.role, skill)
  if (skill === 'wms-scanning' && required !== null && level < required) {
    if (level === 0) return 'Has only used Stockwise with Darragh alongside so far.'
    return rng.pick([
      'Working on the live system; still needs help with short picks and substitutions.',
      'Scans standard picks fine; exceptions still go to Darragh.',
      'Slower on the handheld than on paper so far. Drills and floor coaching booked.',
    ])
  }
  if (skill === 'eudr-traceability' && required !== null && level < required) {
    return rng.pick([
      'Knows EUDR is coming; does not yet check lot references before roasting.',
      'Records lot numbers at packing but not the due-diligence reference.',
      '',
    ])
  }
  if (before === undefined || level === before || !rng.roll(level > before ? 0.55 : 0.8)) return ''
  if (level < before) {
    return rng.pick([
      `Down from ${before}: has not done it since the rota change.`,
      `Rated ${level}, not ${before}: less practice this half-year.`,
    ])
  }
  const evidence = fillTemplate(rng.pick(findSkillStory(skill, person.role).did), {
    customer: rng.pick(customers),
    coffee: rng.pick(coffees),
    colleague: 'a colleague',
  })
  return `Up from ${before}: ${evidence}.`
}

function createTrainingAssessments(
  context: SampleContext,
  levels: LevelModel,
  enrolments: SampleEnrolment[],
  rng: Rng,
): Draft[] {
  const drafts: Draft[] = []
  for (const enrolment of enrolments) {
    const end = enrolment.record.endDate
    if (enrolment.record.status !== 'completed' || end === null) continue
    const { person, spec } = enrolment
    const [skill] = spec.skillTargets[0] ?? []
    if (skill === undefined || !levels.listSkills(person).includes(skill)) continue
    const after = addDays(end, 45)
    if (
      [
        'forklift-refresher',
        'sca-barista',
        'wms-bootcamp',
        'eudr-course',
        'machine-simulator',
      ].includes(spec.key)
    ) {
      const level = levels.findLevel(person, skill, after > context.today ? context.today : after)
      const notes: Record<string, string> = {
        'forklift-refresher': 'Practical test with the instructor; certificate on file.',
        'sca-barista': 'Course exam: practical and written.',
        'wms-bootcamp': `End-of-bootcamp task check: ${8 + level * 3} of 20 tasks without help.`,
        'eudr-course': 'Final assignment: due-diligence statement for a sample lot.',
        'machine-simulator': 'Simulator assessment: faults found within the time limit.',
      }
      drafts.push(toDraft(person, skill, level, end, 'test', null, notes[spec.key] ?? ''))
    }
    if (['cupping-circle', 'consultative-selling', 'complaint-roleplay'].includes(spec.key)) {
      const peers = enrolments.filter(
        (e) =>
          e.spec.key === spec.key &&
          e.person.id !== person.id &&
          e.record.status === 'completed' &&
          e.record.startDate <= end &&
          e.person.activeUntil >= end,
      )
      if (peers.length === 0) continue
      const assessor = rng.pick(peers).person
      const level = clampLevel(levels.findLevel(person, skill, end) + (rng.roll(0.25) ? 1 : 0))
      const date = addDays(end, rng.nextInt(1, 6))
      drafts.push(
        toDraft(
          person,
          skill,
          level,
          date,
          'peer',
          assessor.id,
          spec.key === 'cupping-circle'
            ? 'Scored alongside at the cupping circle.'
            : `Observed during ${spec.spokenName}.`,
        ),
      )
    }
  }
  return drafts
}

function toDraft(
  person: SamplePerson,
  skill: string,
  level: number,
  date: string,
  source: Assessment['source'],
  assessorId: string | null,
  note: string,
): Draft {
  return { personId: person.id, skillId: toSkillId(skill), level, date, source, assessorId, note }
}

function clampLevel(level: number): number {
  return Math.max(0, Math.min(4, level))
}
