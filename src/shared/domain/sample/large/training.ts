import type { Campaign, Enrolment } from '../../../model'
import { addDays, countDaysBetween, moveToWorkday } from '../dates'
import type { Rng } from '../random'
import { toInitiativeId, type InitiativeSpec } from '../training-catalogue'
import { campaignSpecs } from './campaign-specs'
import { findLargeInitiative, formatDays, largeInitiativeSpecs } from './catalogue'
import { listRequirements } from './roles'
import { toSkillIndex } from './skills'
import { isOnStaff, jobAt, listWindows } from './timeline'
import type { LargeContext, LargePerson } from './types'

/** An enrolment with what the other sections need to know about it. */
export type LargeEnrolment = {
  record: Enrolment
  spec: InitiativeSpec
  person: LargePerson
  plannedEnd: string
  skills: number[]
}

export type TrainingData = { campaigns: Campaign[]; enrolments: LargeEnrolment[] }

export function createTraining(context: LargeContext): TrainingData {
  const rng = context.rng.fork('training')
  const data: TrainingData = { campaigns: [], enrolments: [] }
  addCampaigns(context, rng.fork('campaigns'), data)
  addIndividualEnrolments(context, rng.fork('individual'), data)
  data.enrolments.sort(
    (a, b) =>
      a.record.startDate.localeCompare(b.record.startDate) || a.person.number - b.person.number,
  )
  data.enrolments.forEach((e, index) => {
    e.record.id = `enrol-${String(index + 1).padStart(5, '0')}`
  })
  return data
}

function addCampaigns(context: LargeContext, rng: Rng, data: TrainingData): void {
  const startYear = Number(context.start.slice(0, 4))
  for (const spec of campaignSpecs) {
    for (const offset of spec.years) {
      const month = `${startYear + offset + (Number(context.start.slice(5, 7)) > spec.month ? 1 : 0)}-${String(spec.month).padStart(2, '0')}-01`
      const startDate = moveToWorkday(addDays(month, rng.nextInt(3, 20)))
      if (startDate > addDays(context.today, 30) || startDate < context.start) continue
      const cohort = context.people.filter((p) => {
        if (!isOnStaff(p, startDate) || p.isOwner) return false
        const job = jobAt(p, startDate)
        return (
          (spec.roles?.includes(job.role) ?? false) || (spec.teams?.includes(job.team) ?? false)
        )
      })
      const chosen = cohort.filter(() => rng.roll(spec.share))
      if (chosen.length < 3) continue
      const id = `campaign-${spec.key}-${startDate.slice(0, 4)}`
      data.campaigns.push({
        id,
        name: `${spec.name} ${startDate.slice(0, 4)}`,
        description: spec.description,
        startDate,
        steps: spec.steps.map(([initiative, startWeek, weeks]) => ({
          initiativeId: toInitiativeId(initiative),
          startWeek,
          weeks,
        })),
        cohortPersonIds: chosen.map((p) => p.id),
      })
      for (const [initiative, startWeek, weeks] of spec.steps) {
        const stepSpec = findLargeInitiative(initiative)
        for (const person of chosen) {
          const start = moveToWorkday(addDays(startDate, startWeek * 7 + rng.nextInt(0, 3)))
          const length = formatDays[stepSpec.format]
          const end = addDays(start, length < 7 ? length : weeks * 7 - 3)
          addEnrolment(context, rng, data, person, stepSpec, start, end, id)
        }
      }
    }
  }
}

/** About one and a half trainings a year each, picked for the skills the role needs. */
function addIndividualEnrolments(context: LargeContext, rng: Rng, data: TrainingData): void {
  for (const person of context.people) {
    if (person.isOwner) continue
    for (const window of listWindows(context, person)) {
      const from =
        addDays(window.hireDate, 30) > window.from ? addDays(window.hireDate, 30) : window.from
      const until = window.leftDate === null ? addDays(context.today, 45) : window.to
      const days = countDaysBetween(from, until)
      if (days < 20) continue
      const count = Math.round((days / 365) * (1.1 + rng.nextFloat() * 0.6))
      for (let i = 0; i < count; i += 1) {
        const start = moveToWorkday(addDays(from, rng.nextInt(0, days)))
        if (start > until) continue
        const job = jobAt(person, start > context.today ? context.today : start)
        const spec = chooseInitiative(rng, job.role)
        if (!spec) continue
        addEnrolment(
          context,
          rng,
          data,
          person,
          spec,
          start,
          addDays(start, formatDays[spec.format]),
          null,
        )
      }
    }
  }
}

function chooseInitiative(rng: Rng, role: string): InitiativeSpec | null {
  const required = listRequirements(role)
  const weighted = largeInitiativeSpecs.map((spec): [InitiativeSpec, number] => {
    const overlap = spec.skillTargets.filter(
      ([skill, level]) => (required.get(skill) ?? -1) >= level - 1,
    ).length
    const base = spec.format === 'conference' ? 0.05 : spec.skillTargets.length === 0 ? 0.3 : 0
    return [spec, overlap > 0 ? 1 + overlap : base]
  })
  const usable = weighted.filter(([, weight]) => weight > 0)
  return usable.length > 0 ? rng.pickWeighted(usable) : null
}

function addEnrolment(
  context: LargeContext,
  rng: Rng,
  data: TrainingData,
  person: LargePerson,
  spec: InitiativeSpec,
  start: string,
  plannedEnd: string,
  campaignId: string | null,
): void {
  const window = listWindows(context, person).find(
    (w) => w.hireDate <= start && (w.leftDate === null || w.leftDate > start),
  )
  if (!window) return
  const leavesFirst = window.leftDate !== null && plannedEnd >= window.leftDate
  const isWithdrawn = leavesFirst || rng.roll(0.04)
  const status: Enrolment['status'] = isWithdrawn
    ? 'withdrawn'
    : plannedEnd <= context.today
      ? 'completed'
      : start <= context.today
        ? 'in-progress'
        : 'enrolled'
  if (status === 'withdrawn' && start > context.today) return
  data.enrolments.push({
    record: {
      id: '',
      personId: person.id,
      initiativeId: toInitiativeId(spec.key),
      campaignId,
      status,
      startDate: start,
      endDate: status === 'withdrawn' ? null : plannedEnd,
    },
    spec,
    person,
    plannedEnd,
    skills: spec.skillTargets.map(([skill]) => toSkillIndex(skill)),
  })
}

/** Completed trainings per person, oldest first: what the level model boosts. */
export function indexCompleted(enrolments: LargeEnrolment[]): Map<string, LargeEnrolment[]> {
  const index = new Map<string, LargeEnrolment[]>()
  for (const e of enrolments) {
    if (e.record.status !== 'completed') continue
    const own = index.get(e.person.id)
    if (own) own.push(e)
    else index.set(e.person.id, [e])
  }
  return index
}
