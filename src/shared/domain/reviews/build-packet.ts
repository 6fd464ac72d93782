import type { Evaluation, Review, ReviewCycle, WorkspaceData } from '../../model'
import { summarizePeerFeedback } from '../requests/answers-view'
import { computeRollup } from '../goals/progress'
import { judgeGoalStanding, standingLabels } from '../goals/standing'
import { computeGoalProgress } from './goal-contradiction'
import type { PacketSkill, ReviewPacket } from './packet'
import { overlapsPeriod, readPeriodRange } from './period'

export type PacketSources = Pick<
  WorkspaceData,
  | 'people'
  | 'teams'
  | 'roleProfiles'
  | 'roleRequirements'
  | 'requirementOverrides'
  | 'skills'
  | 'skillCategories'
  | 'scaleLevels'
  | 'assessments'
  | 'plans'
  | 'planItems'
  | 'goals'
  | 'keyResults'
  | 'goalUpdates'
  | 'kpis'
  | 'kpiMeasurements'
  | 'initiatives'
  | 'enrolments'
  | 'evaluations'
  | 'checkins'
  | 'checkinTemplates'
  | 'feedback'
  | 'reviews'
> &
  // Peer feedback's rating answers; absent where no request was ever answered.
  Partial<Pick<WorkspaceData, 'requests' | 'responses'>>

export interface PacketOptions {
  personId: string
  period: { label: string; start: string; end: string }
  /** The review written for this period, when there is one. */
  cycle: ReviewCycle | null
  includePrivateNotes: boolean
  today: string
  workspaceName: string
  skillsChart?: string | null
  goalsChart?: string | null
}

/** Assembles one person's packet for a period from the workspace: pure, no I/O. */
export function buildReviewPacket(data: PacketSources, options: PacketOptions): ReviewPacket {
  const person = data.people.find((p) => p.id === options.personId)
  if (!person) throw new Error(`No person with id ${options.personId}`)
  const period = options.period
  const nameOf = (id: string | null) => data.people.find((p) => p.id === id)?.displayName ?? ''
  const scale = [...data.scaleLevels].sort((a, b) => a.level - b.level)
  const scaleLabel = (level: number | null) =>
    level === null ? '' : (scale.find((step) => step.level === level)?.label ?? '')
  const skills = buildSkills(data, person.id, person.roleId, period.end)
  const review = options.cycle
    ? (data.reviews.find((r) => r.cycleId === options.cycle!.id && r.personId === person.id) ??
      null)
    : null
  return {
    person: {
      name: person.displayName,
      title: person.title,
      team: data.teams.find((t) => t.id === person.teamId)?.name ?? '',
      role: data.roleProfiles.find((r) => r.id === person.roleId)?.name ?? '',
      manager: nameOf(person.managerId),
      location: person.location,
      workArrangement: person.workArrangement ?? '',
      hireDate: person.hireDate ?? '',
    },
    period,
    generatedOn: options.today,
    workspaceName: options.workspaceName,
    scale: scale.map((step) => ({ level: step.level, label: step.label })),
    skills,
    skillsChart: options.skillsChart ?? null,
    gaps: skills.filter((skill) => skill.gap > 0).sort((a, b) => b.gap - a.gap),
    plan: buildPlan(data, person.id, period),
    ...buildGoals(data, person.id, period),
    goalsChart: options.goalsChart ?? null,
    training: buildTraining(data, person.id, period),
    checkins: buildCheckins(data, person.id, period, options.includePrivateNotes),
    feedback: buildFeedback(data, person.id, period),
    peerFeedback: buildPeerFeedback(data, person.id, period),
    review: review ? buildReview(data, review, scaleLabel) : null,
    includesPrivateNotes: options.includePrivateNotes,
  }
}

type Period = { start: string; end: string }

function latestLevel(
  data: PacketSources,
  personId: string,
  skillId: string,
  sources: string[],
  until: string,
) {
  let best: { level: number; date: string } | null = null
  for (const a of data.assessments) {
    if (
      a.personId !== personId ||
      a.skillId !== skillId ||
      !sources.includes(a.source) ||
      a.date > until
    )
      continue
    if (!best || a.date > best.date) best = { level: a.level, date: a.date }
  }
  return best?.level ?? null
}

function buildSkills(
  data: PacketSources,
  personId: string,
  roleId: string | null,
  until: string,
): PacketSkill[] {
  const required = new Map<string, number>()
  for (const r of data.roleRequirements)
    if (r.roleId === roleId) required.set(r.skillId, r.requiredLevel)
  for (const o of data.requirementOverrides)
    if (o.personId === personId) required.set(o.skillId, o.requiredLevel)
  const assessed = new Set(
    data.assessments.filter((a) => a.personId === personId).map((a) => a.skillId),
  )
  const skillIds = [
    ...new Set([...required.keys(), ...[...assessed].filter(() => required.size === 0)]),
  ]
  const categories = new Map(data.skillCategories.map((c) => [c.id, c.name]))
  return skillIds.flatMap((skillId) => {
    const skill = data.skills.find((s) => s.id === skillId)
    if (!skill) return []
    const current = latestLevel(
      data,
      personId,
      skillId,
      ['manager', 'test', 'certificate', 'peer'],
      until,
    )
    const need = required.get(skillId) ?? null
    return [
      {
        name: skill.name,
        category: categories.get(skill.categoryId) ?? '',
        current,
        required: need,
        self: latestLevel(data, personId, skillId, ['self'], until),
        gap: need === null ? 0 : Math.max(0, need - (current ?? 0)),
        isCritical: skill.isCritical,
      },
    ]
  })
}

function buildPlan(data: PacketSources, personId: string, period: Period): ReviewPacket['plan'] {
  const plans = data.plans
    .filter((plan) => plan.personId === personId)
    .filter((plan) => {
      const range = readPeriodRange(plan.period)
      return range ? overlapsPeriod(range, period) : plan.createdAt <= period.end
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const plan = plans[0]
  if (!plan) return null
  const skillName = (id: string) => data.skills.find((s) => s.id === id)?.name ?? ''
  const items = data.planItems.filter((item) => item.planId === plan.id)
  return {
    period: plan.period,
    status: plan.status,
    done: items.filter((item) => item.status === 'completed' || item.status === 'applied').length,
    total: items.length,
    items: items.map((item) => ({
      title: item.title,
      status: item.status,
      due: item.dueDate ?? '',
      hours: item.hours,
      skills: item.skillIds.map(skillName).filter(Boolean).join(', '),
    })),
  }
}

function buildGoals(
  data: PacketSources,
  personId: string,
  period: Period,
): Pick<ReviewPacket, 'goals' | 'kpis'> {
  const goals = data.goals.filter((goal) => {
    if (goal.ownerPersonId !== personId) return false
    const range = readPeriodRange(goal.period)
    return range ? overlapsPeriod(range, period) : true
  })
  const kpiIds = new Set<string>()
  const packetGoals = goals.map((goal) => {
    const keyResults = data.keyResults.filter((kr) => kr.goalId === goal.id)
    for (const kr of keyResults) if (kr.kpiId) kpiIds.add(kr.kpiId)
    const updates = data.goalUpdates
      .filter((u) => u.goalId === goal.id && u.date <= period.end)
      .sort((a, b) => a.date.localeCompare(b.date))
    const last = updates.at(-1)
    const standing = judgeGoalStanding(
      computeRollup(data.goals, data.keyResults, updates).get(goal.id),
    )
    return {
      title: goal.title,
      period: goal.period,
      status: goal.status,
      progress: computeGoalProgress(keyResults),
      confidence: standing ? standingLabels[standing] : 'No update yet',
      keyResults: keyResults.map((kr) => ({
        title: kr.title,
        baseline: kr.baseline,
        target: kr.target,
        current: kr.current,
        unit: kr.unit,
      })),
      lastNote: last?.note ?? '',
    }
  })
  for (const m of data.kpiMeasurements) if (m.subjectId === personId) kpiIds.add(m.kpiId)
  const kpis = [...kpiIds].flatMap((kpiId) => {
    const kpi = data.kpis.find((k) => k.id === kpiId)
    if (!kpi) return []
    const points = data.kpiMeasurements
      .filter((m) => m.kpiId === kpiId && m.date >= period.start && m.date <= period.end)
      .filter((m) => kpi.scope !== 'person' || m.subjectId === personId)
      .sort((a, b) => a.date.localeCompare(b.date))
    return [
      {
        name: kpi.name,
        unit: kpi.unit,
        first: points[0]?.value ?? null,
        last: points.at(-1)?.value ?? null,
        direction: kpi.direction === 'higher-is-better' ? 'higher' : 'lower',
        points: points.length,
      },
    ]
  })
  return { goals: packetGoals, kpis }
}

function describeEvaluations(evaluations: Evaluation[], kpiName: (id: string) => string) {
  const find = <K extends Evaluation['kind']>(kind: K) =>
    evaluations
      .filter((e): e is Extract<Evaluation, { kind: K }> => e.kind === kind)
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1)
  const reaction = find('reaction')
  const learning = find('learning')
  const behaviour = find('behaviour')
  const results = find('results')
  return {
    reaction: reaction
      ? `Relevance ${reaction.relevance}/5, engagement ${reaction.engagement}/5${reaction.wouldRecommend ? ', would recommend' : ''}`
      : 'Not recorded',
    learning: learning ? `Score ${learning.scoreBefore} → ${learning.scoreAfter}` : 'Not recorded',
    behaviour: behaviour ? `Applied on the job: ${behaviour.observationRating}/5` : 'Not recorded',
    results: results
      ? `${kpiName(results.kpiId)} ${results.valueBefore} → ${results.valueAfter}`
      : 'Not recorded',
  }
}

function buildTraining(
  data: PacketSources,
  personId: string,
  period: Period,
): ReviewPacket['training'] {
  const kpiName = (id: string) => data.kpis.find((k) => k.id === id)?.name ?? 'KPI'
  return data.enrolments
    .filter(
      (e) =>
        e.personId === personId && overlapsPeriod({ start: e.startDate, end: e.endDate }, period),
    )
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .map((enrolment) => {
      const initiative = data.initiatives.find((i) => i.id === enrolment.initiativeId)
      return {
        title: initiative?.title ?? 'Training',
        format: initiative?.format ?? '',
        status: enrolment.status,
        dates: enrolment.endDate
          ? `${enrolment.startDate} to ${enrolment.endDate}`
          : `from ${enrolment.startDate}`,
        ...describeEvaluations(
          data.evaluations.filter((e) => e.enrolmentId === enrolment.id),
          kpiName,
        ),
      }
    })
}

function buildCheckins(
  data: PacketSources,
  personId: string,
  period: Period,
  includePrivateNotes: boolean,
): ReviewPacket['checkins'] {
  return data.checkins
    .filter(
      (c) =>
        c.personId === personId &&
        c.status === 'done' &&
        c.date >= period.start &&
        c.date <= period.end,
    )
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((checkin) => {
      const template = data.checkinTemplates.find((t) => t.id === checkin.templateId)
      const answers = checkin.answers
        .filter((answer) => answer.text.trim() !== '')
        .map((answer) => ({
          prompt: template?.sections.find((s) => s.id === answer.sectionId)?.prompt ?? 'Answer',
          text: answer.text,
        }))
      return {
        date: checkin.date,
        highlights: checkin.sharedNotes,
        answers,
        privateNotes:
          includePrivateNotes && checkin.privateNotes.trim() !== '' ? checkin.privateNotes : null,
      }
    })
}

function buildFeedback(
  data: PacketSources,
  personId: string,
  period: Period,
): ReviewPacket['feedback'] {
  // Answers of peer-feedback requests have their own section, which keeps anonymity.
  const entries = data.feedback
    .filter((f) => f.personId === personId && f.date >= period.start && f.date <= period.end)
    .filter((f) => !(f.source === 'peer' && f.responseId))
    .sort((a, b) => a.date.localeCompare(b.date))
  return {
    praise: entries.filter((f) => f.kind === 'praise').length,
    constructive: entries.filter((f) => f.kind === 'constructive').length,
    observation: entries.filter((f) => f.kind === 'observation').length,
    entries: entries.map((f) => ({
      date: f.date,
      kind: f.kind,
      source: f.authorName ? `${f.source} (${f.authorName})` : f.source,
      text: [f.situation, f.behaviour, f.impact].filter((part) => part.trim() !== '').join(' — '),
    })),
  }
}

function buildPeerFeedback(
  data: PacketSources,
  personId: string,
  period: Period,
): ReviewPacket['peerFeedback'] {
  const requests = new Map((data.requests ?? []).map((r) => [r.id, r]))
  const answered = (data.responses ?? []).flatMap((response) => {
    const request = requests.get(response.requestId)
    return request?.kind === 'peer-feedback' ? [{ request, response }] : []
  })
  const summary = summarizePeerFeedback({ personId, period, feedback: data.feedback, answered })
  return {
    ...summary,
    entries: summary.entries.map((entry) => ({ ...entry, date: entry.date ?? '' })),
  }
}

function buildReview(
  data: PacketSources,
  review: Review,
  scaleLabel: (level: number | null) => string,
): NonNullable<ReviewPacket['review']> {
  const rated = (rating: number | null) =>
    rating === null ? '' : `${rating} ${scaleLabel(rating)}`.trim()
  return {
    rater: review.raterName,
    state: review.state,
    overall: rated(review.overallRating),
    potential: review.potential ?? '',
    skillRatings: review.skillRatings.map((r) => ({
      name: data.skills.find((s) => s.id === r.skillId)?.name ?? r.skillId,
      rating: r.rating,
      label: scaleLabel(r.rating),
    })),
    goalRatings: review.goalRatings.map((r) => ({
      name: data.goals.find((g) => g.id === r.goalId)?.title ?? r.goalId,
      rating: r.rating,
      label: scaleLabel(r.rating),
    })),
    strengths: review.strengths,
    growthAreas: review.growthAreas,
    nextGoals: review.nextGoals,
    nineBoxNote: review.calibrationNote ?? '',
  }
}
