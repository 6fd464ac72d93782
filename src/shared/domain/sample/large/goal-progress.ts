import type { Confidence, Goal, GoalUpdate, KeyResult } from '../../../model'
import { addDays, countDaysBetween, getEarlierDate, moveToWorkday } from '../dates'
import { roundTo } from '../kpis'
import type { Rng } from '../random'
import type { KrTemplate } from './goal-phrases'
import { updateNotes } from './goal-phrases'
import type { MeasurementIndex } from './kpis'
import { toKpiId } from './kpi-specs'

/** Where a quarter's goal stands: its key results and how far along it got by the end (or today). */
export type Progress = { keyResults: KeyResult[]; share: number }

export type GoalSink = {
  keyResults: KeyResult[]
  goalUpdates: GoalUpdate[]
  updatesByGoal: Map<string, GoalUpdate[]>
}

/**
 * Key results from their templates: KPI results read the subject's series (baseline at the start
 * of the quarter, current at its end or today), counted ones move with the owner's `pace`.
 */
export function createKeyResults(
  goal: Goal,
  templates: KrTemplate[],
  subjectId: string | null,
  index: MeasurementIndex,
  range: { start: string; end: string; today: string },
  pace: number,
  sink: GoalSink,
): Progress {
  const until = getEarlierDate(range.end, range.today)
  const elapsed = Math.min(
    1,
    Math.max(
      0,
      countDaysBetween(range.start, until) / Math.max(1, countDaysBetween(range.start, range.end)),
    ),
  )
  const keyResults: KeyResult[] = []
  const shares: number[] = []
  for (const template of templates) {
    const id = `kr-${String(sink.keyResults.length + keyResults.length + 1).padStart(5, '0')}`
    const kpiId = template.kpi === undefined ? null : toKpiId(template.kpi)
    let baseline = 0
    let target = template.target ?? 10
    let current = Math.round(target * Math.min(1.1, pace * elapsed))
    if (kpiId !== null) {
      const before = index.latest(kpiId, subjectId, range.start) ?? index.list(kpiId, subjectId)[0]
      const now = index.latest(kpiId, subjectId, until)
      if (!before || !now) continue
      baseline = before.value
      target = roundTo(baseline + (template.change ?? 1), 2)
      current = now.value
    }
    const span = target - baseline
    shares.push(span === 0 ? 1 : Math.max(0, (current - baseline) / span))
    keyResults.push({
      id,
      goalId: goal.id,
      title: template.title,
      unit: template.unit,
      direction: template.direction,
      baseline,
      target,
      current,
      weight: 1,
      kpiId,
    })
  }
  sink.keyResults.push(...keyResults)
  const share =
    shares.length === 0
      ? Math.min(1.1, pace * elapsed)
      : shares.reduce((a, b) => a + b, 0) / shares.length
  return { keyResults, share }
}

/** Monthly updates while the goal runs: a value per key result, or a note with a confidence. */
export function addUpdates(
  rng: Rng,
  goal: Goal,
  progress: Progress,
  range: { start: string; end: string; today: string; lastDay: string },
  sink: GoalSink,
): void {
  const total = Math.max(1, countDaysBetween(range.start, range.end))
  const own: GoalUpdate[] = []
  for (const offset of [22, 52, 82]) {
    const date = moveToWorkday(addDays(range.start, offset + rng.nextInt(-4, 4)))
    if (date > range.today || date > range.end || date > range.lastDay) break
    const expected = countDaysBetween(range.start, date) / total
    const reached = Math.max(0, progress.share * expected + rng.nextGaussian() * 0.06)
    const ratio = reached / Math.max(0.05, expected)
    const confidence: Confidence =
      ratio >= 0.8 ? 'on-track' : ratio >= 0.55 ? 'at-risk' : 'off-track'
    const note = rng.pick(updateNotes[confidence])
    const nextId = (): string =>
      `gu-${String(sink.goalUpdates.length + own.length + 1).padStart(5, '0')}`
    if (progress.keyResults.length === 0) {
      own.push({
        id: nextId(),
        goalId: goal.id,
        keyResultId: null,
        date,
        value: null,
        confidence,
        note,
      })
      continue
    }
    for (const keyResult of progress.keyResults) {
      const value = roundTo(
        keyResult.baseline +
          (keyResult.current - keyResult.baseline) *
            Math.min(
              1,
              expected /
                Math.max(
                  0.05,
                  countDaysBetween(range.start, getEarlierDate(range.end, range.today)) / total,
                ),
            ),
        2,
      )
      own.push({
        id: nextId(),
        goalId: goal.id,
        keyResultId: keyResult.id,
        date,
        value,
        confidence,
        note,
      })
    }
  }
  sink.goalUpdates.push(...own)
  if (own.length > 0) sink.updatesByGoal.set(goal.id, own)
}
