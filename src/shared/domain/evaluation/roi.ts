import {
  defaultEvaluationAssumptions,
  type EvaluationAssumptions,
  type Enrolment,
  type TrainingInitiative,
} from '../../model'
import { addDays } from '../dates/iso-date'
import { daysBetween } from './dates'
import type { BenefitItem, CostBreakdown, ResultsLevel, RoiResult, RoiStatus } from './types'
import type { Wording } from './wording'

/** The mean length of a month, in days. */
export const daysPerMonth = 365.25 / 12

/** Fees plus time: each participant who did not withdraw costs the fee and their hours. */
export function computeCost(
  enrolments: readonly Enrolment[],
  initiatives: ReadonlyMap<string, TrainingInitiative>,
  hourlyCost: number,
): CostBreakdown {
  let participants = 0
  let fees = 0
  let hours = 0
  for (const enrolment of enrolments) {
    if (enrolment.status === 'withdrawn') continue
    const initiative = initiatives.get(enrolment.initiativeId)
    if (!initiative) continue
    participants += 1
    fees += initiative.cost
    hours += initiative.hours
  }
  const timeCost = hours * hourlyCost
  return { participants, fees, hours, hourlyCost, timeCost, total: fees + timeCost }
}

/** A training's assumptions with the defaults of fields added since it was stored. */
export function readAssumptions(initiative: TrainingInitiative): EvaluationAssumptions {
  return { ...defaultEvaluationAssumptions, ...initiative.evaluationAssumptions }
}

/** The KPI improvement in the better direction, net of the change for people not enrolled. */
export function findNetImprovement(result: ResultsLevel): number {
  const comparisonImprovement =
    result.comparisonChange === null
      ? 0
      : result.direction === 'higher-is-better'
        ? result.comparisonChange
        : -result.comparisonChange
  return result.improvement - comparisonImprovement
}

type ValueAssumptions = Pick<
  EvaluationAssumptions,
  'valuePerUnit' | 'attributionShare' | 'benefitMonths'
>

export interface Accrual {
  item: BenefitItem
  /** Days since each measured enrolment ended. */
  daysSinceEnd: number[]
}

function accrue(accruals: readonly Accrual[], extraDays: number): number {
  let total = 0
  for (const { item, daysSinceEnd } of accruals) {
    if (daysSinceEnd.length === 0) continue
    const capDays = item.benefitMonths * daysPerMonth
    const days = daysSinceEnd.reduce(
      (sum, d) => sum + Math.max(0, Math.min(capDays, d + extraDays)),
      0,
    )
    total += (item.monthlyBenefit * days) / daysSinceEnd.length / daysPerMonth
  }
  return total
}

/**
 * The money one KPI result brings: the net improvement times the value per unit a month (per
 * participant for a per-person KPI) times the share credited to the training, counted for each
 * measured participant from the day after they finished, for at most the benefit period.
 */
export function computeBenefitItem(
  result: ResultsLevel,
  assumptions: ValueAssumptions & { valuePerUnit: number },
  today: string,
): Accrual {
  const netImprovement = findNetImprovement(result)
  const participants = result.scope === 'person' ? result.measured : 1
  const monthlyBenefit = Math.max(
    0,
    netImprovement * assumptions.valuePerUnit * participants * assumptions.attributionShare,
  )
  const daysSinceEnd = result.endDates.map((end) => Math.max(0, daysBetween(end, today)))
  const capDays = assumptions.benefitMonths * daysPerMonth
  const monthsCounted =
    daysSinceEnd.length === 0
      ? 0
      : daysSinceEnd.reduce((sum, d) => sum + Math.min(capDays, d), 0) /
        daysSinceEnd.length /
        daysPerMonth
  const item: BenefitItem = {
    kpiId: result.kpiId,
    kpiName: result.kpiName,
    unit: result.unit,
    netImprovement,
    isNetOfComparison: result.comparisonChange !== null,
    participants,
    valuePerUnit: assumptions.valuePerUnit,
    attributionShare: assumptions.attributionShare,
    benefitMonths: assumptions.benefitMonths,
    monthlyBenefit,
    monthsCounted,
    benefit: monthlyBenefit * monthsCounted,
    targetChange: result.targetChange,
    change: result.change,
    isTargetMet: result.isTargetMet,
  }
  return { item, daysSinceEnd }
}

/**
 * The day the benefit counted reaches `cost` at the measured rate: in the past for a training
 * that has paid back, ahead for one on its way; null if the benefit period ends first.
 */
export function findPaybackDate(
  accruals: readonly Accrual[],
  cost: number,
  today: string,
): string | null {
  const longest = Math.ceil(
    Math.max(0, ...accruals.map((a) => a.item.benefitMonths)) * daysPerMonth,
  )
  if (accrue(accruals, longest) < cost) return null
  let low = -Math.max(0, ...accruals.flatMap((a) => a.daysSinceEnd))
  let high = longest
  while (low < high) {
    const middle = Math.floor((low + high) / 2)
    if (accrue(accruals, middle) >= cost) high = middle
    else low = middle + 1
  }
  return addDays(today, low)
}

/** What the card knows beyond the numbers, to say why the ROI is what it is. */
export interface RoiSituation {
  /** Enrolments that did not withdraw. */
  participants: number
  /** Of those, how many have finished. */
  finished: number
  /** The KPIs the trainings are linked to; empty when none is. */
  kpiNames: string[]
  today: string
  wording: Wording
}

/**
 * ROI so far = (benefit counted so far - cost) / cost, with the status and the one line that
 * explains it: a missing or negative figure always says why.
 */
export function computeRoi(input: {
  cost: CostBreakdown
  results: readonly ResultsLevel[] | null
  assumptionsOf: (kpiId: string) => ValueAssumptions | null
  situation: RoiSituation
}): RoiResult {
  const { cost, results, situation } = input
  const accruals: Accrual[] = []
  const unvalued: string[] = []
  for (const result of results ?? []) {
    const assumptions = input.assumptionsOf(result.kpiId)
    if (assumptions?.valuePerUnit == null) {
      unvalued.push(result.kpiName)
      continue
    }
    accruals.push(
      computeBenefitItem(
        result,
        { ...assumptions, valuePerUnit: assumptions.valuePerUnit },
        situation.today,
      ),
    )
  }
  const items = accruals.map((a) => a.item)
  const hasValue = items.length > 0
  const sum = (pick: (item: BenefitItem) => number) =>
    items.reduce((total, item) => total + pick(item), 0)
  const benefit = hasValue ? sum((item) => item.benefit) : null
  const monthlyBenefit = hasValue ? sum((item) => item.monthlyBenefit) : null
  const periodBenefit = hasValue ? sum((item) => item.monthlyBenefit * item.benefitMonths) : null
  const canRatio = benefit !== null && periodBenefit !== null && cost.total > 0
  const roi = canRatio ? (benefit - cost.total) / cost.total : null
  const periodRoi = canRatio ? (periodBenefit - cost.total) / cost.total : null
  const paybackDate = roi !== null ? findPaybackDate(accruals, cost.total, situation.today) : null
  const status = findRoiStatus({ results, items, roi, paybackDate, cost, situation })
  const base = { cost, items, unvalued, benefit, monthlyBenefit, periodBenefit, roi, periodRoi }
  return {
    ...base,
    paybackDate,
    status,
    why: explainRoi({ ...base, paybackDate, status, results }, situation),
    explanation: describeMethod(items, unvalued),
  }
}

function findRoiStatus(input: {
  results: readonly ResultsLevel[] | null
  items: readonly BenefitItem[]
  roi: number | null
  paybackDate: string | null
  cost: CostBreakdown
  situation: RoiSituation
}): RoiStatus {
  const { situation, roi } = input
  if (situation.finished === 0) return 'not-finished'
  if (situation.kpiNames.length === 0) return 'no-kpi'
  if (!input.results || input.results.length === 0) return 'waiting-for-results'
  if (input.items.length === 0) return 'no-value'
  if (input.cost.total <= 0 || roi === null) return 'no-cost'
  if (roi >= 0) return 'paid-back'
  // While the KPI is still being measured it is too early to call the training a loss.
  const isMeasuring = input.results.some((result) => result.isAfterWindowOpen)
  return input.paybackDate !== null || isMeasuring ? 'not-paid-back-yet' : 'negative'
}

function describeMethod(items: readonly BenefitItem[], unvalued: readonly string[]): string {
  const net = items.some((item) => item.isNetOfComparison) ? ' (net of people not enrolled)' : ''
  const left =
    items.length > 0 && unvalued.length > 0
      ? ` ${joinNames(unvalued)} has no value per unit yet, so it is not counted.`
      : ''
  return `Benefit = KPI improvement${net} × value per unit a month × share credited to the training × months counted; ROI = (benefit − cost) ÷ cost.${left}`
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** "Roast consistency got worse (−0.3 pts)", for a KPI that brought no benefit. */
function describeNoGain(item: BenefitItem, w: Wording): string {
  const change = w.change(item.change, item.unit)
  if (item.netImprovement < 0 && !item.isNetOfComparison) {
    return `${item.kpiName} got worse (${change})`
  }
  if (item.netImprovement <= 0 && item.isNetOfComparison && item.change !== 0) {
    return `${item.kpiName} moved ${change}, no better than for people not enrolled`
  }
  return item.netImprovement === 0
    ? `${item.kpiName} did not move`
    : `${item.kpiName} moved ${change}`
}

function describeMonths(items: readonly BenefitItem[], w: Wording): string {
  const longest = items.reduce((a, b) => (b.monthsCounted > a.monthsCounted ? b : a))
  return `${w.number(longest.monthsCounted, 1)} of ${longest.benefitMonths} months`
}

function describeTargets(items: readonly BenefitItem[], w: Wording): string {
  const missed = items.filter((item) => item.isTargetMet === false && item.targetChange !== null)
  if (missed.length === 0) return ''
  return `; ${missed
    .map(
      (item) =>
        `${item.kpiName} moved ${w.change(item.change, item.unit)} against a target of ${w.change(item.targetChange!, item.unit)}`,
    )
    .join('; ')}`
}

function describeOpenWindow(results: readonly ResultsLevel[] | null, w: Wording): string {
  const open = (results ?? []).filter((r) => r.isAfterWindowOpen && r.afterWindowEnds !== null)
  if (open.length === 0) return ''
  const until = open
    .map((r) => r.afterWindowEnds!)
    .sort()
    .at(-1)!
  return ` The KPI is measured until ${w.date(until)}, so this can still move.`
}

function explainRoi(
  roi: Omit<RoiResult, 'why' | 'explanation'> & { results: readonly ResultsLevel[] | null },
  situation: RoiSituation,
): string {
  const w = situation.wording
  const cost = w.money(roi.cost.total)
  const kpis = joinNames(situation.kpiNames)
  switch (roi.status) {
    case 'not-finished':
      return situation.participants === 0
        ? 'No ROI yet: no one is enrolled.'
        : `No ROI yet: no one has finished, so nothing can have changed; costs of ${cost} are committed.`
    case 'no-kpi':
      return `No ROI: no KPI is linked, so there is no benefit to weigh against costs of ${cost}.`
    case 'waiting-for-results':
      return `No ROI yet: costs of ${cost} so far; benefits are counted once ${kpis} ${situation.kpiNames.length > 1 ? 'are' : 'is'} measured after the training.`
    case 'no-value': {
      const moved = (roi.results ?? [])
        .map((r) => `${r.kpiName} moved ${w.change(r.change, r.unit)}`)
        .join(', ')
      return `No ROI yet: ${moved}, but what one unit of ${joinNames(roi.unvalued)} is worth a month is not entered, so it cannot be weighed against costs of ${cost}.`
    }
    case 'no-cost':
      return `No ratio: no cost is recorded; benefits of ${w.money(roi.benefit ?? 0)} counted so far.`
    case 'paid-back': {
      const when =
        roi.paybackDate === null ? '' : `; it paid back around ${w.monthYear(roi.paybackDate)}`
      return `Positive: benefits of ${w.money(roi.benefit!)} counted so far (${describeMonths(roi.items, w)}) are more than the costs of ${cost}${when}.${describeOpenWindow(roi.results, w)}`
    }
    case 'not-paid-back-yet': {
      const months = Math.max(...roi.items.map((item) => item.benefitMonths))
      const outlook =
        roi.paybackDate === null
          ? `it would not pay back within ${months} months`
          : `it pays back around ${w.monthYear(roi.paybackDate)}`
      return `Not paid back yet: ${describeMonths(roi.items, w)} of benefit counted (${w.money(roi.benefit!)}) against costs of ${cost}; at the rate measured so far ${outlook}.${describeOpenWindow(roi.results, w)}`
    }
    case 'negative': {
      if (roi.monthlyBenefit === 0) {
        const noGain = roi.items.map((item) => describeNoGain(item, w))
        return `Negative: ${joinNames(noGain)}, so no benefit is counted against costs of ${cost}.${describeOpenWindow(roi.results, w)}`
      }
      const months = Math.max(...roi.items.map((item) => item.benefitMonths))
      return `Negative: the improvement is worth ${w.money(roi.monthlyBenefit!)} a month, so ${months} months bring ${w.money(roi.periodBenefit!)}, less than the costs of ${cost}${describeTargets(roi.items, w)}.${describeOpenWindow(roi.results, w)}`
    }
  }
}
