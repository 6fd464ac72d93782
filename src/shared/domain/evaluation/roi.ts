import type { Enrolment, TrainingInitiative } from '../../model'
import type { CostBreakdown, ResultsLevel, RoiResult } from './types'

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

/**
 * The money one KPI result is worth: the improvement (net of the change seen in people who were
 * not enrolled, when known) times the value per unit; per participant for a per-person KPI.
 */
export function computeBenefit(result: ResultsLevel, valuePerUnit: number): number {
  const comparisonImprovement =
    result.comparisonChange === null
      ? 0
      : result.direction === 'higher-is-better'
        ? result.comparisonChange
        : -result.comparisonChange
  const netImprovement = result.improvement - comparisonImprovement
  const participants = result.scope === 'person' ? result.measured : 1
  return netImprovement * valuePerUnit * participants
}

/** ROI = (benefit - cost) / cost, or null with the reason it cannot be computed. */
export function computeRoi(input: {
  cost: CostBreakdown
  results: readonly ResultsLevel[] | null
  valuePerUnitOf: (kpiId: string) => number | null
}): RoiResult {
  const { cost, results } = input
  if (!results || results.length === 0) {
    return {
      cost,
      benefit: null,
      roi: null,
      explanation: 'No KPI result yet, so no benefit to weigh against the cost.',
    }
  }
  let benefit = 0
  const valued: string[] = []
  const unvalued: string[] = []
  for (const result of results) {
    const value = input.valuePerUnitOf(result.kpiId)
    if (value === null) {
      unvalued.push(result.kpiName)
      continue
    }
    benefit += computeBenefit(result, value)
    valued.push(result.kpiName)
  }
  if (valued.length === 0) {
    return {
      cost,
      benefit: null,
      roi: null,
      explanation: `Enter what one unit of ${unvalued.join(', ')} is worth to compute the benefit.`,
    }
  }
  if (cost.total <= 0) {
    return { cost, benefit, roi: null, explanation: 'No cost recorded, so no ratio to compute.' }
  }
  const missing = unvalued.length > 0 ? ` ${unvalued.join(', ')} has no value per unit yet.` : ''
  return {
    cost,
    benefit,
    roi: (benefit - cost.total) / cost.total,
    explanation: `Benefit = KPI improvement x value per unit; ROI = (benefit - cost) / cost.${missing}`,
  }
}
