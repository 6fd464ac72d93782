import type { TableName } from '../../../../shared/model'

export interface AreaCount {
  table: TableName
  singular: string
  plural: string
}

export interface AreaScreenContent {
  id: string
  title: string
  purpose: string
  willHold: string[]
  counts: AreaCount[]
}

const count = (table: TableName, singular: string, plural: string): AreaCount => ({
  table,
  singular,
  plural,
})

export const areaScreens = {
  training: {
    id: 'training',
    title: 'Training',
    purpose: 'Development plans and the training catalogue that feeds them.',
    willHold: [
      'Initiatives by learning format, each tied to an outcome, a KPI and a measurement method',
      'Campaigns: blended programmes run over weeks for a cohort',
      'Individual development plans grown from each person’s gaps and aspirations',
    ],
    counts: [
      count('initiatives', 'initiative', 'initiatives'),
      count('campaigns', 'campaign', 'campaigns'),
      count('plans', 'development plan', 'development plans'),
      count('enrolments', 'enrolment', 'enrolments'),
    ],
  },
  goals: {
    id: 'goals',
    title: 'Goals',
    purpose: 'OKR and SMART goals cascading from the business to each person, and the KPIs.',
    willHold: [
      'The goal tree from company to team to person, with roll-up progress',
      'Progress updates with confidence, and a quarterly review',
      'KPI series with goal targets and training dates marked',
    ],
    counts: [
      count('goals', 'goal', 'goals'),
      count('keyResults', 'key result', 'key results'),
      count('kpis', 'KPI', 'KPIs'),
    ],
  },
  checkins: {
    id: 'checkins',
    title: 'Check-ins',
    purpose: 'Regular 1:1s where learning meets the daily work.',
    willHold: [
      'Check-ins from templates, with shared and private notes and action items',
      'Who is due and overdue, by each person’s cadence',
      'Suggested talking points and a feedback log',
    ],
    counts: [
      count('checkins', 'check-in', 'check-ins'),
      count('actionItems', 'action item', 'action items'),
      count('feedback', 'feedback entry', 'feedback entries'),
    ],
  },
  evaluation: {
    id: 'evaluation',
    title: 'Evaluation & ROI',
    purpose: 'Whether training changed anything, with the evidence and assumptions in view.',
    willHold: [
      'The four Kirkpatrick levels side by side for every initiative',
      'KPI before against after, and ROI with its assumptions shown',
      'Attention signals that explain themselves',
    ],
    counts: [count('evaluations', 'evaluation', 'evaluations')],
  },
  reviews: {
    id: 'reviews',
    title: 'Reviews',
    purpose: 'Periodic reviews resting on the whole period’s evidence, checked for bias.',
    willHold: [
      'Review cycles with a form per person and the period’s evidence beside it',
      'Bias checks before a review becomes final',
      'Calibration across raters and a 9-box',
    ],
    counts: [
      count('reviewCycles', 'review cycle', 'review cycles'),
      count('reviews', 'review', 'reviews'),
    ],
  },
  reports: {
    id: 'reports',
    title: 'Reports & export',
    purpose: 'Review packets as PDF and the data in open formats.',
    willHold: [
      'A review packet per person, and a batch export for a whole team',
      'CSV and JSON exports of every table',
    ],
    counts: [count('people', 'person', 'people')],
  },
} satisfies Record<string, AreaScreenContent>
