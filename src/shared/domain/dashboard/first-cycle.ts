/** What the guided first cycle counts, read from the workspace. */
export interface FirstCycleCounts {
  activePeople: number
  peopleWithRole: number
  roleRequirements: number
  assessments: number
  plans: number
  checkins: number
  reviews: number
}

export interface FirstCycleStep {
  id: 'team' | 'roles' | 'assessment' | 'plans' | 'checkins' | 'review'
  title: string
  hint: string
  route: string
  isDone: boolean
}

/**
 * The first cycle of a new workspace, step by step; each step ticks itself as its data appears:
 * the team, roles with what they require, a first assessment, plans, check-ins and a review.
 */
export function buildFirstCycle(counts: FirstCycleCounts): FirstCycleStep[] {
  return [
    {
      id: 'team',
      title: 'Import your team',
      hint: 'From a CSV your HR or payroll tool exports, or add people by hand.',
      route: '/people',
      isDone: counts.activePeople > 0,
    },
    {
      id: 'roles',
      title: 'Set roles and what they require',
      hint: 'Give people a role profile with the skill levels it needs.',
      route: '/skills',
      isDone: counts.peopleWithRole > 0 && counts.roleRequirements > 0,
    },
    {
      id: 'assessment',
      title: 'Make a first assessment',
      hint: 'Rate current levels in the skills matrix.',
      route: '/matrix',
      isDone: counts.assessments > 0,
    },
    {
      id: 'plans',
      title: 'Write first development plans',
      hint: 'Pick a training or an activity for the largest gaps.',
      route: '/training',
      isDone: counts.plans > 0,
    },
    {
      id: 'checkins',
      title: 'Hold first check-ins',
      hint: 'A short 1:1 with notes and actions.',
      route: '/checkins',
      isDone: counts.checkins > 0,
    },
    {
      id: 'review',
      title: 'Run a first review',
      hint: 'Start a review cycle once a few months of notes are in.',
      route: '/reviews',
      isDone: counts.reviews > 0,
    },
  ]
}
