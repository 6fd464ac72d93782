import type { Confidence } from '../../model'
import type { TeamKey } from './types'

export type KrSpec = {
  title: string
  unit: string
  direction: 'increase' | 'decrease'
  target: number
  weight?: number
  /** Baseline and current come from this KPI's series (the team's or the owner's). */
  kpi?: string
  /** For KPI results: the target is the baseline plus this change, so it always asks for progress. */
  change?: number
  /** Baseline and current count people at or above a level in a skill. */
  headcount?: { skill: string; level: number; handles: string[] }
  baseline?: number
  /** For manual KRs of the current quarter: the share of the way to target reached by today. */
  progress?: number
}

export type GoalSpec = {
  key: string
  title: string
  description: string
  level: 'company' | 'team' | 'person'
  style: 'okr' | 'smart'
  period: 'current' | 'previous'
  parent: string | null
  team: TeamKey | null
  owner: string
  status: 'active' | 'done' | 'carried-over' | 'dropped'
  dueDaysBeforeEnd: number
  weight: number
  skills: string[]
  carriedFrom: string | null
  krs: KrSpec[]
  /** How the updates feel for SMART goals, and a nudge for OKRs whose numbers are close. */
  outlook: Confidence
}

type Draft = Partial<GoalSpec> & Pick<GoalSpec, 'key' | 'title' | 'level' | 'owner'>

export function defineGoal(draft: Draft): GoalSpec {
  return {
    description: '',
    style: 'okr',
    period: 'current',
    parent: null,
    team: null,
    status: 'active',
    dueDaysBeforeEnd: 0,
    weight: 1,
    skills: [],
    carriedFrom: null,
    krs: [],
    outlook: 'on-track',
    ...draft,
  }
}

export type PersonGoal = Omit<GoalSpec, 'level' | 'team'>

export function definePersonGoal(
  draft: Partial<PersonGoal> & Pick<PersonGoal, 'key' | 'title' | 'owner'>,
): PersonGoal {
  return {
    description: '',
    style: 'smart',
    period: 'current',
    parent: null,
    status: 'active',
    dueDaysBeforeEnd: 7,
    weight: 1,
    skills: [],
    carriedFrom: null,
    krs: [],
    outlook: 'on-track',
    ...draft,
  }
}

const roasters = ['aoife', 'dawit', 'ciaran']

/** Company goals for the previous and the current quarter. */
export const companyGoalSpecs: GoalSpec[] = [
  defineGoal({
    key: 'co-stockwise',
    title: 'Get the Dublin hub ready for Stockwise',
    level: 'company',
    owner: 'niamh',
    period: 'previous',
    status: 'done',
    description:
      'Racking labelled, stock loaded and super-users trained so we can switch off paper picking.',
    skills: ['wms-scanning'],
    krs: [
      {
        title: 'Locations labelled and loaded',
        unit: '%',
        direction: 'increase',
        baseline: 0,
        target: 100,
        progress: 1,
      },
      {
        title: 'Super-users trained',
        unit: 'people',
        direction: 'increase',
        baseline: 0,
        target: 2,
        progress: 0.5,
      },
    ],
  }),
  defineGoal({
    key: 'co-repeat-prev',
    title: 'Lift the repeat order rate by three points',
    level: 'company',
    owner: 'niamh',
    period: 'previous',
    status: 'carried-over',
    description: 'Fewer one-off orders: every account should order again within 30 days.',
    skills: ['consultative-selling', 'account-planning'],
    outlook: 'at-risk',
    krs: [
      {
        title: 'Repeat order rate',
        unit: '%',
        direction: 'increase',
        target: 72,
        change: 3,
        kpi: 'repeat-orders',
      },
    ],
  }),
  defineGoal({
    key: 'co-right-first-time',
    title: 'Every delivery right first time',
    level: 'company',
    owner: 'niamh',
    description:
      "The right coffee, ground right, in the agreed window. Errors cost us a replacement run and, worse, the customer's trust.",
    skills: ['pick-pack', 'wms-scanning', 'route-planning'],
    weight: 2,
    krs: [
      {
        title: 'Order error rate',
        unit: '%',
        direction: 'decrease',
        target: 1.5,
        change: -0.9,
        kpi: 'order-errors',
        weight: 2,
      },
      {
        title: 'On-time delivery',
        unit: '%',
        direction: 'increase',
        target: 96,
        change: 3,
        kpi: 'on-time',
      },
    ],
  }),
  defineGoal({
    key: 'co-grow-wholesale',
    title: 'Grow wholesale with the customers we have',
    level: 'company',
    owner: 'niamh',
    carriedFrom: 'co-repeat-prev',
    description:
      'Carried over from last quarter with a wider scope: repeat orders, satisfaction and new accounts from referrals.',
    skills: ['consultative-selling', 'complaint-handling', 'customer-onboarding'],
    krs: [
      {
        title: 'Repeat order rate',
        unit: '%',
        direction: 'increase',
        target: 75,
        change: 3,
        kpi: 'repeat-orders',
        weight: 2,
      },
      {
        title: 'Customer satisfaction',
        unit: 'score',
        direction: 'increase',
        target: 4.5,
        change: 0.1,
        kpi: 'csat',
      },
      {
        title: 'New café accounts from referrals',
        unit: 'accounts',
        direction: 'increase',
        baseline: 0,
        target: 8,
        progress: 0.5,
      },
    ],
  }),
  defineGoal({
    key: 'co-eudr-ready',
    title: 'Be EUDR-ready before the deadline',
    level: 'company',
    owner: 'niamh',
    description:
      'Every green lot we roast must carry geolocation data and a due-diligence reference. Today only Aoife can check that.',
    skills: ['eudr-traceability', 'green-grading'],
    outlook: 'at-risk',
    krs: [
      {
        title: 'Green lots with a complete due-diligence file',
        unit: '%',
        direction: 'increase',
        baseline: 40,
        target: 100,
        progress: 0.42,
      },
      {
        title: 'Roasters at level 2 or above in EUDR traceability',
        unit: 'people',
        direction: 'increase',
        target: 3,
        headcount: { skill: 'eudr-traceability', level: 2, handles: roasters },
      },
    ],
  }),
]
