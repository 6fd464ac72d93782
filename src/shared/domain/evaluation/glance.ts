import { mean } from './dates'
import type { EvaluationCard, RoiStatus } from './types'
import type { Wording } from './wording'

/** One level in one cell: the figure that answers its question, or why there is none. */
export interface LevelGlance {
  hasEvidence: boolean
  /** "4.6 / 5", "+21 points", "Missing". */
  text: string
  /** What the figure is and how many it rests on. */
  detail: string
  /** For a KPI: whether it moved the right way ('up'), the wrong way ('down') or not at all. */
  trend?: 'up' | 'down' | 'flat'
}

export interface RoiGlance {
  status: RoiStatus
  /** "+134%", or "—" when there is no figure. */
  text: string
  /** "paid back", "not paid back yet", "no KPI linked"... */
  label: string
}

export interface CardGlance {
  kind: EvaluationCard['kind']
  id: string
  title: string
  /** "15 enrolled · 12 completed". */
  counts: string
  reaction: LevelGlance
  learning: LevelGlance
  behaviour: LevelGlance
  results: LevelGlance
  roi: RoiGlance
  /** Short names of the evidence still missing; empty when nothing is. */
  missing: string[]
}

export const roiStatusLabels: Record<RoiStatus, string> = {
  'paid-back': 'paid back',
  'not-paid-back-yet': 'not paid back yet',
  negative: 'negative',
  'waiting-for-results': 'waiting for the KPI',
  'no-value': 'no value per unit',
  'no-kpi': 'no KPI linked',
  'not-finished': 'not finished yet',
  'no-cost': 'no cost recorded',
}

const missingLevel: LevelGlance = { hasEvidence: false, text: 'Missing', detail: '' }

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

function glanceReaction(card: EvaluationCard, w: Wording): LevelGlance {
  const reaction = card.levels.reaction
  if (!reaction) return { ...missingLevel, detail: 'no survey' }
  const score = mean([reaction.relevance, reaction.engagement])!
  return {
    hasEvidence: true,
    text: `${w.number(score, 1)} / 5`,
    detail: `${w.share(reaction.wouldRecommendShare)} recommend · ${plural(reaction.responses, 'survey')}`,
  }
}

function glanceLearning(card: EvaluationCard, w: Wording): LevelGlance {
  const learning = card.levels.learning
  if (!learning) return { ...missingLevel, detail: 'no test or assessment' }
  const skill =
    learning.levelChange === null
      ? null
      : `skill ${w.signed(learning.levelChange, 1)} ${Math.abs(learning.levelChange) === 1 ? 'level' : 'levels'}`
  if (learning.scoreBefore !== null && learning.scoreAfter !== null) {
    const gain = learning.scoreAfter - learning.scoreBefore
    return {
      hasEvidence: true,
      text: `${w.signed(gain, 0)} points`,
      detail: [
        `test ${w.number(learning.scoreBefore, 0)} → ${w.number(learning.scoreAfter, 0)}`,
        skill,
      ]
        .filter((part) => part !== null)
        .join(' · '),
    }
  }
  if (skill !== null) {
    return {
      hasEvidence: true,
      text: `${w.signed(learning.levelChange!, 1)} levels`,
      detail: `assessed before and after · ${plural(learning.assessed, 'person', 'people')}`,
    }
  }
  return { ...missingLevel, detail: 'no test or assessment' }
}

function glanceBehaviour(card: EvaluationCard, w: Wording): LevelGlance {
  const behaviour = card.levels.behaviour
  if (!behaviour) return { ...missingLevel, detail: 'no observation' }
  const practised =
    behaviour.practisedAnswers > 0 ? plural(behaviour.practisedAnswers, 'practice answer') : null
  if (behaviour.observationRating !== null) {
    return {
      hasEvidence: true,
      text: `${w.number(behaviour.observationRating, 1)} / 5`,
      detail: [`observed on the job (${behaviour.observations})`, practised]
        .filter((part) => part !== null)
        .join(' · '),
    }
  }
  if (practised !== null) {
    return { hasEvidence: true, text: practised, detail: 'in check-ins after the training' }
  }
  return {
    hasEvidence: true,
    text: plural(behaviour.feedbackEntries, 'feedback note'),
    detail: `on the skills after the training (${behaviour.praiseEntries} praise)`,
  }
}

function glanceResults(card: EvaluationCard, w: Wording): LevelGlance {
  const results = card.levels.results
  if (!results) {
    const detail =
      card.roi.status === 'no-kpi'
        ? 'no KPI linked'
        : card.roi.status === 'not-finished'
          ? 'not finished yet'
          : 'no KPI values after yet'
    return { ...missingLevel, detail }
  }
  const [first] = results
  const text = results.map((r) => `${w.change(r.change, r.unit)} ${r.kpiName}`).join('; ')
  const targets = results.map((r) =>
    r.targetChange === null
      ? 'no target'
      : `target ${w.change(r.targetChange, r.unit)} ${r.isTargetMet ? 'reached' : 'not reached'}`,
  )
  const open = results.some((r) => r.isAfterWindowOpen) ? ' · still measuring' : ''
  const improvement = results.length === 1 ? first!.improvement : 0
  return {
    hasEvidence: true,
    text,
    detail: `${targets.join('; ')}${open}`,
    trend:
      results.length > 1 ? undefined : improvement > 0 ? 'up' : improvement < 0 ? 'down' : 'flat',
  }
}

export function summariseCard(card: EvaluationCard, w: Wording): CardGlance {
  const roi = card.roi
  return {
    kind: card.kind,
    id: card.id,
    title: card.title,
    counts: [
      `${card.enrolments} enrolled`,
      `${card.completed} completed`,
      card.withdrawn > 0 ? `${card.withdrawn} withdrew` : null,
    ]
      .filter((part) => part !== null)
      .join(' · '),
    reaction: glanceReaction(card, w),
    learning: glanceLearning(card, w),
    behaviour: glanceBehaviour(card, w),
    results: glanceResults(card, w),
    roi: {
      status: roi.status,
      text: roi.roi === null ? '—' : `${w.signed(roi.roi * 100, 0)}%`,
      label: roiStatusLabels[roi.status],
    },
    missing: card.evidenceMissing,
  }
}

/** How many cards stand where, in the order a manager reads them. */
export function countRoiStatuses(
  cards: readonly EvaluationCard[],
): { status: RoiStatus; label: string; count: number }[] {
  const order: RoiStatus[] = [
    'paid-back',
    'not-paid-back-yet',
    'negative',
    'waiting-for-results',
    'no-value',
    'no-kpi',
    'not-finished',
    'no-cost',
  ]
  return order
    .map((status) => ({
      status,
      label: roiStatusLabels[status],
      count: cards.filter((card) => card.roi.status === status).length,
    }))
    .filter((entry) => entry.count > 0)
}
