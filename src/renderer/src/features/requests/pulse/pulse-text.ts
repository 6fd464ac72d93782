import type { Enps, PulseQuestionResult, PulseResults } from '../../../../../shared/domain/requests'

/** The Pulse view's sentences and figures, pure so that they are tested. */

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** "4 of 6 answered (67%)", or "4 responses" when the audience is not known. */
export function describeResponseRate(pulse: PulseResults): string {
  if (pulse.responseRate === null) return plural(pulse.responseCount, 'response')
  const percent = Math.round(pulse.responseRate * 100)
  return `${pulse.responseCount} of ${pulse.audienceSize} answered (${percent}%)`
}

/** "Hidden until 5 responses (4 so far)." */
export function describeHidden(minResponses: number, soFar: number, noun = 'response'): string {
  return `Hidden until ${plural(minResponses, noun)} (${soFar} so far).`
}

/** A question's average on its scale, one decimal: "3.8". */
export function formatAverage(average: number | null): string {
  return average === null ? '–' : average.toFixed(1)
}

/** eNPS with its sign: "+20", "0", "-15". */
export function formatEnps(score: number): string {
  return score > 0 ? `+${score}` : String(score)
}

export function describeEnps(enps: Enps): string {
  return `${plural(enps.promoters, 'promoter')}, ${plural(enps.passives, 'passive')}, ${plural(enps.detractors, 'detractor')}`
}

/** Each option's share of the answers, as whole percents that add up to 100. */
export function toShares(distribution: PulseQuestionResult['distribution']): number[] {
  const total = distribution.reduce((sum, d) => sum + d.count, 0)
  if (total === 0) return distribution.map(() => 0)
  const exact = distribution.map((d) => (d.count / total) * 100)
  const shares = exact.map(Math.floor)
  // Largest remainder first, so the bar's segments fill it exactly.
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest)
  let missing = 100 - shares.reduce((sum, s) => sum + s, 0)
  for (const { index } of order) {
    if (missing <= 0) break
    shares[index]! += 1
    missing -= 1
  }
  return shares
}

/** What a screen reader hears for a question's bar: each option's count. */
export function describeDistribution(question: PulseQuestionResult): string {
  const parts = question.distribution.map((d) => `${d.label}: ${d.count}`)
  return `${question.prompt} ${parts.join(', ')}. Average ${formatAverage(question.average)}.`
}
