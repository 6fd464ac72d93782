import type {
  Assessment,
  Checkin,
  Enrolment,
  Evaluation,
  FeedbackEntry,
  PlanItem,
  TrainingInitiative,
  WorkspaceSettings,
} from '../../model'
import { addDays } from '../dates/iso-date'
import { isCountedSource } from '../skills/current-levels'
import { mean } from './dates'
import type { BehaviourLevel, LearningLevel, ReactionLevel } from './types'

/** The check-in template section that asks what was put into practice. */
export const practisedSectionId = 'practised'

type Of<K extends Evaluation['kind']> = Extract<Evaluation, { kind: K }>

/** The latest evaluation of one kind for an enrolment. */
export function findLatestEvaluation<K extends Evaluation['kind']>(
  evaluations: readonly Evaluation[],
  enrolmentId: string,
  kind: K,
): Of<K> | undefined {
  let latest: Of<K> | undefined
  for (const evaluation of evaluations) {
    if (evaluation.enrolmentId !== enrolmentId || evaluation.kind !== kind) continue
    if (!latest || evaluation.date >= latest.date) latest = evaluation as Of<K>
  }
  return latest
}

export interface EnrolmentReaction {
  relevance: number
  engagement: number
  wouldRecommend: boolean
  comment: string
  usefulness: number | null
  confidence: number | null
  /** The participant answered a reaction request themselves. */
  isFromParticipant: boolean
}

export function evaluateReaction(
  enrolment: Enrolment,
  evaluations: readonly Evaluation[],
): EnrolmentReaction | null {
  const survey = findLatestEvaluation(evaluations, enrolment.id, 'reaction')
  if (!survey) return null
  return {
    relevance: survey.relevance,
    engagement: survey.engagement,
    wouldRecommend: survey.wouldRecommend,
    comment: survey.note,
    usefulness: survey.usefulness ?? null,
    confidence: survey.confidence ?? null,
    isFromParticipant: Boolean(survey.responseId),
  }
}

export interface EnrolmentLearning {
  scoreBefore: number | null
  scoreAfter: number | null
  /** Mean over the target skills assessed both before and after of (after - before). */
  levelChange: number | null
}

/**
 * Level 2 for one enrolment: the latest before/after scores, and for each target skill the change
 * between the latest assessment before the start and the first one after the end.
 */
export function evaluateLearning(input: {
  enrolment: Enrolment
  initiative: TrainingInitiative
  evaluations: readonly Evaluation[]
  assessments: readonly Assessment[]
  matrixSource: WorkspaceSettings['matrixSource']
  today: string
}): EnrolmentLearning | null {
  const { enrolment, initiative } = input
  const scores = findLatestEvaluation(input.evaluations, enrolment.id, 'learning')
  const changes: number[] = []
  const end = enrolment.endDate
  if (end !== null && end < input.today) {
    for (const target of initiative.skillTargets) {
      let before: Assessment | undefined
      let after: Assessment | undefined
      for (const assessment of input.assessments) {
        if (assessment.personId !== enrolment.personId || assessment.skillId !== target.skillId) {
          continue
        }
        if (!isCountedSource(input.matrixSource, assessment.source)) continue
        if (assessment.date < enrolment.startDate) {
          if (!before || assessment.date > before.date) before = assessment
        } else if (assessment.date > end && assessment.date <= input.today) {
          if (!after || assessment.date < after.date) after = assessment
        }
      }
      if (before && after) changes.push(after.level - before.level)
    }
  }
  if (!scores && changes.length === 0) return null
  return {
    scoreBefore: scores?.scoreBefore ?? null,
    scoreAfter: scores?.scoreAfter ?? null,
    levelChange: mean(changes),
  }
}

export interface EnrolmentBehaviour {
  practised: Checkin[]
  feedback: FeedbackEntry[]
  observationRating: number | null
}

/**
 * Level 3 for one enrolment, in the after window (the day after the end to `afterDays` later):
 * "put into practice" answers in check-ins linked to the target skills or the enrolment's plan
 * item, feedback on the target skills, and the latest manager observation rating.
 */
export function evaluateBehaviour(input: {
  enrolment: Enrolment
  initiative: TrainingInitiative
  evaluations: readonly Evaluation[]
  checkins: readonly Checkin[]
  feedback: readonly FeedbackEntry[]
  planItems: readonly PlanItem[]
  today: string
}): EnrolmentBehaviour | null {
  const { enrolment, initiative, today } = input
  const observation = findLatestEvaluation(input.evaluations, enrolment.id, 'behaviour')
  const practised: Checkin[] = []
  const feedback: FeedbackEntry[] = []
  const end = enrolment.endDate
  if (end !== null && end < today) {
    const windowEnd = addDays(end, initiative.evaluationAssumptions.windowAfterDays)
    const isInWindow = (date: string): boolean => date > end && date <= windowEnd && date <= today
    const skillIds = new Set(initiative.skillTargets.map((target) => target.skillId))
    const planItemIds = new Set(
      input.planItems.filter((item) => item.enrolmentId === enrolment.id).map((item) => item.id),
    )
    for (const checkin of input.checkins) {
      if (checkin.personId !== enrolment.personId || checkin.status !== 'done') continue
      if (!isInWindow(checkin.date)) continue
      const answer = checkin.answers.find((a) => a.sectionId === practisedSectionId)
      if (!answer || answer.text.trim() === '') continue
      const isLinked =
        checkin.skillIds.some((id) => skillIds.has(id)) ||
        checkin.planItemIds.some((id) => planItemIds.has(id))
      if (isLinked) practised.push(checkin)
    }
    for (const entry of input.feedback) {
      if (entry.personId !== enrolment.personId || !isInWindow(entry.date)) continue
      if (entry.skillIds.some((id) => skillIds.has(id))) feedback.push(entry)
    }
  }
  if (!observation && practised.length === 0 && feedback.length === 0) return null
  return { practised, feedback, observationRating: observation?.observationRating ?? null }
}

export function rollUpReaction(list: readonly (EnrolmentReaction | null)[]): ReactionLevel | null {
  const answered = list.filter((item): item is EnrolmentReaction => item !== null)
  if (answered.length === 0) return null
  return {
    responses: answered.length,
    relevance: mean(answered.map((r) => r.relevance))!,
    engagement: mean(answered.map((r) => r.engagement))!,
    wouldRecommendShare: answered.filter((r) => r.wouldRecommend).length / answered.length,
    comments: answered.map((r) => r.comment.trim()).filter((comment) => comment !== ''),
    usefulness: averagePresent(answered.map((r) => r.usefulness)),
    confidence: averagePresent(answered.map((r) => r.confidence)),
    fromParticipant: answered.filter((r) => r.isFromParticipant).length,
  }
}

function averagePresent(values: readonly (number | null)[]) {
  const present = values.filter((value): value is number => value !== null)
  return present.length === 0 ? null : { average: mean(present)!, count: present.length }
}

export function rollUpLearning(list: readonly (EnrolmentLearning | null)[]): LearningLevel | null {
  const present = list.filter((item): item is EnrolmentLearning => item !== null)
  if (present.length === 0) return null
  const scored = present.filter((l) => l.scoreBefore !== null && l.scoreAfter !== null)
  const assessed = present.flatMap((l) => (l.levelChange === null ? [] : [l.levelChange]))
  return {
    scored: scored.length,
    scoreBefore: mean(scored.map((l) => l.scoreBefore!)),
    scoreAfter: mean(scored.map((l) => l.scoreAfter!)),
    assessed: assessed.length,
    levelChange: mean(assessed),
  }
}

export function rollUpBehaviour(
  list: readonly (EnrolmentBehaviour | null)[],
): BehaviourLevel | null {
  const present = list.filter((item): item is EnrolmentBehaviour => item !== null)
  if (present.length === 0) return null
  const ratings = present.flatMap((b) =>
    b.observationRating === null ? [] : [b.observationRating],
  )
  return {
    withEvidence: present.length,
    practisedAnswers: present.reduce((sum, b) => sum + b.practised.length, 0),
    feedbackEntries: present.reduce((sum, b) => sum + b.feedback.length, 0),
    praiseEntries: present.reduce(
      (sum, b) => sum + b.feedback.filter((entry) => entry.kind === 'praise').length,
      0,
    ),
    observations: ratings.length,
    observationRating: mean(ratings),
  }
}
