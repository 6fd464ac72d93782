import type { Goal, KeyResult } from '../../model'

export type QualityFlagKind = 'no-measurable-target' | 'no-date' | 'no-owner'

export interface QualityFlag {
  kind: QualityFlagKind
  label: string
  reason: string
}

/**
 * What makes a goal hard to judge at the end of its period. A goal is measurable when it has at
 * least one key result whose target differs from its baseline, or (SMART without key results)
 * when the "measurable" criterion is ticked, or when goals aligned to it measure it (its progress
 * rolls up from them). It needs a due date and a person who owns it.
 */
export function checkGoalQuality(
  goal: Pick<Goal, 'style' | 'dueDate' | 'ownerPersonId' | 'smart'>,
  keyResults: readonly Pick<KeyResult, 'title' | 'baseline' | 'target'>[],
  /** How many goals (not dropped) are aligned to this one. */
  alignedGoals = 0,
): QualityFlag[] {
  const flags: QualityFlag[] = []
  const moving = keyResults.filter((kr) => kr.target !== kr.baseline)
  if (keyResults.length === 0 && alignedGoals > 0) {
    // Measured by the goals aligned to it: their progress rolls up.
  } else if (goal.style === 'okr' && keyResults.length === 0) {
    flags.push({
      kind: 'no-measurable-target',
      label: 'No measurable target',
      reason:
        'This objective has no key results and no goals aligned to it: add a key result with a baseline and a target.',
    })
  } else if (keyResults.length > 0 && moving.length === 0) {
    flags.push({
      kind: 'no-measurable-target',
      label: 'No measurable target',
      reason: `Every key result has its target equal to its baseline (“${keyResults[0]!.title}”), so nothing has to change.`,
    })
  } else if (goal.style === 'smart' && keyResults.length === 0 && goal.smart?.measurable !== true) {
    flags.push({
      kind: 'no-measurable-target',
      label: 'No measurable target',
      reason:
        'The “Measurable” criterion is not met and there is no key result: say how you will know it is done.',
    })
  }
  if (goal.dueDate === null) {
    flags.push({
      kind: 'no-date',
      label: 'No date',
      reason: 'There is no due date: add the day by which it should be done.',
    })
  }
  if (goal.ownerPersonId === null) {
    flags.push({
      kind: 'no-owner',
      label: 'No owner',
      reason: 'Nobody owns this goal: choose the person who answers for it.',
    })
  }
  return flags
}

/** Goals aligned to `goalId` that still count (dropped ones do not). */
export function countAlignedGoals(
  goalId: string,
  goals: readonly Pick<Goal, 'parentId' | 'status'>[],
): number {
  return goals.filter((goal) => goal.parentId === goalId && goal.status !== 'dropped').length
}
