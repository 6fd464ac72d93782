import type { Kpi, KpiMeasurement } from '../../../model'
import { addDays, countDaysBetween, getEndOfMonth, getStartOfMonth } from '../dates'
import { roundTo } from '../kpis'
import type { Rng } from '../random'
import { toTeamId } from './org-spec'
import { largeKpiSpecs, toKpiId, type LargeKpiSpec } from './kpi-specs'
import { addMonths } from './time'
import { isOnStaff, jobAt } from './timeline'
import type { LargeEnrolment } from './training'
import type { LargeContext, LargePerson } from './types'

export function createKpis(): Kpi[] {
  return largeKpiSpecs.map((spec) => ({
    id: toKpiId(spec.key),
    name: spec.name,
    description: spec.description,
    unit: spec.unit,
    direction: spec.direction,
    scope: spec.scope,
  }))
}

/** Measurements by KPI and subject, oldest first. */
export class MeasurementIndex {
  private readonly series = new Map<string, KpiMeasurement[]>()

  add(m: KpiMeasurement): void {
    const key = `${m.kpiId}|${m.subjectId ?? ''}`
    const own = this.series.get(key)
    if (own) own.push(m)
    else this.series.set(key, [m])
  }

  list(kpiId: string, subjectId: string | null): KpiMeasurement[] {
    return this.series.get(`${kpiId}|${subjectId ?? ''}`) ?? []
  }

  average(kpiId: string, subjectId: string | null, from: string, to: string): number | null {
    const values = this.list(kpiId, subjectId).filter((m) => m.date >= from && m.date <= to)
    if (values.length === 0) return null
    return roundTo(values.reduce((sum, m) => sum + m.value, 0) / values.length, 2)
  }

  latest(kpiId: string, subjectId: string | null, onOrBefore: string): KpiMeasurement | null {
    let found: KpiMeasurement | null = null
    for (const m of this.list(kpiId, subjectId)) if (m.date <= onOrBefore) found = m
    return found
  }
}

/** Month-end values for five years: trend, December, noise, what training did, and real people figures. */
export function createKpiMeasurements(
  context: LargeContext,
  enrolments: LargeEnrolment[],
): { measurements: KpiMeasurement[]; index: MeasurementIndex } {
  const rng = context.rng.fork('kpis')
  const measurements: KpiMeasurement[] = []
  const index = new MeasurementIndex()
  const months: string[] = []
  for (
    let m = getStartOfMonth(context.start);
    getEndOfMonth(m) < context.today;
    m = addMonths(m, 1)
  ) {
    if (getEndOfMonth(m) >= context.start) months.push(getEndOfMonth(m))
  }
  const push = (
    spec: LargeKpiSpec,
    subjectId: string | null,
    date: string,
    value: number,
  ): void => {
    const clamped = Math.min(spec.max, Math.max(spec.min, value))
    const m: KpiMeasurement = {
      id: `kpim-${String(measurements.length + 1).padStart(5, '0')}`,
      kpiId: toKpiId(spec.key),
      subjectId,
      date,
      value: roundTo(clamped, spec.decimals),
    }
    measurements.push(m)
    index.add(m)
  }
  for (const spec of largeKpiSpecs) {
    const linked = enrolments.filter(
      (e) => e.spec.kpiKey === spec.key && e.record.status === 'completed',
    )
    const trendAt = (date: string): number =>
      (spec.trend * countDaysBetween(context.start, date)) / 365
    const seasonal = (date: string): number => (date.slice(5, 7) === '12' ? spec.december : 0)
    if (spec.scope === 'company') {
      for (const date of months) {
        const real = measureCompany(context, enrolments, spec.key, date)
        const staff = context.people.filter((p) => isOnStaff(p, date)).length
        const effect = coverageEffect(linked, date, Math.max(10, staff * 0.3))
        const value =
          real ??
          spec.base + trendAt(date) + seasonal(date) + effect + spec.noise * rng.nextGaussian()
        push(spec, null, date, value)
      }
    } else if (spec.scope === 'team') {
      for (const team of spec.subjects) {
        const offset = rng.nextGaussian() * spec.noise * 2
        for (const date of months) {
          const staff = context.people.filter(
            (p) => isOnStaff(p, date) && jobAt(p, date).team === team,
          )
          if (staff.length === 0) continue
          const effect = coverageEffect(
            linked.filter((e) => jobAt(e.person, e.plannedEnd).team === team),
            date,
            Math.max(3, staff.length),
          )
          push(
            spec,
            toTeamId(team),
            date,
            spec.base +
              offset +
              trendAt(date) +
              seasonal(date) +
              effect +
              spec.noise * rng.nextGaussian(),
          )
        }
      }
    } else {
      for (const person of context.people)
        addPersonSeries(context, rng, spec, person, months, linked, push)
    }
  }
  return { measurements, index }
}

function addPersonSeries(
  context: LargeContext,
  rng: Rng,
  spec: LargeKpiSpec,
  person: LargePerson,
  months: string[],
  linked: LargeEnrolment[],
  push: (spec: LargeKpiSpec, subjectId: string | null, date: string, value: number) => void,
): void {
  const own = linked.filter((e) => e.person === person)
  const personal = (person.talent - 0.55) * spec.noise * 4
  let first: string | null = null
  for (const date of months) {
    if (!isOnStaff(person, date) || !spec.subjects.includes(jobAt(person, date).role)) continue
    first ??= date
    // Newcomers start below their level and settle in over the first half-year.
    const ramp = Math.min(1, countDaysBetween(first, date) / 180)
    const start = spec.direction === 'higher-is-better' ? -spec.noise * 2 : spec.noise * 2
    const trend = (spec.trend * countDaysBetween(context.start, date)) / 365
    const effect = coverageEffect(own, date, 1)
    const value =
      spec.base + personal + trend + start * (1 - ramp) + effect + spec.noise * rng.nextGaussian()
    push(spec, person.id, date, date.slice(5, 7) === '12' ? value + spec.december : value)
  }
}

/**
 * What trainings did to a KPI: per training, its change times the share of the subject's people
 * who took it lately (never more than the whole change). Each person's part ramps in over two
 * months, holds for a year, then fades to 30%.
 */
function coverageEffect(enrolments: LargeEnrolment[], date: string, people: number): number {
  const shares = new Map<string, { change: number; share: number }>()
  for (const e of enrolments) {
    const change = e.spec.targetChange ?? 0
    const days = countDaysBetween(e.plannedEnd, date)
    if (days <= 0 || change === 0) continue
    const weight =
      days < 60 ? days / 60 : days < 425 ? 1 : Math.max(0.3, 1 - (0.7 * (days - 425)) / 365)
    const entry = shares.get(e.spec.key) ?? { change, share: 0 }
    entry.share += weight / people
    shares.set(e.spec.key, entry)
  }
  let effect = 0
  for (const { change, share } of shares.values()) effect += 0.5 * change * Math.min(1, share)
  return effect
}

/** The figures the people records already hold: turnover and training hours. */
function measureCompany(
  context: LargeContext,
  enrolments: LargeEnrolment[],
  key: string,
  date: string,
): number | null {
  if (key !== 'staff-turnover' && key !== 'training-hours') return null
  const headcount = context.people.filter((p) => isOnStaff(p, date)).length
  if (headcount === 0) return null
  if (key === 'staff-turnover') {
    // The first year only knows the leavers since the workspace began: annualise them.
    // The first year only knows the leavers since the workspace began; the rest is the usual rate.
    const from = addDays(date, -365) > context.start ? addDays(date, -365) : context.start
    const unknown = Math.max(0, 365 - countDaysBetween(from, date)) / 365
    const leavers = context.people.reduce(
      (sum, p) => sum + p.leaves.filter((l) => l.date > from && l.date <= date).length,
      0,
    )
    return (100 * leavers) / headcount + 13 * unknown
  }
  const monthStart = getStartOfMonth(date)
  const hours = enrolments
    .filter(
      (e) => e.record.status === 'completed' && e.plannedEnd >= monthStart && e.plannedEnd <= date,
    )
    .reduce((sum, e) => sum + e.spec.hours, 0)
  return hours / headcount
}
