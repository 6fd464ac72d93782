/**
 * The twenty roles of the grown company. `requires` lists skill and level; `matrix` names the
 * skill groups the manager also rates each quarter (the breadth of the matrix, not required).
 */
export type LargeRoleSpec = {
  key: string
  name: string
  description: string
  requires: string
  matrix: (keyof typeof matrixGroups)[]
  isCritical?: boolean
}

export const matrixGroups = {
  craft:
    'roast-profiling green-grading cupping blend-development espresso-dialling milk-texturing filter-brewing water-chemistry',
  production: 'packing-line roaster-maintenance roast-logging production-planning stock-control',
  floor: 'wms-scanning pick-pack stock-control forklift load-securing manual-handling first-aid',
  road: 'route-planning driving-hours load-securing customer-onboarding complaint-handling',
  service:
    'machine-servicing grinder-servicing water-chemistry electrical-safety espresso-dialling',
  customer:
    'consultative-selling account-planning negotiation complaint-handling written-communication origin-storytelling customer-onboarding cross-team-handover',
  leadership:
    'coaching delegation workload-planning budgeting hiring-onboarding difficult-conversations continuous-improvement',
  compliance:
    'haccp eudr-traceability manual-handling first-aid gas-safety organic-certification allergen-control',
  cafe: 'counter-service till-cash allergen-control milk-texturing espresso-dialling filter-brewing',
  office:
    'spreadsheets data-analysis it-support project-management written-communication erp-orders crm',
  business:
    'bookkeeping payroll employment-law recruitment social-media email-marketing ecommerce-platform',
} as const

export const largeRoleSpecs: LargeRoleSpec[] = [
  {
    key: 'managing-director',
    name: 'Managing Director',
    description: 'Runs the business: strategy, key accounts, finance and the leadership team.',
    requires:
      'budgeting 4 coaching 3 delegation 3 difficult-conversations 3 account-planning 3 negotiation 3 origin-storytelling 3 continuous-improvement 3 spreadsheets 3 data-analysis 3 hiring-onboarding 3 project-management 3 employment-law 2 cupping 2 written-communication 3 cross-team-handover 3 workload-planning 3 consultative-selling 2 bookkeeping 2',
    matrix: ['leadership', 'customer', 'business', 'office', 'craft', 'compliance', 'production'],
    isCritical: true,
  },
  {
    key: 'team-lead',
    name: 'Team Lead',
    description: 'Leads a team: rota, hiring, development, 1:1s and the team budget.',
    requires:
      'coaching 3 delegation 3 workload-planning 3 budgeting 2 hiring-onboarding 2 difficult-conversations 2 spreadsheets 2 continuous-improvement 2 cross-team-handover 3 written-communication 2 data-analysis 2 project-management 2 employment-law 1 recruitment 2 first-aid 1 complaint-handling 2',
    matrix: ['leadership', 'office', 'customer', 'compliance', 'business'],
  },
  {
    key: 'roaster',
    name: 'Roaster',
    description:
      'Roasts to profile on all three roasters, cups every batch and keeps the roast log.',
    requires:
      'roast-profiling 3 cupping 3 green-grading 2 roast-logging 3 roaster-maintenance 2 gas-safety 3 haccp 2 eudr-traceability 2 blend-development 2 organic-certification 2 production-planning 1 packing-line 1 manual-handling 2 continuous-improvement 2 cross-team-handover 2 allergen-control 1',
    matrix: ['craft', 'production', 'compliance', 'floor', 'office', 'customer'],
    isCritical: true,
  },
  {
    key: 'production-operative',
    name: 'Production Operative',
    description:
      'Packs, grinds, labels and stages roasted coffee; keeps the line and its records clean.',
    requires:
      'packing-line 3 haccp 2 manual-handling 2 allergen-control 2 eudr-traceability 1 organic-certification 1 stock-control 1 roaster-maintenance 1 continuous-improvement 1 roast-logging 1 pick-pack 1 cross-team-handover 1',
    matrix: ['production', 'floor', 'compliance', 'craft', 'office', 'customer'],
  },
  {
    key: 'quality-technician',
    name: 'Quality Technician',
    description:
      'Grades green coffee, runs the cupping panel and keeps the food safety and EUDR records.',
    requires:
      'cupping 4 green-grading 3 haccp 3 eudr-traceability 3 organic-certification 3 allergen-control 3 roast-logging 2 roast-profiling 2 data-analysis 2 spreadsheets 2 written-communication 2 water-chemistry 2 continuous-improvement 2 origin-storytelling 2',
    matrix: ['craft', 'compliance', 'office', 'production', 'customer', 'floor'],
    isCritical: true,
  },
  {
    key: 'production-planner',
    name: 'Production Planner',
    description: 'Turns orders and forecasts into the weekly roast and packing plan.',
    requires:
      'production-planning 3 erp-orders 3 spreadsheets 3 stock-control 3 data-analysis 2 roast-logging 2 packing-line 2 cross-team-handover 3 written-communication 2 workload-planning 2 eudr-traceability 2 continuous-improvement 2',
    matrix: ['production', 'office', 'floor', 'compliance', 'leadership', 'business', 'customer'],
    isCritical: true,
  },
  {
    key: 'shift-supervisor',
    name: 'Shift Supervisor',
    description:
      'Runs a shift on the floor: allocation, breaks, first line for problems and the handover.',
    requires:
      'workload-planning 3 coaching 2 delegation 2 difficult-conversations 2 continuous-improvement 2 cross-team-handover 3 haccp 2 manual-handling 3 first-aid 2 forklift 2 pick-pack 2 stock-control 2 wms-scanning 2 written-communication 2',
    matrix: ['floor', 'production', 'leadership', 'compliance', 'office', 'road', 'customer'],
  },
  {
    key: 'warehouse-operative',
    name: 'Warehouse Operative',
    description:
      'Receives, stores, picks and dispatches orders at the Dublin hub or Cork dispatch.',
    requires:
      'wms-scanning 2 pick-pack 3 stock-control 2 forklift 2 manual-handling 2 load-securing 2 haccp 1 erp-orders 1 first-aid 1 cross-team-handover 1 continuous-improvement 1',
    matrix: ['floor', 'compliance', 'road', 'production', 'office', 'customer', 'leadership'],
  },
  {
    key: 'delivery-driver',
    name: 'Delivery Driver',
    description:
      'Delivers to cafés and hotels on multi-drop routes; the face of the company at the door.',
    requires:
      'route-planning 2 load-securing 3 driving-hours 3 wms-scanning 1 manual-handling 2 complaint-handling 1 first-aid 1 written-communication 1 cross-team-handover 2 customer-onboarding 1',
    matrix: ['road', 'floor', 'customer', 'compliance', 'office', 'service', 'leadership'],
  },
  {
    key: 'account-manager',
    name: 'Account Manager',
    description: 'Wins and grows wholesale accounts; owns a portfolio of 40-60 customers.',
    requires:
      'consultative-selling 3 account-planning 3 negotiation 2 crm 3 origin-storytelling 3 cupping 2 customer-onboarding 2 written-communication 2 espresso-dialling 1 complaint-handling 2 data-analysis 2 spreadsheets 2 cross-team-handover 2',
    matrix: ['customer', 'craft', 'office', 'cafe', 'service', 'business', 'leadership'],
  },
  {
    key: 'customer-care',
    name: 'Customer Care Advisor',
    description:
      'Takes orders, changes and complaints by phone, email and chat; first line for every customer.',
    requires:
      'complaint-handling 3 erp-orders 3 written-communication 3 crm 2 cross-team-handover 2 ecommerce-platform 2 origin-storytelling 1 customer-onboarding 1 email-marketing 1 it-support 1',
    matrix: ['customer', 'office', 'business', 'craft', 'road', 'cafe', 'leadership'],
  },
  {
    key: 'barista-trainer',
    name: 'Barista Trainer',
    description: "Sets up and trains customers' staff, on site and in the training labs.",
    requires:
      'espresso-dialling 4 milk-texturing 3 filter-brewing 3 training-delivery 3 water-chemistry 2 cupping 2 customer-onboarding 2 origin-storytelling 2 haccp 1 allergen-control 2 complaint-handling 2 counter-service 2 coaching 2',
    matrix: ['craft', 'cafe', 'customer', 'service', 'compliance', 'leadership', 'office'],
  },
  {
    key: 'service-technician',
    name: 'Field Service Technician',
    description: 'Installs, services and repairs espresso machines and grinders at customer sites.',
    requires:
      'machine-servicing 3 grinder-servicing 3 water-chemistry 3 electrical-safety 3 espresso-dialling 2 complaint-handling 2 written-communication 1 driving-hours 1 first-aid 1 customer-onboarding 1 it-support 2',
    matrix: ['service', 'road', 'compliance', 'craft', 'customer', 'office', 'floor'],
  },
  {
    key: 'barista',
    name: 'Barista',
    description: 'Makes the coffee and serves the customers in our own cafés.',
    requires:
      'espresso-dialling 2 milk-texturing 3 filter-brewing 2 counter-service 3 till-cash 2 allergen-control 2 haccp 2 origin-storytelling 1 complaint-handling 1 cupping 1 stock-control 1 manual-handling 1',
    matrix: ['cafe', 'craft', 'compliance', 'customer', 'floor', 'office', 'leadership'],
  },
  {
    key: 'cafe-supervisor',
    name: 'Café Supervisor',
    description:
      'Runs a café shift: opening or closing, the rota on the day, cash-up and the team on the floor.',
    requires:
      'counter-service 3 till-cash 3 espresso-dialling 3 milk-texturing 3 filter-brewing 2 allergen-control 3 haccp 3 workload-planning 2 coaching 2 stock-control 2 complaint-handling 2 training-delivery 2 first-aid 2 cross-team-handover 2',
    matrix: ['cafe', 'craft', 'leadership', 'compliance', 'customer', 'office', 'business'],
  },
  {
    key: 'marketing-specialist',
    name: 'Marketing Specialist',
    description: 'Brand, social media, newsletters and the launches of new coffees.',
    requires:
      'social-media 3 email-marketing 3 written-communication 3 origin-storytelling 3 data-analysis 2 project-management 2 ecommerce-platform 2 consultative-selling 1 cupping 1 spreadsheets 2 cross-team-handover 2',
    matrix: ['business', 'office', 'customer', 'craft', 'cafe', 'leadership'],
  },
  {
    key: 'ecommerce-coordinator',
    name: 'E-commerce Coordinator',
    description:
      'Runs the web shop and subscriptions: products, promotions, stuck orders and refunds.',
    requires:
      'ecommerce-platform 3 email-marketing 2 erp-orders 2 data-analysis 2 spreadsheets 2 written-communication 2 complaint-handling 2 social-media 1 crm 2 it-support 2 cross-team-handover 2',
    matrix: ['business', 'office', 'customer', 'floor', 'craft', 'leadership'],
  },
  {
    key: 'finance-officer',
    name: 'Finance Officer',
    description: 'Ledgers, reconciliations, supplier payments and the month-end close.',
    requires:
      'bookkeeping 3 spreadsheets 3 payroll 2 budgeting 2 data-analysis 3 erp-orders 2 written-communication 2 it-support 1 employment-law 1 cross-team-handover 2',
    matrix: ['business', 'office', 'leadership', 'customer', 'compliance', 'production'],
    isCritical: true,
  },
  {
    key: 'people-partner',
    name: 'People Partner',
    description: 'Recruitment, onboarding, contracts and HR advice for managers.',
    requires:
      'recruitment 3 employment-law 3 hiring-onboarding 3 payroll 2 difficult-conversations 3 coaching 2 written-communication 3 data-analysis 2 spreadsheets 2 training-delivery 2',
    matrix: ['business', 'office', 'leadership', 'customer', 'compliance', 'cafe'],
  },
  {
    key: 'office-manager',
    name: 'Office Manager',
    description: "Runs the office: suppliers, facilities, devices and the MD's diary.",
    requires:
      'spreadsheets 2 bookkeeping 2 it-support 2 written-communication 3 project-management 2 payroll 1 recruitment 1 first-aid 2 cross-team-handover 2 workload-planning 2',
    matrix: ['office', 'business', 'leadership', 'compliance', 'customer', 'floor'],
  },
]

export function toRoleId(key: string): string {
  return `role-${key}`
}

export function findLargeRole(key: string): LargeRoleSpec {
  const spec = largeRoleSpecs.find((r) => r.key === key)
  if (!spec) throw new Error(`Unknown large-sample role "${key}"`)
  return spec
}
