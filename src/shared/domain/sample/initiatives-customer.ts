import type { InitiativeSpec } from './training-catalogue'

/** Barista, sales, safety, leadership and low-cost learning. */
export const customerInitiatives: InitiativeSpec[] = [
  {
    key: 'sca-barista',
    spokenName: 'the barista course',
    title: 'Barista Skills - Intermediate',
    description:
      'Two-day certified course: extraction theory, grinder adjustment, milk, workflow. Includes the exam.',
    format: 'course',
    provider: { kind: 'external', handle: null, name: 'Certified barista training campus' },
    cost: 950,
    hours: 16,
    skillTargets: [
      ['espresso-dialling', 3],
      ['milk-texturing', 3],
    ],
    learningOutcome: "Trainers set up a customer's espresso to our recipe on the first visit.",
    kpiKey: 'csat',
    targetChange: 0.1,
    measurementMethod:
      'Monthly customer satisfaction (post-visit survey, 1-5), 3 months before vs 3 months after.',
  },
  {
    key: 'consultative-selling',
    spokenName: 'the consultative selling workshop',
    title: 'Consultative selling workshop',
    description:
      "Two half-days with a field sales coach: discovery questions, proposals built on the café's goals, holding price.",
    format: 'workshop',
    provider: { kind: 'external', handle: null, name: 'Field sales coach' },
    cost: 600,
    hours: 12,
    skillTargets: [
      ['consultative-selling', 3],
      ['negotiation', 2],
    ],
    learningOutcome:
      'Account managers run a discovery call before every proposal and win on value, not discount.',
    kpiKey: 'repeat-orders',
    targetChange: 4,
    measurementMethod:
      'Monthly repeat order rate of wholesale accounts, 3 months before vs 3 months after.',
  },
  {
    key: 'complaint-roleplay',
    spokenName: 'the complaint role-plays',
    title: 'Complaint calls: role-play sessions',
    description:
      'Sinéad plays the angriest customers we have had; the team practises the listen-own-fix-follow-up call.',
    format: 'role-play',
    provider: { kind: 'internal', handle: 'sinead', name: 'Sinéad Ryan' },
    cost: 0,
    hours: 4,
    skillTargets: [['complaint-handling', 3]],
    learningOutcome:
      'Advisors resolve routine complaints on the first contact and follow up within 48 hours.',
    kpiKey: 'first-contact-resolution',
    targetChange: 5,
    measurementMethod:
      'First-contact resolution per advisor from the ticket log, 3 months before vs 3 months after.',
  },
  {
    key: 'forklift-refresher',
    spokenName: 'the forklift refresher',
    title: 'Forklift refresher & certification',
    description: 'One-day refresher with a certified instructor, practical test and certificate.',
    format: 'course',
    provider: { kind: 'external', handle: null, name: 'Certified forklift instructor' },
    cost: 320,
    hours: 8,
    skillTargets: [['forklift', 3]],
    learningOutcome:
      'Every forklift driver holds an in-date certificate and does the daily pre-use check.',
    kpiKey: null,
    targetChange: null,
    measurementMethod: 'Certificate register and a monthly audit of the pre-use check sheets.',
  },
  {
    key: 'coaching-leads',
    spokenName: 'the coaching workshop',
    title: 'Coaching conversations for team leads',
    description: 'Two-day workshop on 1:1s, asking before telling and giving feedback that sticks.',
    format: 'workshop',
    provider: { kind: 'external', handle: null, name: 'Leadership coach' },
    cost: 850,
    hours: 14,
    skillTargets: [
      ['coaching', 3],
      ['difficult-conversations', 3],
    ],
    learningOutcome:
      'Leads hold development check-ins on cadence and log specific feedback as it happens.',
    kpiKey: null,
    targetChange: null,
    measurementMethod:
      'Check-ins held on cadence and feedback entries per month per lead, 3 months before vs after.',
  },
  {
    key: 'learning-time',
    spokenName: 'Learning Fridays',
    title: 'Learning Friday',
    description:
      'Two protected hours every other Friday afternoon for a self-chosen learning goal agreed in the check-in.',
    format: 'dedicated-learning-time',
    provider: { kind: 'internal', handle: null, name: 'Kestrel' },
    cost: 0,
    hours: 24,
    skillTargets: [
      ['spreadsheets', 2],
      ['water-chemistry', 3],
    ],
    learningOutcome:
      'Each participant finishes one piece of work they could not do before (a report, a water guide).',
    kpiKey: null,
    targetChange: null,
    measurementMethod: 'The finished piece of work, reviewed in the check-in.',
  },
  {
    key: 'route-free',
    spokenName: 'the route planning course',
    title: 'Route optimisation basics (free online course)',
    description:
      'A free five-module online course on multi-drop routing, time windows and reloading points.',
    format: 'self-study',
    provider: { kind: 'free', handle: null, name: 'Open online course' },
    cost: 0,
    hours: 5,
    skillTargets: [['route-planning', 2]],
    learningOutcome: 'Drivers replan their own route on the day instead of calling the office.',
    kpiKey: 'on-time',
    targetChange: 3,
    measurementMethod:
      'Weekly on-time delivery rate (within the agreed window) from the routing tool, 8 weeks before vs after.',
  },
  {
    key: 'machine-simulator',
    spokenName: 'the simulator day',
    title: 'Espresso machine fault-finding simulator',
    description:
      "A day at the manufacturer's technical academy on their fault simulator: electrical, hydraulic and sensor faults.",
    format: 'simulation',
    provider: { kind: 'external', handle: null, name: 'Manufacturer technical academy' },
    cost: 700,
    hours: 8,
    skillTargets: [
      ['machine-servicing', 3],
      ['electrical-safety', 3],
    ],
    learningOutcome: 'Technicians fix more faults on the first visit without a second call-out.',
    kpiKey: 'first-time-fix',
    targetChange: 8,
    measurementMethod:
      'Monthly first-time fix rate from the service log, 3 months before vs 3 months after.',
  },
  {
    key: 'world-of-coffee',
    spokenName: 'World of Coffee',
    title: 'World of Coffee trade show',
    description:
      'Three days at the European trade show: origin talks, importer cuppings and the roasting village.',
    format: 'conference',
    provider: { kind: 'external', handle: null, name: 'World of Coffee' },
    cost: 1400,
    hours: 16,
    skillTargets: [
      ['origin-storytelling', 3],
      ['green-grading', 3],
    ],
    learningOutcome: 'Two new origins shortlisted, cupped at home and presented to the sales team.',
    kpiKey: null,
    targetChange: null,
    measurementMethod: 'Debrief cupping within two weeks; new lots added to the range.',
  },
]
