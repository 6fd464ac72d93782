/**
 * Goal wording. A key result names a KPI (its series gives baseline and current) or is counted by
 * hand: [title, unit, direction, target] with a KPI change or a plain target.
 */
export type KrTemplate = {
  title: string
  unit: string
  direction: 'increase' | 'decrease'
  kpi?: string
  /** For a KPI result: the target is the baseline plus this. */
  change?: number
  /** For a counted result: from 0 to this. */
  target?: number
}

export type GoalTemplate = { title: string; description?: string; krs: KrTemplate[] }

export const kr = (
  title: string,
  unit: string,
  direction: KrTemplate['direction'],
  rest: Partial<KrTemplate>,
): KrTemplate => ({
  title,
  unit,
  direction,
  ...rest,
})

export const companyGoals: GoalTemplate[] = [
  {
    title: 'Grow revenue across wholesale, cafés and online',
    krs: [kr('Monthly revenue', '€k', 'increase', { kpi: 'revenue', change: 40 })],
  },
  {
    title: 'Customers who come back',
    krs: [kr('Customer satisfaction', 'score', 'increase', { kpi: 'csat', change: 0.05 })],
  },
  {
    title: 'Keep our people and make this a good place to work',
    krs: [
      kr('Staff turnover', '%', 'decrease', { kpi: 'staff-turnover', change: -1 }),
      kr('eNPS', 'score', 'increase', { kpi: 'enps', change: 4 }),
    ],
  },
  {
    title: 'Protect the margin while green coffee prices rise',
    krs: [kr('Gross margin', '%', 'increase', { kpi: 'gross-margin', change: 0.5 })],
  },
  {
    title: 'Nobody gets hurt at work',
    krs: [
      kr('Lost-time incidents a month', 'incidents', 'decrease', {
        kpi: 'lost-time-incidents',
        change: -1,
      }),
    ],
  },
  {
    title: 'Everyone learns something every month',
    krs: [
      kr('Training hours per person', 'hours', 'increase', { kpi: 'training-hours', change: 0.3 }),
    ],
  },
]

/** Personal goals on a skill: `{skill}`, `{level}` (the label of the level aimed for). */
export const skillGoalTitles = [
  'Reach {level} in {skill}',
  'Handle {skill} work without sign-off',
  'Close the gap in {skill}',
  'Teach {skill} to a newer colleague',
  'Use {skill} on every job this quarter',
]

/** Personal goals with a measure, by role; `{team}` is the team's name. */
export const roleGoals: Record<string, GoalTemplate[]> = {
  'account-manager': [
    {
      title: 'Grow my portfolio',
      krs: [kr('Portfolio revenue', '€k', 'increase', { kpi: 'account-revenue', change: 3 })],
    },
    {
      title: 'Write account plans for my top ten',
      krs: [kr('Account plans written', 'plans', 'increase', { target: 10 })],
    },
  ],
  'customer-care': [
    {
      title: 'Resolve more on the first contact',
      krs: [
        kr('First-contact resolution', '%', 'increase', {
          kpi: 'first-contact-resolution',
          change: 3,
        }),
      ],
    },
  ],
  'team-lead': [
    {
      title: 'Hold every 1:1 on cadence',
      krs: [kr('Check-ins held on time', '%', 'increase', { target: 90 })],
    },
    {
      title: 'A development plan for everyone in {team}',
      krs: [kr('People with an active plan', 'people', 'increase', { target: 8 })],
    },
  ],
  barista: [{ title: 'Open the café alone', krs: [] }],
  'delivery-driver': [{ title: 'A full quarter without a late drop on my route', krs: [] }],
  'warehouse-operative': [{ title: 'Two weeks of picks without an error', krs: [] }],
}

export const reviewNotes = {
  done: [
    'Done, and it shows in the work.',
    'Achieved; agreed what comes next.',
    'Met the target two weeks early.',
    'Done.',
  ],
  'carried-over': [
    'Good progress but not finished; carried into next quarter.',
    'Half way; keeps the same target next quarter.',
  ],
  dropped: [
    'Dropped: priorities changed mid-quarter.',
    'Dropped to make room for the peak season.',
  ],
}

export const updateNotes = {
  'on-track': ['On plan.', 'Good week; ahead of where we expected.', 'Steady progress.', ''],
  'at-risk': [
    'Slipping: the rota got in the way.',
    'Behind; agreed what to drop to catch up.',
    'Waiting on another team.',
  ],
  'off-track': ['Will not make it as planned.', 'Blocked for most of the month.'],
}
