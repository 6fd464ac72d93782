import type { InitiativeSpec } from './training-catalogue'

/** Stockwise, EUDR and roastery learning. */
export const operationsInitiatives: InitiativeSpec[] = [
  {
    key: 'wms-bootcamp',
    spokenName: 'the Stockwise bootcamp',
    title: 'Stockwise WMS bootcamp',
    description:
      "A day with the vendor's trainer on the live system: receiving, put-away, picking, short picks and dispatch scans.",
    format: 'workshop',
    provider: { kind: 'external', handle: null, name: 'Stockwise Systems (vendor trainer)' },
    cost: 220,
    hours: 6,
    skillTargets: [['wms-scanning', 2]],
    learningOutcome:
      'Every order is picked and dispatched by scan in Stockwise, with no paper pick lists.',
    kpiKey: 'order-errors',
    targetChange: -1,
    measurementMethod:
      'Weekly order error rate (wrong item, grind or quantity per 100 orders) from the complaints log, 8 weeks before go-live vs 8 weeks after.',
  },
  {
    key: 'wms-drills',
    spokenName: "Darragh's Stockwise drills",
    title: 'Five-minute Stockwise drills',
    description:
      'One short drill per shift on the handheld: a tricky scan, a short pick, a location move. Written and run by Darragh.',
    format: 'microlearning',
    provider: { kind: 'internal', handle: 'darragh', name: 'Darragh Byrne' },
    cost: 0,
    hours: 2,
    skillTargets: [['wms-scanning', 2]],
    learningOutcome:
      'Operatives handle the five most common exceptions without calling the super-user.',
    kpiKey: 'order-errors',
    targetChange: -0.3,
    measurementMethod:
      'Super-user call-outs per shift (Stockwise audit log) and the weekly order error rate.',
  },
  {
    key: 'wms-floor-coaching',
    spokenName: 'the floor coaching with Darragh',
    title: 'On-the-floor Stockwise coaching',
    description:
      'Darragh works alongside each operative for two shifts and leaves them with one thing to practise.',
    format: 'on-the-job-coaching',
    provider: { kind: 'internal', handle: 'darragh', name: 'Darragh Byrne' },
    cost: 0,
    hours: 8,
    skillTargets: [
      ['wms-scanning', 2],
      ['pick-pack', 3],
    ],
    learningOutcome:
      'Operatives pick by scan at normal speed and correct their own location errors.',
    kpiKey: 'order-errors',
    targetChange: -0.5,
    measurementMethod:
      'Order error rate by picker from Stockwise, 4 weeks before vs 4 weeks after coaching.',
  },
  {
    key: 'eudr-lunch',
    spokenName: 'the EUDR lunch & learn',
    title: 'Lunch & learn: what EUDR means for us',
    description:
      'Aoife walks through the EU Deforestation Regulation, the data each lot needs, and where it lives in our records. We buy lunch.',
    format: 'lunch-and-learn',
    provider: { kind: 'internal', handle: 'aoife', name: 'Aoife Brennan' },
    cost: 0,
    hours: 1.5,
    skillTargets: [['eudr-traceability', 1]],
    learningOutcome:
      'Everyone in production records the lot and due-diligence reference at intake, roasting and packing.',
    kpiKey: null,
    targetChange: null,
    measurementMethod: 'Monthly spot check of 10 lot records for a complete reference chain.',
  },
  {
    key: 'eudr-course',
    spokenName: 'the EUDR course',
    title: 'EUDR due diligence for coffee importers',
    description:
      'Online course with assignments: risk assessment, geolocation data, the due-diligence statement.',
    format: 'course',
    provider: { kind: 'external', handle: null, name: 'Trade compliance e-learning' },
    cost: 450,
    hours: 8,
    skillTargets: [['eudr-traceability', 2]],
    learningOutcome:
      'Roasters check geolocation and due-diligence data before a lot is released to roast.',
    kpiKey: null,
    targetChange: null,
    measurementMethod:
      'Share of green lots with a complete due-diligence file at roasting, from the intake register.',
  },
  {
    key: 'roast-mentoring',
    spokenName: 'the mentoring with Tomás',
    title: 'Roast profiling mentoring with the head roaster',
    description:
      'Twelve weekly sessions at the roaster with Tomás: one new lot profiled from scratch each fortnight.',
    format: 'mentoring',
    provider: { kind: 'internal', handle: 'tomas', name: 'Tomás Ferreira' },
    cost: 0,
    hours: 20,
    skillTargets: [
      ['roast-profiling', 3],
      ['roast-logging', 3],
    ],
    learningOutcome:
      'Mentees build and adjust a profile alone, so fewer batches fall outside colour tolerance.',
    kpiKey: 'roast-consistency',
    targetChange: 5,
    measurementMethod:
      'Share of batches within ±2 Agtron of target, weekly from the roast log, 8 weeks before vs 8 weeks after.',
  },
  {
    key: 'cupping-circle',
    spokenName: 'the cupping circle',
    title: 'Thursday cupping circle',
    description:
      "Forty minutes every Thursday: cup this week's production and one new lot, compare scores, argue about flavour.",
    format: 'peer-coaching-circle',
    provider: { kind: 'internal', handle: 'aoife', name: 'Roastery cupping circle' },
    cost: 0,
    hours: 12,
    skillTargets: [
      ['cupping', 2],
      ['origin-storytelling', 3],
    ],
    learningOutcome:
      'Sales and production describe our coffees in the same words the roasters use.',
    kpiKey: null,
    targetChange: null,
    measurementMethod: 'Score spread against the panel, tracked per cupper each month.',
  },
]
