import type {
  ActionItem,
  Checkin,
  Enrolment,
  FeedbackEntry,
  Goal,
  GoalUpdate,
  PlanItem,
  TrainingInitiative,
} from '../../model'
import { addDays, countDaysBetween } from './dates'
import type { PersonSkillGap } from './gaps'
import { toPlainText } from './rich-text'

export type TalkingPointKind =
  'development-goal' | 'action' | 'plan-item' | 'training' | 'goal' | 'feedback' | 'skill-gap'

export interface TalkingPoint {
  /** Stable across renders, so a point already on the agenda can be recognised. */
  key: string
  kind: TalkingPointKind
  /** What goes on the agenda. */
  text: string
  /** Why it is suggested. */
  reason: string
  link: { type: 'skill' | 'goal' | 'planItem'; id: string } | null
}

/** Plan items count as due when their date is this close. */
export const planDueWindowDays = 14
/** With no earlier check-in, "since the last check-in" looks back this far. */
export const firstCheckinLookbackDays = 30
export const maxGapPoints = 3

export interface TalkingPointInput {
  today: string
  previous: Checkin | null
  planItems: readonly PlanItem[]
  enrolments: readonly Enrolment[]
  initiatives: readonly TrainingInitiative[]
  goals: readonly Goal[]
  goalUpdates: readonly GoalUpdate[]
  gaps: readonly PersonSkillGap[]
  feedback: readonly FeedbackEntry[]
  openActions: readonly ActionItem[]
}

const shortDate = (isoDate: string): string => {
  const [year, month, day] = isoDate.split('-').map(Number)
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  return `${day} ${names[(month ?? 1) - 1]} ${year}`
}

function sinceDate(input: Pick<TalkingPointInput, 'today' | 'previous'>): string {
  return input.previous?.date ?? addDays(input.today, -firstCheckinLookbackDays)
}

function describeSince(input: Pick<TalkingPointInput, 'previous'>): string {
  return input.previous
    ? `since the last check-in on ${shortDate(input.previous.date)}`
    : `in the last ${firstCheckinLookbackDays} days`
}

export function suggestDevelopmentGoal(input: TalkingPointInput): TalkingPoint[] {
  const answer = input.previous?.answers.find((a) => a.sectionId === 'next-goal')
  const goal = answer ? toPlainText(answer.text).trim() : ''
  if (!input.previous || goal === '') return []
  return [
    {
      key: `development-goal:${input.previous.id}`,
      kind: 'development-goal',
      text: `Development goal from last time: ${goal}`,
      reason: `Set as the one development goal at the check-in on ${shortDate(input.previous.date)}.`,
      link: null,
    },
  ]
}

export function suggestOpenActions(input: TalkingPointInput): TalkingPoint[] {
  return input.openActions.map((action) => {
    const owner = action.owner === 'manager' ? 'your' : 'their'
    const due =
      action.dueDate === null
        ? 'has no due date'
        : action.dueDate < input.today
          ? `was due ${shortDate(action.dueDate)} (${countDaysBetween(action.dueDate, input.today)} days overdue)`
          : `is due ${shortDate(action.dueDate)}`
    return {
      key: `action:${action.id}`,
      kind: 'action',
      text: `Action: ${action.text}`,
      reason: `Still open: ${owner} action, ${due}.`,
      link: null,
    }
  })
}

export function suggestPlanItems(input: TalkingPointInput): TalkingPoint[] {
  const horizon = addDays(input.today, planDueWindowDays)
  return input.planItems
    .filter(
      (item) =>
        (item.status === 'planned' || item.status === 'in-progress') &&
        item.dueDate !== null &&
        item.dueDate <= horizon,
    )
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''))
    .map((item) => {
      const due = item.dueDate!
      const isOverdue = due < input.today
      return {
        key: `plan-item:${item.id}`,
        kind: 'plan-item' as const,
        text: `Plan: ${item.title}`,
        reason: isOverdue
          ? `Plan item overdue since ${shortDate(due)}, still ${item.status === 'planned' ? 'not started' : 'in progress'}.`
          : `Plan item due ${shortDate(due)}, within ${planDueWindowDays} days.`,
        link: { type: 'planItem' as const, id: item.id },
      }
    })
}

export function suggestCompletedTraining(input: TalkingPointInput): TalkingPoint[] {
  const since = sinceDate(input)
  const titles = new Map(input.initiatives.map((i) => [i.id, i]))
  return input.enrolments
    .filter(
      (e) =>
        e.status === 'completed' &&
        e.endDate !== null &&
        e.endDate > since &&
        e.endDate <= input.today,
    )
    .sort((a, b) => (a.endDate ?? '').localeCompare(b.endDate ?? ''))
    .map((e) => {
      const initiative = titles.get(e.initiativeId)
      const title = initiative?.title ?? 'a training'
      const skillId = initiative?.skillTargets[0]?.skillId ?? null
      return {
        key: `training:${e.id}`,
        kind: 'training' as const,
        text: `How is “${title}” being applied at work?`,
        reason: `Training completed on ${shortDate(e.endDate!)}, ${describeSince(input)}: ask how it is applied.`,
        link: skillId === null ? null : { type: 'skill' as const, id: skillId },
      }
    })
}

export function suggestOffTrackGoals(input: TalkingPointInput): TalkingPoint[] {
  const latest = new Map<string, GoalUpdate>()
  for (const update of input.goalUpdates) {
    if (update.date > input.today) continue
    const shown = latest.get(update.goalId)
    if (!shown || update.date > shown.date || (update.date === shown.date && update.id > shown.id))
      latest.set(update.goalId, update)
  }
  const points: TalkingPoint[] = []
  for (const goal of input.goals) {
    if (goal.status !== 'active') continue
    const update = latest.get(goal.id)
    if (!update || update.confidence === 'on-track') continue
    const label = update.confidence === 'off-track' ? 'off track' : 'at risk'
    points.push({
      key: `goal:${goal.id}`,
      kind: 'goal',
      text: `Goal ${label}: ${goal.title}`,
      reason: `Marked ${label} in the update of ${shortDate(update.date)}.`,
      link: { type: 'goal', id: goal.id },
    })
  }
  // Off track before at risk.
  return points.sort(
    (a, b) => Number(b.text.includes('off track')) - Number(a.text.includes('off track')),
  )
}

export function suggestSkillGaps(input: TalkingPointInput): TalkingPoint[] {
  return input.gaps.slice(0, maxGapPoints).map((gap) => ({
    key: `skill-gap:${gap.skillId}`,
    kind: 'skill-gap',
    text: `Skill gap: ${gap.skillName}`,
    reason: `Level ${gap.current} against ${gap.required} required: a gap of ${gap.gap}${gap.isCritical ? ' in a critical skill' : ''}, among their largest.`,
    link: { type: 'skill', id: gap.skillId },
  }))
}

const feedbackKindLabels: Record<FeedbackEntry['kind'], string> = {
  praise: 'Praise',
  constructive: 'Constructive feedback',
  observation: 'Observation',
}

export function suggestFeedback(input: TalkingPointInput): TalkingPoint[] {
  const since = sinceDate(input)
  return input.feedback
    .filter((f) => f.date > since && f.date <= input.today)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((f) => {
      const summary = (f.behaviour || f.situation || f.impact).trim()
      const skillId = f.skillIds[0] ?? null
      return {
        key: `feedback:${f.id}`,
        kind: 'feedback' as const,
        text: `${feedbackKindLabels[f.kind]}: ${summary.length > 140 ? `${summary.slice(0, 139)}…` : summary}`,
        reason: `Logged on ${shortDate(f.date)}${f.authorName ? ` by ${f.authorName}` : ''}, ${describeSince(input)}.`,
        link: skillId === null ? null : { type: 'skill' as const, id: skillId },
      }
    })
}

/** Every suggestion, most pressing first: last time's goal, open actions, plan, training, goals, feedback, gaps. */
export function suggestTalkingPoints(input: TalkingPointInput): TalkingPoint[] {
  return [
    ...suggestDevelopmentGoal(input),
    ...suggestOpenActions(input),
    ...suggestPlanItems(input),
    ...suggestCompletedTraining(input),
    ...suggestOffTrackGoals(input),
    ...suggestFeedback(input),
    ...suggestSkillGaps(input),
  ]
}
