import { confidenceLabels } from '../goals/standing'
import type {
  Assessment,
  Checkin,
  CheckinTemplate,
  DevelopmentPlan,
  Enrolment,
  FeedbackEntry,
  Goal,
  GoalUpdate,
  PlanItem,
  Skill,
  TrainingInitiative,
} from '../../model'
import { toPlainText } from './rich-text'

export type TimelineKind = 'checkin' | 'feedback' | 'assessment' | 'plan' | 'goal'

export const timelineKindLabels: Record<TimelineKind, string> = {
  checkin: 'Check-ins',
  feedback: 'Feedback',
  assessment: 'Assessments',
  plan: 'Plan changes',
  goal: 'Goal updates',
}

export interface TimelineEvent {
  /** Unique across kinds. */
  key: string
  kind: TimelineKind
  date: string
  title: string
  detail: string
  /** The record it comes from (a check-in id opens the check-in). */
  recordId: string
}

export interface TimelineInput {
  checkins: readonly Checkin[]
  templates: readonly CheckinTemplate[]
  feedback: readonly FeedbackEntry[]
  assessments: readonly Assessment[]
  skills: readonly Skill[]
  plans: readonly DevelopmentPlan[]
  planItems: readonly PlanItem[]
  enrolments: readonly Enrolment[]
  initiatives: readonly TrainingInitiative[]
  goals: readonly Goal[]
  goalUpdates: readonly GoalUpdate[]
}

const clip = (text: string, length = 160): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}

const feedbackTitles: Record<FeedbackEntry['kind'], string> = {
  praise: 'Praise',
  constructive: 'Constructive feedback',
  observation: 'Observation',
}

/**
 * One person's history in one list, newest first: check-ins (shared notes only), feedback,
 * assessments, plan changes (plan created, items started or due, training completed) and goal updates.
 * The input holds that person's records only.
 */
export function buildTimeline(
  input: TimelineInput,
  kinds: ReadonlySet<TimelineKind> | null = null,
): TimelineEvent[] {
  const events: TimelineEvent[] = []
  const wants = (kind: TimelineKind): boolean => kinds === null || kinds.has(kind)
  const templates = new Map(input.templates.map((t) => [t.id, t.name]))
  const skills = new Map(input.skills.map((s) => [s.id, s.name]))
  const initiatives = new Map(input.initiatives.map((i) => [i.id, i.title]))
  const goals = new Map(input.goals.map((g) => [g.id, g.title]))

  if (wants('checkin'))
    for (const c of input.checkins) {
      const template = templates.get(c.templateId) ?? 'Check-in'
      events.push({
        key: `checkin:${c.id}`,
        kind: 'checkin',
        date: c.date,
        title: c.status === 'draft' ? `${template} (draft)` : template,
        detail: clip(toPlainText(c.sharedNotes)) || (c.mood === null ? '' : `Mood ${c.mood} of 5`),
        recordId: c.id,
      })
    }
  if (wants('feedback'))
    for (const f of input.feedback) {
      events.push({
        key: `feedback:${f.id}`,
        kind: 'feedback',
        date: f.date,
        title: `${feedbackTitles[f.kind]}${f.authorName ? ` from ${f.authorName}` : ''}`,
        detail: clip(f.behaviour || f.situation || f.impact),
        recordId: f.id,
      })
    }
  if (wants('assessment'))
    for (const a of input.assessments) {
      events.push({
        key: `assessment:${a.id}`,
        kind: 'assessment',
        date: a.date,
        title: `${skills.get(a.skillId) ?? 'A skill'} assessed at level ${a.level}`,
        detail: [`${a.source} assessment`, clip(a.note)].filter(Boolean).join(' · '),
        recordId: a.id,
      })
    }
  if (wants('plan')) {
    for (const p of input.plans)
      events.push({
        key: `plan:${p.id}`,
        kind: 'plan',
        date: p.createdAt,
        title: `Development plan ${p.period} created`,
        detail: p.status === 'closed' ? 'Closed since' : '',
        recordId: p.id,
      })
    for (const item of input.planItems)
      if (item.startDate !== null)
        events.push({
          key: `plan-item:${item.id}`,
          kind: 'plan',
          date: item.startDate,
          title: `Plan item started: ${item.title}`,
          detail: `Now ${item.status.replace('-', ' ')}`,
          recordId: item.id,
        })
    for (const e of input.enrolments)
      if (e.status === 'completed' && e.endDate !== null)
        events.push({
          key: `enrolment:${e.id}`,
          kind: 'plan',
          date: e.endDate,
          title: `Training completed: ${initiatives.get(e.initiativeId) ?? 'a training'}`,
          detail: '',
          recordId: e.id,
        })
  }
  if (wants('goal'))
    for (const u of input.goalUpdates)
      events.push({
        key: `goal-update:${u.id}`,
        kind: 'goal',
        date: u.date,
        title: `${goals.get(u.goalId) ?? 'Goal'}: ${confidenceLabels[u.confidence].toLocaleLowerCase()}`,
        detail: [u.value === null ? '' : `Value ${u.value}`, clip(u.note)]
          .filter(Boolean)
          .join(' · '),
        recordId: u.id,
      })
  return events.sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key))
}
