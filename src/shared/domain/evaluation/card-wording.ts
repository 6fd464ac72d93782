import type { EvaluationAssumptions, Kpi } from '../../model'
import type { BenefitItem, ResultsLevel } from './types'
import type { Wording } from './wording'

/** A KPI value in its unit: "92.4%", "4.35", "12.5 min". */
export function formatKpiValue(value: number, unit: string, w: Wording): string {
  if (unit === '%') return `${w.number(value, 1)}%`
  if (unit === '' || unit === 'score') return w.number(value, 2)
  return `${w.number(value, 2)} ${unit}`
}

/** "Order error rate: 2.6% before → 2.3% after". */
export function describeBeforeAfter(result: ResultsLevel, w: Wording): string {
  return `${result.kpiName}: ${formatKpiValue(result.before, result.unit, w)} before → ${formatKpiValue(result.after, result.unit, w)} after`
}

/** "Order error rate: 2.6% before → 2.3% after (−0.3 pts; target −1 pts, not reached)". */
export function describeResult(result: ResultsLevel, w: Wording): string {
  const target =
    result.targetChange === null
      ? 'no target set'
      : `target ${w.change(result.targetChange, result.unit)}, ${result.isTargetMet ? 'reached' : 'not reached'}`
  return `${describeBeforeAfter(result, w)} (${w.change(result.change, result.unit)}; ${target})`
}

/** An ROI ratio as a signed whole percentage ("+134%", "−12%"), or "—" when there is none. */
export function formatRoi(roi: number | null, w: Wording): string {
  return roi === null ? '—' : `${w.signed(roi * 100, 0)}%`
}

/** What one unit of a KPI is called in a sentence: "point" for a percentage. */
function unitName(unit: string): string {
  if (unit === '%') return 'point'
  if (unit === '' || unit === 'score') return 'unit'
  return unit
}

export interface AssumptionLine {
  /** "Value per unit", "Share credited"... */
  term: string
  /** The assumption in plain words. */
  text: string
}

/**
 * A training's ROI assumptions as a manager reads them, one line each: what one unit of KPI
 * improvement is worth a month, the share of the change credited to the training, the months its
 * benefit is counted for (and how many so far), the KPI windows and where the value comes from.
 */
export function describeAssumptions(
  input: {
    assumptions: EvaluationAssumptions
    kpi: Pick<Kpi, 'name' | 'unit' | 'scope'> | null
    /** Months of benefit counted so far, when there is a result to count. */
    monthsCounted: number | null
  },
  w: Wording,
): AssumptionLine[] {
  const { assumptions, kpi, monthsCounted } = input
  const per = kpi
    ? ` for each ${unitName(kpi.unit)} of ${kpi.name}${kpi.scope === 'person' ? ', per participant' : ''}`
    : ''
  const share = w.share(assumptions.attributionShare)
  const months = assumptions.benefitMonths
  const counted =
    monthsCounted === null
      ? ''
      : `; ${w.number(monthsCounted, 1)} ${monthsCounted === 1 ? 'month' : 'months'} counted so far`
  const lines: AssumptionLine[] = [
    {
      term: 'Value per unit',
      text:
        assumptions.valuePerUnit === null
          ? `not entered yet: what one ${kpi ? `${unitName(kpi.unit)} of ${kpi.name}` : 'unit'} is worth a month`
          : `${w.money(assumptions.valuePerUnit)} a month${per}`,
    },
    {
      term: 'Share credited',
      text:
        assumptions.attributionShare >= 1
          ? 'all of the change is credited to the training'
          : `${share} of the change is credited to the training, the rest to other causes`,
    },
    {
      term: 'Months counted',
      text: `up to ${months} ${months === 1 ? 'month' : 'months'} after each person finishes${counted}`,
    },
    {
      term: 'KPI windows',
      text: `${assumptions.windowBeforeDays} days before the start against ${assumptions.windowAfterDays} days after the end`,
    },
  ]
  if (assumptions.note.trim() !== '') lines.push({ term: 'Basis', text: assumptions.note.trim() })
  return lines
}

/**
 * One KPI's assumptions as the ROI counted them, for a campaign whose trainings each bring their
 * own: "€1,800 a month for each point, 60% credited, up to 12 months (4.2 counted so far)".
 */
export function describeBenefitItem(item: BenefitItem, w: Wording): string {
  const per = item.participants > 1 ? `, for ${item.participants} participants` : ''
  return `${w.money(item.valuePerUnit)} a month for each ${unitName(item.unit)}${per}, ${w.share(item.attributionShare)} credited, up to ${item.benefitMonths} months (${w.number(item.monthsCounted, 1)} counted so far)`
}
