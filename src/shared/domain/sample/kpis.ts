import type { Kpi, KpiMeasurement } from '../../model'
import { findPerson, type SampleContext } from './context'
import {
  addDays,
  countDaysBetween,
  getEndOfMonth,
  getMondayOnOrBefore,
  getStartOfMonth,
  addMonths,
} from './dates'
import type { SampleEnrolment } from './training'
import { kpiSpecs } from './kpi-specs'
import { toTeamId } from './people'

export function isMonthlyKpi(kpiId: string): boolean {
  return kpiSpecs.some((spec) => toKpiId(spec.key) === kpiId && spec.cadence === 'monthly')
}

export function toKpiId(key: string): string {
  return `kpi-${key}`
}

export function createKpis(): Kpi[] {
  return kpiSpecs.map((spec) => ({
    id: toKpiId(spec.key),
    name: spec.name,
    description: spec.description,
    unit: spec.unit,
    direction: spec.direction,
    scope: spec.scope,
  }))
}

export function createKpiMeasurements(
  context: SampleContext,
  enrolments: SampleEnrolment[],
): KpiMeasurement[] {
  const rng = context.rng.fork('kpis')
  const start = addDays(context.today, -548)
  const measurements: KpiMeasurement[] = []
  for (const spec of kpiSpecs) {
    const subjects =
      spec.scope === 'person'
        ? (spec.subjects ?? []).map((handle) => findPerson(context, handle))
        : [null]
    for (const person of subjects) {
      const subjectId = person === null ? toTeamId(spec.team) : person.id
      const personal = person === null ? 0 : rng.nextBetween(-5, 4)
      const effectDates = spec.effects.map((effect) => ({
        effect,
        date: findEffectDate(enrolments, effect.initiative, person?.id ?? null),
      }))
      for (const date of listMeasurementDates(spec.cadence, start, context.today)) {
        if (person !== null && (date < person.hireDate || date > person.activeUntil)) continue
        const daysAgo = countDaysBetween(date, context.today)
        let value = spec.base + personal
        for (const { effect, date: effectDate } of effectDates) {
          if (effectDate !== null)
            value += effect.change * ramp(countDaysBetween(effectDate, date), effect.rampDays)
        }
        for (const shift of spec.shifts) {
          if (shift.handle !== undefined && shift.handle !== person?.handle) continue
          value += shift.change * ramp(shift.daysAgo - daysAgo, shift.rampDays)
        }
        if (date.slice(5, 7) === '12') value += spec.december
        value += spec.noise * rng.nextGaussian()
        const clamped = Math.min(spec.max, Math.max(spec.min, value))
        measurements.push({
          id: `kpim-${spec.key}-${person === null ? 'all' : person.handle}-${date}`,
          kpiId: toKpiId(spec.key),
          subjectId: spec.scope === 'company' ? null : subjectId,
          date,
          value: roundTo(clamped, spec.decimals),
        })
      }
    }
  }
  return measurements
}

/** Mean of the KPI's measurements for a subject inside [from, to]; null when there are none. */
export function averageMeasurements(
  measurements: KpiMeasurement[],
  kpiId: string,
  subjectId: string | null,
  from: string,
  to: string,
  decimals = 2,
): number | null {
  const values = measurements
    .filter((m) => m.kpiId === kpiId && m.subjectId === subjectId && m.date >= from && m.date <= to)
    .map((m) => m.value)
  if (values.length === 0) return null
  return roundTo(values.reduce((sum, v) => sum + v, 0) / values.length, decimals)
}

export function findLatestMeasurement(
  measurements: KpiMeasurement[],
  kpiId: string,
  subjectId: string | null,
  onOrBefore: string,
): KpiMeasurement | null {
  let latest: KpiMeasurement | null = null
  for (const m of measurements) {
    if (m.kpiId !== kpiId || m.subjectId !== subjectId || m.date > onOrBefore) continue
    if (latest === null || m.date > latest.date) latest = m
  }
  return latest
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

function ramp(daysSince: number, rampDays: number): number {
  if (daysSince <= 0) return 0
  return Math.min(1, daysSince / Math.max(1, rampDays))
}

/** The date a training starts to show: the middle participant's end date (or the person's own). */
function findEffectDate(
  enrolments: SampleEnrolment[],
  initiative: string,
  personId: string | null,
): string | null {
  const ends = enrolments
    .filter((e) => e.spec.key === initiative && e.record.status !== 'withdrawn')
    .filter((e) => personId === null || e.record.personId === personId)
    .map((e) => e.plannedEnd)
    .sort()
  return ends[Math.floor(ends.length / 2)] ?? null
}

function listMeasurementDates(
  cadence: 'weekly' | 'monthly',
  start: string,
  today: string,
): string[] {
  const dates: string[] = []
  if (cadence === 'weekly') {
    const lastMonday = addDays(getMondayOnOrBefore(today), -7)
    for (let date = lastMonday; date >= start; date = addDays(date, -7)) dates.push(date)
  } else {
    const lastMonth = addMonths(getStartOfMonth(today), -1)
    for (let month = lastMonth; getEndOfMonth(month) >= start; month = addMonths(month, -1)) {
      dates.push(getEndOfMonth(month))
    }
  }
  return dates.reverse()
}
