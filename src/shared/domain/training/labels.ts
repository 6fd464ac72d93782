import type { AssessmentSource, LearningFormat, PlanItem, TrainingInitiative } from '../../model'

export const formatLabels: Record<LearningFormat, string> = {
  course: 'Course',
  workshop: 'Workshop',
  simulation: 'Interactive simulation',
  'on-the-job-coaching': 'On-the-job coaching',
  mentoring: 'Mentoring',
  'peer-coaching-circle': 'Peer coaching circle',
  'role-play': 'Role-play',
  microlearning: 'Microlearning',
  'lunch-and-learn': 'Lunch-and-learn',
  'dedicated-learning-time': 'Dedicated learning time',
  'self-study': 'Self-study',
  conference: 'Conference',
  other: 'Other',
}

/** Formats that cost little beyond time: preferred when suggesting a plan. */
export const lowCostFormats: ReadonlySet<LearningFormat> = new Set<LearningFormat>([
  'mentoring',
  'peer-coaching-circle',
  'on-the-job-coaching',
  'microlearning',
  'lunch-and-learn',
  'dedicated-learning-time',
  'self-study',
  'role-play',
])

export const statusLabels: Record<PlanItem['status'], string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  completed: 'Completed',
  applied: 'Applied on the job',
}

export const providerLabels: Record<TrainingInitiative['provider']['kind'], string> = {
  internal: 'Internal expert',
  external: 'External provider',
  free: 'Free resource',
}

/** Who assessed a level, in the order the after-training assessment offers them. */
export const assessmentSourceLabels: Record<AssessmentSource, string> = {
  manager: 'Manager',
  self: 'Self',
  peer: 'Peer',
  test: 'Test',
  certificate: 'Certificate',
}

/** Low cost: nothing to pay, or a format that mostly costs time. */
export function isLowCost(initiative: Pick<TrainingInitiative, 'format' | 'cost'>): boolean {
  return initiative.cost === 0 || lowCostFormats.has(initiative.format)
}
