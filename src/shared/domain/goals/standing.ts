import type { Confidence } from '../../model'
import type { GoalProgress } from './progress'

/** What a goal's badge says: its owner's latest confidence, or that no progress is recorded. */
export type GoalStanding = Confidence | 'no-progress'

export const confidenceLabels: Record<Confidence, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
}

export const standingLabels: Record<GoalStanding, string> = {
  ...confidenceLabels,
  'no-progress': 'No progress yet',
}

/**
 * A goal's standing, for its badge. A confidence ("on track") is only said of a goal whose
 * progress is recorded; otherwise the goal has no progress yet, whatever an update without a
 * value said:
 * - nothing measures it (no key result, no aligned goal with progress, no update with a value,
 *   not done): no progress yet;
 * - key results that no update has moved yet, still at their baseline: no progress yet;
 * - otherwise the confidence of its latest update, or null (no badge) when it has none, as for a
 *   goal measured only through the goals aligned to it.
 */
export function judgeGoalStanding(progress: GoalProgress | undefined): GoalStanding | null {
  if (!progress || progress.progress === null) return 'no-progress'
  if (progress.source === 'key-results' && progress.lastUpdate === null && progress.progress === 0)
    return 'no-progress'
  return progress.confidence
}
