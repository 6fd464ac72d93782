export type BiasKind =
  | 'recency'
  | 'halo'
  | 'horns'
  | 'leniency'
  | 'severity'
  | 'central-tendency'
  | 'self-manager-gap'
  | 'goal-contradiction'

/** One pattern worth a second look before a review is final; never a verdict. */
export interface BiasFlag {
  kind: BiasKind
  title: string
  explanation: string
  /** Records a reader can open to check the flag: feedback, check-ins, goal updates, assessments. */
  evidenceIds: string[]
}

/** The rating scale in use: ratings run from `min` to `max`. */
export interface RatingScale {
  min: number
  max: number
}

export function describeShare(share: number): string {
  return `${Math.round(share * 100)}%`
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length
}

export function standardDeviation(values: readonly number[]): number {
  if (values.length === 0) return 0
  const average = mean(values)
  return Math.sqrt(mean(values.map((value) => (value - average) ** 2)))
}

/** A difference that matters on this scale: 15% of its span (0.6 on 0-4, 0.6 on 1-5). */
export function noticeableDifference(scale: RatingScale): number {
  return 0.15 * (scale.max - scale.min)
}
