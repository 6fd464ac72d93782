import type { Kpi } from '../../model'
import type { TeamKey } from './types'

export type Effect = { initiative: string; change: number; rampDays: number }
export type Shift = { daysAgo: number; change: number; rampDays: number; handle?: string }

export type KpiSpec = {
  key: string
  name: string
  description: string
  unit: string
  direction: Kpi['direction']
  scope: Kpi['scope']
  team: TeamKey | null
  subjects?: string[]
  cadence: 'weekly' | 'monthly'
  base: number
  noise: number
  decimals: number
  min: number
  max: number
  december: number
  effects: Effect[]
  shifts: Shift[]
}

export const kpiSpecs: KpiSpec[] = [
  {
    key: 'order-errors',
    name: 'Order error rate',
    description:
      'Orders with a wrong item, grind or quantity per 100 orders dispatched, from the complaints log.',
    unit: '%',
    direction: 'lower-is-better',
    scope: 'team',
    team: 'logistics',
    cadence: 'weekly',
    base: 2.7,
    noise: 0.28,
    decimals: 1,
    min: 0.3,
    max: 6,
    december: 0.6,
    effects: [
      { initiative: 'wms-bootcamp', change: -1, rampDays: 21 },
      { initiative: 'forklift-refresher', change: -0.15, rampDays: 30 },
    ],
    // The first weeks on a new system are rough before they get better.
    shifts: [
      { daysAgo: 44, change: 0.4, rampDays: 7 },
      { daysAgo: 30, change: -0.4, rampDays: 14 },
    ],
  },
  {
    key: 'on-time',
    name: 'On-time delivery',
    description: "Deliveries inside the customer's agreed window, from the routing tool.",
    unit: '%',
    direction: 'higher-is-better',
    scope: 'team',
    team: 'logistics',
    cadence: 'weekly',
    base: 90.5,
    noise: 1.6,
    decimals: 1,
    min: 70,
    max: 99.5,
    december: -3.5,
    effects: [{ initiative: 'route-free', change: 3.4, rampDays: 35 }],
    shifts: [{ daysAgo: 430, change: -1.5, rampDays: 10 }],
  },
  {
    key: 'csat',
    name: 'Customer satisfaction',
    description:
      'Average answer to "How satisfied are you with Kestrel?" in the post-delivery and post-visit survey (1-5).',
    unit: 'score',
    direction: 'higher-is-better',
    scope: 'company',
    team: null,
    cadence: 'monthly',
    base: 4.18,
    noise: 0.05,
    decimals: 2,
    min: 1,
    max: 5,
    december: -0.06,
    effects: [
      { initiative: 'complaint-roleplay', change: 0.14, rampDays: 60 },
      { initiative: 'sca-barista', change: 0.05, rampDays: 60 },
    ],
    shifts: [],
  },
  {
    key: 'repeat-orders',
    name: 'Repeat order rate',
    description: 'Wholesale accounts that ordered again within 30 days of their previous order.',
    unit: '%',
    direction: 'higher-is-better',
    scope: 'team',
    team: 'sales',
    cadence: 'monthly',
    base: 66,
    noise: 1.2,
    decimals: 1,
    min: 40,
    max: 95,
    december: 0.8,
    effects: [{ initiative: 'consultative-selling', change: 6, rampDays: 40 }],
    shifts: [],
  },
  {
    key: 'roast-consistency',
    name: 'Roast consistency',
    description: 'Batches within ±2 Agtron of the target colour, from the roast log.',
    unit: '%',
    direction: 'higher-is-better',
    scope: 'team',
    team: 'roastery',
    cadence: 'weekly',
    base: 85,
    noise: 2.2,
    decimals: 0,
    min: 60,
    max: 100,
    december: -1.5,
    effects: [{ initiative: 'roast-mentoring', change: 3.5, rampDays: 56 }],
    // Liam leaving took an experienced roaster off the rota for a few months.
    shifts: [
      { daysAgo: 215, change: -3, rampDays: 7 },
      { daysAgo: 150, change: 3, rampDays: 60 },
    ],
  },
  {
    key: 'first-time-fix',
    name: 'First-time fix rate',
    description: 'Service call-outs fixed on the first visit, from the service log.',
    unit: '%',
    direction: 'higher-is-better',
    scope: 'team',
    team: 'support',
    cadence: 'monthly',
    base: 73,
    noise: 2.2,
    decimals: 0,
    min: 40,
    max: 98,
    december: -2,
    effects: [{ initiative: 'machine-simulator', change: 8, rampDays: 60 }],
    shifts: [],
  },
  {
    key: 'first-contact-resolution',
    name: 'First-contact resolution',
    description:
      'Customer contacts resolved without a second call or email, per advisor, from the ticket log.',
    unit: '%',
    direction: 'higher-is-better',
    scope: 'person',
    team: null,
    subjects: ['fatima', 'ailbhe', 'tolu', 'emma'],
    cadence: 'monthly',
    base: 74,
    noise: 2.4,
    decimals: 0,
    min: 40,
    max: 98,
    december: -2,
    effects: [{ initiative: 'complaint-roleplay', change: 6, rampDays: 45 }],
    shifts: [{ handle: 'ailbhe', daysAgo: 170, change: -8, rampDays: 110 }],
  },
]
