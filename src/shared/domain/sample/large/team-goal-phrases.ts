import { kr, type GoalTemplate } from './goal-phrases'

/** Team goals by team key; KPI results read the team's own series. */
export const teamGoals: Record<string, GoalTemplate[]> = {
  roastery: [
    {
      title: 'Hit the colour target on every batch',
      krs: [
        kr('Batches inside colour tolerance', '%', 'increase', {
          kpi: 'roast-consistency',
          change: 2,
        }),
      ],
    },
    {
      title: 'Build the profiles for the new season lots',
      krs: [kr('New lots profiled and signed off', 'lots', 'increase', { target: 6 })],
    },
  ],
  quality: [
    {
      title: 'Clear every arrival sample within 48 hours',
      krs: [kr('Samples graded within 48 hours', 'samples', 'increase', { target: 30 })],
    },
    { title: 'Keep the EUDR files complete for every lot', krs: [] },
  ],
  packing: [
    {
      title: 'Raise packing throughput',
      krs: [
        kr('Bags per line hour', 'bags/h', 'increase', { kpi: 'packing-throughput', change: 6 }),
      ],
    },
    {
      title: 'Cut changeover time on line 2 to 12 minutes',
      krs: [kr('Changeovers under 12 minutes', 'changeovers', 'increase', { target: 40 })],
    },
  ],
  hub: [
    {
      title: 'Halve picking errors',
      krs: [kr('Order error rate', '%', 'decrease', { kpi: 'order-errors', change: -0.4 })],
    },
    {
      title: 'Pick faster without more errors',
      krs: [kr('Picks per hour', 'picks/h', 'increase', { kpi: 'picks-per-hour', change: 3 })],
    },
  ],
  dispatch: [
    {
      title: 'Every pallet to Dublin right first time',
      krs: [kr('Order error rate', '%', 'decrease', { kpi: 'order-errors', change: -0.3 })],
    },
    {
      title: 'Pick faster without more errors',
      krs: [kr('Picks per hour', 'picks/h', 'increase', { kpi: 'picks-per-hour', change: 2 })],
    },
  ],
  fleet: [
    {
      title: 'Deliver inside the agreed window',
      krs: [kr('On-time delivery', '%', 'increase', { kpi: 'on-time', change: 1.5 })],
    },
    {
      title: 'Cut fuel per drop',
      krs: [kr('Routes re-planned in the tool', 'routes', 'increase', { target: 12 })],
    },
  ],
  'wholesale-south': [
    {
      title: 'Grow repeat orders in Munster',
      krs: [kr('Repeat order rate', '%', 'increase', { kpi: 'repeat-orders', change: 2 })],
    },
    {
      title: 'Open new accounts in Cork and Limerick',
      krs: [kr('New accounts a month', 'accounts', 'increase', { kpi: 'new-accounts', change: 1 })],
    },
  ],
  'wholesale-north': [
    {
      title: 'Grow repeat orders in Dublin',
      krs: [kr('Repeat order rate', '%', 'increase', { kpi: 'repeat-orders', change: 2 })],
    },
    {
      title: 'Win office and hotel accounts',
      krs: [kr('New accounts a month', 'accounts', 'increase', { kpi: 'new-accounts', change: 1 })],
    },
  ],
  care: [
    {
      title: 'Answer every email within four working hours',
      krs: [kr('Days with every email answered in time', 'days', 'increase', { target: 55 })],
    },
    { title: 'Fewer second calls about the same order', krs: [] },
  ],
  training: [
    {
      title: 'Train every new account within two weeks of the install',
      krs: [kr('New accounts trained on time', 'accounts', 'increase', { target: 25 })],
    },
    {
      title: 'Launch the home barista course',
      krs: [kr('Course places sold', 'places', 'increase', { target: 60 })],
    },
  ],
  service: [
    {
      title: 'Fix more on the first visit',
      krs: [kr('First-time fix rate', '%', 'increase', { kpi: 'first-time-fix', change: 2 })],
    },
    {
      title: 'Service every contract machine on schedule',
      krs: [kr('Planned services done on time', 'services', 'increase', { target: 120 })],
    },
  ],
  'cafe-cork': [
    {
      title: 'Grow café sales',
      krs: [kr('Monthly takings', '€k', 'increase', { kpi: 'cafe-sales', change: 3 })],
    },
    {
      title: 'Raise the average ticket',
      krs: [kr('Average ticket', '€', 'increase', { kpi: 'avg-ticket', change: 0.25 })],
    },
  ],
  'cafe-dublin': [
    {
      title: 'Build the breakfast trade',
      krs: [kr('Monthly takings', '€k', 'increase', { kpi: 'cafe-sales', change: 4 })],
    },
    {
      title: 'Raise the average ticket',
      krs: [kr('Average ticket', '€', 'increase', { kpi: 'avg-ticket', change: 0.25 })],
    },
  ],
  marketing: [
    {
      title: 'Grow web shop orders',
      krs: [
        kr('Web shop orders a month', 'orders', 'increase', { kpi: 'web-orders', change: 120 }),
      ],
    },
    {
      title: 'Grow the newsletter list',
      krs: [kr('New subscribers', 'subscribers', 'increase', { target: 800 })],
    },
  ],
  finance: [
    {
      title: 'Close the month in five working days',
      krs: [kr('Months closed in five days', 'months', 'increase', { target: 3 })],
    },
    { title: 'Pay every supplier on terms', krs: [] },
  ],
}
