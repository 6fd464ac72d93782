import { defaultEvaluationAssumptions, type TrainingInitiative } from '../../model'

/** What a new workspace's catalogue starts with: low-cost formats, ready to edit. */
export function createStarterInitiatives(): TrainingInitiative[] {
  const base = {
    provider: { kind: 'internal' as const, personId: null, name: '' },
    cost: 0,
    skillTargets: [],
    kpiId: null,
    targetChange: null,
    evaluationAssumptions: defaultEvaluationAssumptions,
  }
  return [
    {
      ...base,
      id: 'starter-peer-mentoring',
      title: 'Peer mentoring',
      description:
        'Pair someone with a colleague who already does the skill well: an hour a week, for six weeks, working on real tasks.',
      format: 'mentoring',
      hours: 6,
      learningOutcome: 'The mentee handles the routine cases of the skill alone.',
      measurementMethod: 'Manager assessment of the skill before and after; check-in answers.',
    },
    {
      ...base,
      id: 'starter-lunch-and-learn',
      title: 'Lunch-and-learn',
      description:
        'A colleague shows one thing they know in 30 minutes over lunch; the team asks questions.',
      format: 'lunch-and-learn',
      hours: 1,
      learningOutcome: 'The team knows who to ask and has tried the basics once.',
      measurementMethod: 'A two-question reaction rating after the session.',
    },
    {
      ...base,
      id: 'starter-learning-time',
      title: 'Dedicated learning time',
      description:
        'Two protected hours a week on the calendar for self-chosen learning tied to the plan.',
      format: 'dedicated-learning-time',
      hours: 8,
      provider: { kind: 'free', personId: null, name: 'Self-directed' },
      learningOutcome: 'Steady progress on one focus skill of the plan.',
      measurementMethod: 'Progress reported at each check-in.',
    },
    {
      ...base,
      id: 'starter-microlearning',
      title: 'Microlearning',
      description: 'Five-minute lessons or drills from a free online resource, a few times a week.',
      format: 'microlearning',
      hours: 3,
      provider: { kind: 'free', personId: null, name: 'Free online resource' },
      learningOutcome: 'The facts and vocabulary of the skill are known and recalled on the job.',
      measurementMethod: 'A short quiz before and after.',
    },
  ]
}
