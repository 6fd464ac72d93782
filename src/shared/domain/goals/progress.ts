import type { Goal, GoalUpdate, KeyResult } from '../../model'

export function clamp01(value: number): number {
  if (Number.isNaN(value)) return 0
  return Math.min(1, Math.max(0, value))
}

/**
 * How far a key result has moved from its baseline to its target, 0 to 1. `increase` wants the
 * value to grow, `decrease` to shrink; overshooting counts as 1 and going backwards as 0. A key
 * result whose target equals its baseline is either met (1) or not (0).
 */
export function computeKeyResultProgress(
  keyResult: Pick<KeyResult, 'direction' | 'baseline' | 'target' | 'current'>,
): number {
  const { direction, baseline, target, current } = keyResult
  if (target === baseline) {
    const isMet = direction === 'increase' ? current >= target : current <= target
    return isMet ? 1 : 0
  }
  const share =
    direction === 'increase'
      ? (current - baseline) / (target - baseline)
      : (baseline - current) / (baseline - target)
  return clamp01(share)
}

/** A weighted mean of progress values; null when no part carries weight. */
export function weightedMean(parts: Array<{ progress: number; weight: number }>): number | null {
  let sum = 0
  let weights = 0
  for (const part of parts) {
    if (part.weight <= 0) continue
    sum += part.progress * part.weight
    weights += part.weight
  }
  return weights === 0 ? null : clamp01(sum / weights)
}

export type ProgressSource = 'key-results' | 'children' | 'update' | 'status' | 'none'

export interface GoalProgress {
  /** 0 to 1, or null when nothing measures this goal yet. */
  progress: number | null
  source: ProgressSource
  /** The latest confidence reported for the goal or any of its key results. */
  confidence: GoalUpdate['confidence'] | null
  lastUpdate: string | null
}

/**
 * Progress of every goal, rolled up:
 * - a goal with key results: the weighted mean of their progress (key-result weights);
 * - otherwise a goal with aligned children (dropped ones left out): the weighted mean of the
 *   children's progress (goal weights), children without any measure left out;
 * - otherwise the latest update with a value, read as a percentage (SMART goals);
 * - otherwise 1 for a goal marked done, and no progress at all for the rest.
 */
export function computeRollup(
  goals: readonly Goal[],
  keyResults: readonly KeyResult[],
  updates: readonly GoalUpdate[],
): Map<string, GoalProgress> {
  const resultsByGoal = groupBy(keyResults, (kr) => kr.goalId)
  const updatesByGoal = groupBy(updates, (update) => update.goalId)
  const childrenByParent = groupBy(
    goals.filter((goal) => goal.parentId !== null && goal.status !== 'dropped'),
    (goal) => goal.parentId!,
  )
  const result = new Map<string, GoalProgress>()
  const visiting = new Set<string>()

  const visit = (goal: Goal): GoalProgress => {
    const known = result.get(goal.id)
    if (known) return known
    // A cycle (a goal aligned under its own descendant) counts as no measure for the repeat.
    if (visiting.has(goal.id))
      return { progress: null, source: 'none', confidence: null, lastUpdate: null }
    visiting.add(goal.id)
    const own = updatesByGoal.get(goal.id) ?? []
    const latest = [...own].sort((a, b) => b.date.localeCompare(a.date))[0] ?? null
    const base = { confidence: latest?.confidence ?? null, lastUpdate: latest?.date ?? null }
    const results = resultsByGoal.get(goal.id) ?? []
    const children = childrenByParent.get(goal.id) ?? []
    let progress: GoalProgress
    if (results.length > 0) {
      progress = {
        ...base,
        source: 'key-results',
        progress: weightedMean(
          results.map((kr) => ({ progress: computeKeyResultProgress(kr), weight: kr.weight })),
        ),
      }
    } else {
      const measured = children
        .map((child) => ({ child, progress: visit(child).progress }))
        .filter((entry): entry is { child: Goal; progress: number } => entry.progress !== null)
      const withValue = own
        .filter((update) => update.value !== null)
        .sort((a, b) => b.date.localeCompare(a.date))[0]
      if (measured.length > 0) {
        progress = {
          ...base,
          source: 'children',
          progress: weightedMean(
            measured.map((entry) => ({ progress: entry.progress, weight: entry.child.weight })),
          ),
        }
      } else if (withValue && withValue.value !== null) {
        progress = { ...base, source: 'update', progress: clamp01(withValue.value / 100) }
      } else if (goal.status === 'done') {
        progress = { ...base, source: 'status', progress: 1 }
      } else {
        progress = { ...base, source: 'none', progress: null }
      }
    }
    visiting.delete(goal.id)
    result.set(goal.id, progress)
    return progress
  }

  for (const goal of goals) visit(goal)
  return result
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}

/** Progress as a whole percentage for people: `42%`, or an em dash when there is none. */
export function formatProgress(progress: number | null): string {
  return progress === null ? '—' : `${Math.round(progress * 100)}%`
}
