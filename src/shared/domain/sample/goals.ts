import type { Confidence, Goal, GoalUpdate, KeyResult, KpiMeasurement } from '../../model'
import { toSkillId } from './catalogue'
import { findPerson, type SampleContext } from './context'
import {
  addDays,
  countDaysBetween,
  getEarlierDate,
  getQuarterEnd,
  getQuarterStart,
  toQuarterKey,
} from './dates'
import { companyGoalSpecs, type GoalSpec, type KrSpec } from './goal-specs'
import { personGoalSpecs } from './goal-specs-people'
import { teamGoalSpecs } from './goal-specs-teams'
import { averageMeasurements, findLatestMeasurement, roundTo, toKpiId } from './kpis'
import type { LevelModel } from './levels'
import { toTeamId } from './people'
import type { Rng } from './random'
import { fillTemplate } from './text'

function listAllGoalSpecs(): GoalSpec[] {
  return [
    ...companyGoalSpecs,
    ...teamGoalSpecs,
    ...personGoalSpecs.map((spec): GoalSpec => ({ ...spec, level: 'person', team: null })),
  ]
}

export type GoalData = { goals: Goal[]; keyResults: KeyResult[]; goalUpdates: GoalUpdate[] }

type Period = { key: string; start: string; end: string }

export function createGoals(
  context: SampleContext,
  measurements: KpiMeasurement[],
  levels: LevelModel,
): GoalData {
  const rng = context.rng.fork('goals')
  const currentStart = getQuarterStart(context.today)
  const periods: Record<GoalSpec['period'], Period> = {
    current: {
      key: toQuarterKey(context.today),
      start: currentStart,
      end: getQuarterEnd(context.today),
    },
    previous: {
      key: toQuarterKey(addDays(currentStart, -1)),
      start: getQuarterStart(addDays(currentStart, -1)),
      end: addDays(currentStart, -1),
    },
  }
  const data: GoalData = { goals: [], keyResults: [], goalUpdates: [] }
  for (const spec of listAllGoalSpecs()) {
    const period = periods[spec.period]
    const owner = findPerson(context, spec.owner)
    const asOf = getEarlierDate(context.today, period.end)
    const goalId = `goal-${spec.key}`
    data.goals.push({
      id: goalId,
      title: spec.title,
      description: spec.description,
      level: spec.level,
      style: spec.style,
      period: period.key,
      parentId: spec.parent === null ? null : `goal-${spec.parent}`,
      teamId:
        spec.level === 'company' ? null : spec.team !== null ? toTeamId(spec.team) : owner.teamId,
      ownerPersonId: owner.id,
      dueDate: addDays(period.end, -spec.dueDaysBeforeEnd),
      status: spec.status,
      weight: spec.weight,
      smart:
        spec.style === 'smart'
          ? {
              specific: true,
              measurable: spec.key !== 'logistics-routes',
              achievable: true,
              relevant: true,
              timeBound: true,
            }
          : null,
      skillIds: spec.skills.map(toSkillId),
      carriedFromId: spec.carriedFrom === null ? null : `goal-${spec.carriedFrom}`,
    })
    const valueAt = spec.krs.map((kr) =>
      createValueReader(context, kr, owner.id, spec, measurements, levels, period, asOf),
    )
    spec.krs.forEach((kr, index) => {
      const read = valueAt[index]
      if (!read) return
      const baseline = read(period.start)
      data.keyResults.push({
        id: `kr-${spec.key}-${index + 1}`,
        goalId,
        title: kr.title,
        unit: kr.unit,
        direction: kr.direction,
        baseline,
        target: findTarget(kr, baseline),
        current: read(asOf),
        weight: kr.weight ?? 1,
        kpiId: kr.kpi === undefined ? null : toKpiId(kr.kpi),
      })
    })
    data.goalUpdates.push(...createUpdates(rng, spec, period, asOf, valueAt, owner.givenName))
  }
  return data
}

type ValueReader = (date: string) => number

function createValueReader(
  context: SampleContext,
  kr: KrSpec,
  ownerId: string,
  spec: GoalSpec,
  measurements: KpiMeasurement[],
  levels: LevelModel,
  period: Period,
  asOf: string,
): ValueReader {
  if (kr.kpi !== undefined) {
    const kpiId = toKpiId(kr.kpi)
    const subjects = [
      ...new Set(measurements.filter((m) => m.kpiId === kpiId).map((m) => m.subjectId)),
    ]
    const subjectId = subjects.includes(ownerId) ? ownerId : (subjects[0] ?? null)
    const decimals = kr.kpi === 'csat' ? 2 : 1
    // A trailing average: single weekly values are too noisy to judge a quarter by.
    return (date) =>
      averageMeasurements(measurements, kpiId, subjectId, addDays(date, -27), date, decimals) ??
      findLatestMeasurement(measurements, kpiId, subjectId, date)?.value ??
      kr.target
  }
  const headcount = kr.headcount
  if (headcount !== undefined) {
    return (date) =>
      headcount.handles
        .map((handle) => findPerson(context, handle))
        .filter(
          (p) =>
            p.activeUntil >= date && levels.findLevel(p, headcount.skill, date) >= headcount.level,
        ).length
  }
  const baseline = kr.baseline ?? 0
  const reached = baseline + (kr.target - baseline) * (kr.progress ?? 0.5)
  const span = Math.max(1, countDaysBetween(period.start, asOf))
  const decimals = Number.isInteger(kr.target) && Number.isInteger(baseline) ? 0 : 1
  // The path to today's value bends a little so progress is not a straight line.
  const bend = spec.key.length % 2 === 0 ? 1.3 : 0.8
  return (date) => {
    const share = Math.max(0, Math.min(1, countDaysBetween(period.start, date) / span))
    return roundTo(baseline + (reached - baseline) * share ** bend, decimals)
  }
}

const notes: Record<Confidence, string[]> = {
  'on-track': [
    'On plan.',
    'Moving the right way; nothing needed from anyone yet.',
    '{name}: good fortnight, ahead of where I expected.',
    'Steady. Next check at the end of the month.',
    '',
  ],
  'at-risk': [
    'Behind: peak weeks ate the time we had planned for this.',
    'Slipping. Need a decision on priorities at the next leads meeting.',
    '{name}: halfway through the period and under halfway to target.',
    'At risk until the training is finished.',
  ],
  'off-track': [
    'Off track. We either move the date or cut the scope.',
    'No real progress this fortnight; blocked on time.',
    '{name}: honest answer is we will not make this quarter.',
  ],
}

function createUpdates(
  rng: Rng,
  spec: GoalSpec,
  period: Period,
  asOf: string,
  readers: ValueReader[],
  ownerName: string,
): GoalUpdate[] {
  const updates: GoalUpdate[] = []
  const dates: string[] = []
  for (
    let date = addDays(period.start, rng.nextInt(8, 13));
    date <= asOf;
    date = addDays(date, rng.nextInt(13, 16))
  ) {
    dates.push(date)
  }
  const total = Math.max(1, countDaysBetween(period.start, period.end))
  dates.forEach((date, index) => {
    const elapsed = countDaysBetween(period.start, date) / total
    const isLast = index === dates.length - 1 && spec.period === 'previous'
    const closing =
      spec.status === 'done'
        ? 'Done.'
        : spec.status === 'carried-over'
          ? 'Carried over into next quarter with the remaining scope.'
          : spec.status === 'dropped'
            ? 'Dropped for this quarter; see the goal description.'
            : ''
    if (spec.krs.length === 0) {
      const confidence =
        isLast && spec.status === 'done' ? 'on-track' : judgeStoryConfidence(spec.outlook, elapsed)
      updates.push({
        id: `update-${spec.key}-${index + 1}`,
        goalId: `goal-${spec.key}`,
        keyResultId: null,
        date,
        value: null,
        confidence,
        note: isLast ? closing : fillTemplate(rng.pick(notes[confidence]), { name: ownerName }),
      })
      return
    }
    spec.krs.forEach((kr, krIndex) => {
      const read = readers[krIndex]
      if (!read) return
      const value = read(date)
      const baseline = read(period.start)
      const target = findTarget(kr, baseline)
      const computed = judgeConfidence(baseline, target, value, elapsed)
      const isShort = kr.direction === 'increase' ? value < target : value > target
      const krClosing =
        spec.status === 'done' && isShort
          ? 'Closed at quarter end short of this target; the rest moved to the team plan.'
          : closing
      const confidence = elapsed > 0.45 ? worseOf(computed, spec.outlook) : computed
      const hasNote = isLast || (krIndex === 0 && rng.roll(0.5))
      updates.push({
        id: `update-${spec.key}-${index + 1}-${krIndex + 1}`,
        goalId: `goal-${spec.key}`,
        keyResultId: `kr-${spec.key}-${krIndex + 1}`,
        date,
        value,
        confidence,
        note: !hasNote
          ? ''
          : isLast
            ? krClosing
            : fillTemplate(rng.pick(notes[confidence]), { name: ownerName }),
      })
    })
  })
  return updates
}

function findTarget(kr: KrSpec, baseline: number): number {
  if (kr.kpi === undefined || kr.change === undefined) return kr.target
  return roundTo(baseline + kr.change, kr.kpi === 'csat' ? 2 : 1)
}

function judgeConfidence(
  baseline: number,
  target: number,
  value: number,
  elapsed: number,
): Confidence {
  const span = target - baseline
  if (span === 0) return 'on-track'
  const progress = (value - baseline) / span
  if (elapsed < 0.25) return progress < -0.25 ? 'at-risk' : 'on-track'
  const ratio = progress / elapsed
  if (ratio >= 0.7) return 'on-track'
  return ratio >= 0.35 || elapsed < 0.5 ? 'at-risk' : 'off-track'
}

function judgeStoryConfidence(outlook: Confidence, elapsed: number): Confidence {
  if (elapsed < 0.3) return 'on-track'
  if (outlook === 'off-track' && elapsed < 0.55) return 'at-risk'
  return outlook
}

const rank: Record<Confidence, number> = { 'on-track': 0, 'at-risk': 1, 'off-track': 2 }

function worseOf(a: Confidence, b: Confidence): Confidence {
  return rank[a] >= rank[b] ? a : b
}
