/** A programme run for a cohort: who joins (by role or team) and the trainings, week by week. */
export type CampaignSpec = {
  key: string
  name: string
  description: string
  /** Years after the start it runs in, and the month (1-12) it starts. */
  years: number[]
  month: number
  roles?: string[]
  teams?: string[]
  /** The share of the eligible people who take part. */
  share: number
  steps: [initiative: string, startWeek: number, weeks: number][]
}

export const campaignSpecs: CampaignSpec[] = [
  {
    key: 'food-safety',
    name: 'Food safety refresher',
    description:
      'Every two years for everyone who handles food: the certified course, then the allergen modules.',
    years: [0, 2, 4],
    month: 2,
    roles: ['barista', 'cafe-supervisor', 'barista-trainer', 'production-operative'],
    share: 0.7,
    steps: [
      ['food-hygiene', 0, 1],
      ['allergen-elearning', 1, 4],
    ],
  },
  {
    key: 'leadership',
    name: 'Leadership essentials',
    description:
      'For team leads and supervisors: coaching 1:1s, structured interviews and running a project.',
    years: [0, 3],
    month: 9,
    roles: ['team-lead', 'shift-supervisor', 'cafe-supervisor'],
    share: 0.8,
    steps: [
      ['coaching-leads', 0, 2],
      ['interviewing', 3, 1],
      ['project-basics', 6, 1],
    ],
  },
  {
    key: 'repeat-orders',
    name: 'Grow repeat orders',
    description:
      'Ten weeks for wholesale: consultative selling, weekly cupping to know the range, and complaint role-plays.',
    years: [1],
    month: 3,
    teams: ['wholesale-south', 'wholesale-north', 'care'],
    share: 0.9,
    steps: [
      ['consultative-selling', 0, 1],
      ['cupping-circle', 1, 8],
      ['complaint-roleplay', 2, 2],
    ],
  },
  {
    key: 'peak-readiness',
    name: 'Peak season readiness',
    description:
      'Before the Christmas peak: manual handling and forklift refreshers for the floor.',
    years: [1, 3],
    month: 10,
    roles: ['warehouse-operative', 'production-operative', 'shift-supervisor', 'delivery-driver'],
    share: 0.6,
    steps: [
      ['manual-handling', 0, 1],
      ['forklift-refresher', 1, 2],
    ],
  },
  {
    key: 'warehouse-accuracy',
    name: 'Warehouse accuracy programme',
    description:
      'A vendor bootcamp on the scanners, then daily drills and two coached shifts per person.',
    years: [2],
    month: 5,
    teams: ['hub', 'dispatch'],
    share: 0.9,
    steps: [
      ['wms-bootcamp', 0, 1],
      ['wms-drills', 1, 6],
      ['wms-floor-coaching', 2, 6],
    ],
  },
  {
    key: 'service-excellence',
    name: 'Service excellence',
    description:
      'Care and field service together: complaint role-plays and the machine simulator day.',
    years: [2, 4],
    month: 4,
    teams: ['care', 'service'],
    share: 0.8,
    steps: [
      ['complaint-roleplay', 0, 2],
      ['machine-simulator', 2, 1],
    ],
  },
  {
    key: 'roast-quality',
    name: 'Roast quality year',
    description:
      'Mentoring on the big roaster and the weekly cupping circle for the roastery and quality team.',
    years: [1, 4],
    month: 1,
    teams: ['roastery', 'quality'],
    share: 0.8,
    steps: [
      ['roast-mentoring', 0, 8],
      ['cupping-circle', 0, 8],
    ],
  },
  {
    key: 'online-growth',
    name: 'Online growth',
    description:
      'Social media and web shop skills for marketing and the care desk that answers web orders.',
    years: [3],
    month: 6,
    teams: ['marketing', 'care'],
    share: 0.5,
    steps: [
      ['social-course', 0, 4],
      ['web-shop-admin', 5, 1],
    ],
  },
  {
    key: 'cafe-excellence',
    name: 'Café excellence',
    description: 'Latte art, till coaching and upselling role-plays for both cafés.',
    years: [2, 4],
    month: 9,
    teams: ['cafe-cork', 'cafe-dublin'],
    share: 0.7,
    steps: [
      ['latte-art', 0, 1],
      ['till-coaching', 1, 4],
      ['upselling', 2, 3],
    ],
  },
]
