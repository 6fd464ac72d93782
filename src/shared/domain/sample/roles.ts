import type { RequirementOverride, RoleProfile, RoleRequirement } from '../../model'
import { toSkillId } from './catalogue'
import type { RoleKey, TeamKey } from './types'

type RoleSpec = {
  key: RoleKey
  name: string
  description: string
  requirements: [skill: string, level: number][]
}

export const roleSpecs: RoleSpec[] = [
  {
    key: 'managing-director',
    name: 'Managing Director',
    description: 'Runs the business: strategy, key accounts, finance and the leadership team.',
    requirements: [
      ['budgeting', 4],
      ['coaching', 3],
      ['delegation', 3],
      ['difficult-conversations', 3],
      ['account-planning', 3],
      ['negotiation', 3],
      ['origin-storytelling', 3],
      ['continuous-improvement', 2],
      ['spreadsheets', 3],
    ],
  },
  {
    key: 'team-lead',
    name: 'Team Lead',
    description: 'Leads a team of 6-10: rota, development, 1:1s and the team budget.',
    requirements: [
      ['coaching', 3],
      ['delegation', 3],
      ['workload-planning', 3],
      ['budgeting', 2],
      ['hiring-onboarding', 2],
      ['difficult-conversations', 2],
      ['spreadsheets', 2],
      ['continuous-improvement', 2],
      ['cross-team-handover', 3],
    ],
  },
  {
    key: 'roaster',
    name: 'Roaster',
    description: 'Roasts to profile on both roasters, cups every batch and keeps the roast log.',
    requirements: [
      ['roast-profiling', 3],
      ['cupping', 3],
      ['green-grading', 2],
      ['roast-logging', 3],
      ['roaster-maintenance', 2],
      ['gas-safety', 3],
      ['haccp', 2],
      ['eudr-traceability', 2],
      ['blend-development', 2],
      ['organic-certification', 2],
    ],
  },
  {
    key: 'production-operative',
    name: 'Production Operative',
    description: 'Packs, labels and stages roasted coffee; keeps the line and its records clean.',
    requirements: [
      ['packing-line', 3],
      ['haccp', 2],
      ['manual-handling', 2],
      ['eudr-traceability', 1],
      ['organic-certification', 1],
      ['stock-control', 1],
      ['roaster-maintenance', 1],
      ['continuous-improvement', 1],
    ],
  },
  {
    key: 'warehouse-operative',
    name: 'Warehouse Operative',
    description:
      'Receives, stores, picks and dispatches orders at the Dublin hub or Cork dispatch.',
    requirements: [
      ['wms-scanning', 2],
      ['pick-pack', 3],
      ['stock-control', 2],
      ['forklift', 2],
      ['manual-handling', 2],
      ['load-securing', 2],
      ['haccp', 1],
    ],
  },
  {
    key: 'delivery-driver',
    name: 'Delivery Driver',
    description:
      'Delivers to cafés and hotels on multi-drop routes; the face of Kestrel at the door.',
    requirements: [
      ['route-planning', 2],
      ['load-securing', 3],
      ['driving-hours', 3],
      ['wms-scanning', 1],
      ['manual-handling', 2],
      ['complaint-handling', 1],
    ],
  },
  {
    key: 'account-manager',
    name: 'Account Manager',
    description: 'Wins and grows wholesale accounts; owns a portfolio of 40-60 customers.',
    requirements: [
      ['consultative-selling', 3],
      ['account-planning', 3],
      ['negotiation', 2],
      ['crm', 3],
      ['origin-storytelling', 3],
      ['cupping', 2],
      ['customer-onboarding', 2],
      ['written-communication', 2],
      ['espresso-dialling', 1],
    ],
  },
  {
    key: 'customer-care',
    name: 'Customer Care Advisor',
    description:
      'Takes orders, changes and complaints by phone and email; first line for every customer.',
    requirements: [
      ['complaint-handling', 3],
      ['erp-orders', 3],
      ['written-communication', 3],
      ['crm', 2],
      ['cross-team-handover', 2],
      ['origin-storytelling', 1],
      ['customer-onboarding', 1],
    ],
  },
  {
    key: 'barista-trainer',
    name: 'Barista Trainer',
    description: "Sets up and trains customers' staff, on site and in the Dublin training lab.",
    requirements: [
      ['espresso-dialling', 4],
      ['milk-texturing', 3],
      ['filter-brewing', 3],
      ['training-delivery', 3],
      ['water-chemistry', 2],
      ['cupping', 2],
      ['customer-onboarding', 2],
      ['origin-storytelling', 2],
      ['haccp', 1],
    ],
  },
  {
    key: 'service-technician',
    name: 'Field Service Technician',
    description: 'Installs, services and repairs espresso machines and grinders at customer sites.',
    requirements: [
      ['machine-servicing', 3],
      ['grinder-servicing', 3],
      ['water-chemistry', 3],
      ['electrical-safety', 3],
      ['espresso-dialling', 2],
      ['complaint-handling', 2],
      ['written-communication', 1],
    ],
  },
]

/** The craft skills a team lead is also assessed on: the core of the team they lead. */
export const leadCraftSkills: Record<TeamKey, string[]> = {
  roastery: [
    'roast-profiling',
    'cupping',
    'green-grading',
    'gas-safety',
    'haccp',
    'eudr-traceability',
  ],
  logistics: ['wms-scanning', 'stock-control', 'forklift', 'route-planning', 'driving-hours'],
  sales: ['consultative-selling', 'account-planning', 'negotiation', 'crm', 'complaint-handling'],
  support: ['espresso-dialling', 'machine-servicing', 'training-delivery', 'water-chemistry'],
}

type OverrideSpec = [handle: string, skill: string, level: number, reason: string]

export const overrideSpecs: OverrideSpec[] = [
  ['tomas', 'roast-profiling', 4, 'Head roaster signs off every new profile.'],
  ['aoife', 'green-grading', 4, 'Owns green coffee intake and approves every arrival sample.'],
  [
    'aoife',
    'eudr-traceability',
    3,
    'EUDR lead for the roastery; prepares the due-diligence statements.',
  ],
  ['darragh', 'wms-scanning', 3, 'Stockwise super-user for the Dublin hub.'],
  ['grace', 'packing-line', 2, 'Part-time on the bagging station only; does not run changeovers.'],
  ['katarzyna', 'forklift', 2, 'Covers the warehouse floor on peak days.'],
  ['oisin', 'machine-servicing', 3, 'Covers weekend technician call-outs.'],
]

export function toRoleId(key: RoleKey): string {
  return `role-${key}`
}

export function createRoleProfiles(): RoleProfile[] {
  return roleSpecs.map((spec) => ({
    id: toRoleId(spec.key),
    name: spec.name,
    description: spec.description,
  }))
}

/** Requirements that exist because of a business goal rather than the role alone (see business-goals.ts). */
const goalDrivenSkills: Record<string, string> = {
  'eudr-traceability': 'bg-eudr',
  'wms-scanning': 'bg-own-fleet',
  'route-planning': 'bg-own-fleet',
  'consultative-selling': 'bg-wholesale-growth',
  'customer-onboarding': 'bg-wholesale-growth',
}

export function createRoleRequirements(): RoleRequirement[] {
  return roleSpecs.flatMap((spec) =>
    spec.requirements.map(([skill, level]) => {
      const businessGoalId = goalDrivenSkills[skill] ?? null
      return {
        id: `req-${spec.key}-${skill}`,
        roleId: toRoleId(spec.key),
        skillId: toSkillId(skill),
        requiredLevel: level,
        demandSource: businessGoalId ? ('business-goal' as const) : ('role' as const),
        businessGoalId,
      }
    }),
  )
}

export function createRequirementOverrides(
  personIdOf: (handle: string) => string,
): RequirementOverride[] {
  return overrideSpecs.map(([handle, skill, level, reason]) => ({
    id: `override-${handle}-${skill}`,
    personId: personIdOf(handle),
    skillId: toSkillId(skill),
    requiredLevel: level,
    reason,
    demandSource: 'role' as const,
    businessGoalId: null,
  }))
}

/** The level a person needs in a skill: their override if any, else their role's requirement. */
export function findRequiredLevel(handle: string, role: RoleKey, skill: string): number | null {
  const override = overrideSpecs.find(([h, s]) => h === handle && s === skill)
  if (override) return override[2]
  const spec = roleSpecs.find((r) => r.key === role)
  const requirement = spec?.requirements.find(([s]) => s === skill)
  return requirement ? requirement[1] : null
}

export function listRoleSkills(role: RoleKey): string[] {
  return roleSpecs.find((r) => r.key === role)?.requirements.map(([skill]) => skill) ?? []
}
