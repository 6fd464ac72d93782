import type { Kpi } from '../../../model'
import { kpiSpecs } from '../kpi-specs'
import { ownKpiSpecs } from './kpi-specs-own'

/** A KPI of the grown company, measured monthly for five years. */
export type LargeKpiSpec = {
  key: string
  name: string
  description: string
  unit: string
  direction: Kpi['direction']
  scope: Kpi['scope']
  /** Team keys for a team KPI, role keys (everyone in the role) for a person KPI. */
  subjects: string[]
  base: number
  noise: number
  decimals: number
  min: number
  max: number
  december: number
  /** Drift per year, in units (the business getting better or worse at it). */
  trend: number
}

type Reused = Pick<LargeKpiSpec, 'key' | 'scope' | 'subjects' | 'trend'>

/** The sample's KPIs, now measured for the grown company's teams and people. */
const reused: Reused[] = [
  { key: 'order-errors', scope: 'team', subjects: ['hub', 'dispatch'], trend: -0.15 },
  { key: 'on-time', scope: 'team', subjects: ['fleet'], trend: 0.5 },
  { key: 'csat', scope: 'company', subjects: [], trend: 0.03 },
  {
    key: 'repeat-orders',
    scope: 'team',
    subjects: ['wholesale-south', 'wholesale-north'],
    trend: 1,
  },
  { key: 'roast-consistency', scope: 'team', subjects: ['roastery'], trend: 0.8 },
  { key: 'first-time-fix', scope: 'team', subjects: ['service'], trend: 1.2 },
  { key: 'first-contact-resolution', scope: 'person', subjects: ['customer-care'], trend: 0.8 },
]

export const largeKpiSpecs: LargeKpiSpec[] = [
  ...reused.map((r): LargeKpiSpec => {
    const spec = kpiSpecs.find((s) => s.key === r.key)
    if (!spec) throw new Error(`Unknown sample KPI "${r.key}"`)
    const { name, description, unit, direction, base, noise, decimals, min, max, december } = spec
    return { name, description, unit, direction, base, noise, decimals, min, max, december, ...r }
  }),
  ...ownKpiSpecs.map((spec): LargeKpiSpec => ({ december: 0, ...spec })),
]

export function toKpiId(key: string): string {
  return `kpi-${key}`
}
