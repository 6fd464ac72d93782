import type {
  Enrolment,
  Evaluation,
  Kpi,
  KpiMeasurement,
  Person,
  TrainingInitiative,
} from '../../model'
import { addDays } from '../dates/iso-date'
import { mean } from './dates'
import type { ResultsLevel } from './types'

export interface ResultWindows {
  beforeFrom: string
  beforeTo: string
  afterFrom: string
  afterTo: string
  /** True when the after window reaches past today (it was cut at today). */
  isAfterWindowOpen: boolean
}

/**
 * The before window is the `beforeDays` up to the day before the start; the after window the
 * `afterDays` from the day after the end, cut at today. null while the training has not ended.
 */
export function findResultWindows(
  enrolment: Pick<Enrolment, 'startDate' | 'endDate'>,
  beforeDays: number,
  afterDays: number,
  today: string,
): ResultWindows | null {
  const end = enrolment.endDate
  if (end === null || end >= today) return null
  const afterEnd = addDays(end, afterDays)
  return {
    beforeFrom: addDays(enrolment.startDate, -beforeDays),
    beforeTo: addDays(enrolment.startDate, -1),
    afterFrom: addDays(end, 1),
    afterTo: afterEnd > today ? today : afterEnd,
    isAfterWindowOpen: afterEnd > today,
  }
}

/** Measurements of one KPI grouped by subject (null key = company-wide). */
export type MeasurementIndex = Map<string, Map<string | null, KpiMeasurement[]>>

export function indexMeasurements(measurements: readonly KpiMeasurement[]): MeasurementIndex {
  const index: MeasurementIndex = new Map()
  for (const measurement of measurements) {
    let bySubject = index.get(measurement.kpiId)
    if (!bySubject) index.set(measurement.kpiId, (bySubject = new Map()))
    const list = bySubject.get(measurement.subjectId)
    if (list) list.push(measurement)
    else bySubject.set(measurement.subjectId, [measurement])
  }
  return index
}

/**
 * Whose measurements stand for this person: themselves for a per-person KPI, their team for a
 * team KPI (or the only team measured), the company for a company KPI. undefined = none.
 */
export function findKpiSubject(
  kpi: Kpi,
  person: Person | undefined,
  index: MeasurementIndex,
): string | null | undefined {
  const subjects = index.get(kpi.id)
  if (!subjects) return undefined
  if (kpi.scope === 'company') return subjects.has(null) ? null : undefined
  if (!person) return undefined
  if (kpi.scope === 'person') return subjects.has(person.id) ? person.id : undefined
  if (person.teamId !== null && subjects.has(person.teamId)) return person.teamId
  const teams = [...subjects.keys()].filter((key) => key !== null)
  return teams.length === 1 ? teams[0] : undefined
}

/** Mean of the values dated from `from` to `to`, both included; null when there are none. */
export function meanBetween(
  measurements: readonly KpiMeasurement[],
  from: string,
  to: string,
): number | null {
  return mean(measurements.filter((m) => m.date >= from && m.date <= to).map((m) => m.value))
}

export interface EnrolmentResult {
  kpiId: string
  before: number
  after: number
  source: 'measurements' | 'recorded'
  isAfterWindowOpen: boolean
  /** When the enrolment ended: the benefit of the change is counted from the day after. */
  endDate: string | null
  /** The last day of the after window, not cut at today (null for a recorded result). */
  afterWindowEnd: string | null
  /** Mean change of the subjects not enrolled, over the same windows (per-person KPIs). */
  comparisonChange: number | null
  comparisonSubjects: number
}

/** Level 4 for one enrolment: measured KPI values first, else a recorded results evaluation. */
export function evaluateEnrolmentResult(input: {
  enrolment: Enrolment
  initiative: TrainingInitiative
  kpi: Kpi | undefined
  person: Person | undefined
  index: MeasurementIndex
  evaluations: readonly Evaluation[]
  /** People enrolled in the group being evaluated: left out of the comparison. */
  enrolledPersonIds: ReadonlySet<string>
  today: string
}): EnrolmentResult | null {
  const { enrolment, initiative, kpi, index, today } = input
  if (!kpi || initiative.kpiId === null) return null
  const assumptions = initiative.evaluationAssumptions
  const windows = findResultWindows(
    enrolment,
    assumptions.windowBeforeDays,
    assumptions.windowAfterDays,
    today,
  )
  if (windows) {
    const subject = findKpiSubject(kpi, input.person, index)
    const series = subject === undefined ? undefined : index.get(kpi.id)?.get(subject)
    const before = series ? meanBetween(series, windows.beforeFrom, windows.beforeTo) : null
    const after = series ? meanBetween(series, windows.afterFrom, windows.afterTo) : null
    if (before !== null && after !== null) {
      const comparison = kpi.scope === 'person' ? compareWithOthers(input, windows) : []
      return {
        kpiId: kpi.id,
        before,
        after,
        source: 'measurements',
        isAfterWindowOpen: windows.isAfterWindowOpen,
        endDate: enrolment.endDate,
        afterWindowEnd: addDays(enrolment.endDate!, assumptions.windowAfterDays),
        comparisonChange: mean(comparison),
        comparisonSubjects: comparison.length,
      }
    }
  }
  const recorded = input.evaluations
    .filter(
      (evaluation): evaluation is Extract<Evaluation, { kind: 'results' }> =>
        evaluation.kind === 'results' &&
        evaluation.enrolmentId === enrolment.id &&
        evaluation.kpiId === kpi.id,
    )
    .sort((a, b) => b.date.localeCompare(a.date))[0]
  if (!recorded) return null
  return {
    kpiId: kpi.id,
    before: recorded.valueBefore,
    after: recorded.valueAfter,
    source: 'recorded',
    isAfterWindowOpen: false,
    endDate: enrolment.endDate,
    afterWindowEnd: null,
    comparisonChange: null,
    comparisonSubjects: 0,
  }
}

function compareWithOthers(
  input: { kpi: Kpi | undefined; index: MeasurementIndex; enrolledPersonIds: ReadonlySet<string> },
  windows: ResultWindows,
): number[] {
  const changes: number[] = []
  for (const [subject, series] of input.index.get(input.kpi!.id) ?? []) {
    if (subject === null || input.enrolledPersonIds.has(subject)) continue
    const before = meanBetween(series, windows.beforeFrom, windows.beforeTo)
    const after = meanBetween(series, windows.afterFrom, windows.afterTo)
    if (before !== null && after !== null) changes.push(after - before)
  }
  return changes
}

/** Rolls enrolment results up per KPI: the means of the befores and afters, against the target. */
export function rollUpResults(
  results: readonly EnrolmentResult[],
  kpis: ReadonlyMap<string, Kpi>,
  targetOf: (kpiId: string) => number | null,
): ResultsLevel[] {
  const byKpi = new Map<string, EnrolmentResult[]>()
  for (const result of results) {
    const list = byKpi.get(result.kpiId)
    if (list) list.push(result)
    else byKpi.set(result.kpiId, [result])
  }
  const levels: ResultsLevel[] = []
  for (const [kpiId, list] of byKpi) {
    const kpi = kpis.get(kpiId)
    if (!kpi) continue
    const before = mean(list.map((r) => r.before))!
    const after = mean(list.map((r) => r.after))!
    const change = after - before
    const targetChange = targetOf(kpiId)
    const sources = new Set(list.map((r) => r.source))
    const comparisons = list.flatMap((r) =>
      r.comparisonChange === null ? [] : [r.comparisonChange],
    )
    levels.push({
      kpiId,
      kpiName: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      scope: kpi.scope,
      measured: list.length,
      before,
      after,
      change,
      improvement: kpi.direction === 'higher-is-better' ? change : -change,
      targetChange,
      isTargetMet:
        targetChange === null
          ? null
          : targetChange >= 0
            ? change >= targetChange
            : change <= targetChange,
      comparisonChange: mean(comparisons),
      comparisonSubjects: Math.max(0, ...list.map((r) => r.comparisonSubjects)),
      source: sources.size > 1 ? 'mixed' : list[0]!.source,
      isAfterWindowOpen: list.some((r) => r.isAfterWindowOpen),
      endDates: list.flatMap((r) => (r.endDate === null ? [] : [r.endDate])).sort(),
      afterWindowEnds:
        list
          .flatMap((r) => (r.afterWindowEnd === null ? [] : [r.afterWindowEnd]))
          .sort()
          .at(-1) ?? null,
    })
  }
  return levels.sort((a, b) => a.kpiName.localeCompare(b.kpiName))
}
