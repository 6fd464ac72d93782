import type { Enrolment, Kpi, TrainingInitiative } from '../../model'
import {
  evaluateBehaviour,
  evaluateLearning,
  evaluateReaction,
  rollUpBehaviour,
  rollUpLearning,
  rollUpReaction,
  type EnrolmentBehaviour,
  type EnrolmentLearning,
  type EnrolmentReaction,
} from './levels'
import { listEvidenceNeeded } from './evidence-needed'
import { computeRetention } from './retention'
import {
  evaluateEnrolmentResult,
  indexMeasurements,
  rollUpResults,
  type EnrolmentResult,
  type MeasurementIndex,
} from './results'
import { computeCost, computeRoi, readAssumptions } from './roi'
import type { EvaluationCard, EvaluationData, FourLevels } from './types'
import { createWording, type Wording } from './wording'

export interface EnrolmentEvaluation {
  enrolment: Enrolment
  reaction: EnrolmentReaction | null
  learning: EnrolmentLearning | null
  behaviour: EnrolmentBehaviour | null
  result: EnrolmentResult | null
}

/** `locale` undefined = the user's; tests pass one so the sentences are stable. */
export interface EvaluationOptions {
  locale?: string
}

interface Context {
  data: EvaluationData
  today: string
  wording: Wording
  initiatives: Map<string, TrainingInitiative>
  kpis: Map<string, Kpi>
  index: MeasurementIndex
  byPerson: {
    assessments: Map<string, EvaluationData['assessments']>
    checkins: Map<string, EvaluationData['checkins']>
    feedback: Map<string, EvaluationData['feedback']>
  }
}

function groupByPerson<T extends { personId: string }>(records: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const record of records) {
    const list = map.get(record.personId)
    if (list) list.push(record)
    else map.set(record.personId, [record])
  }
  return map
}

function createContext(data: EvaluationData, today: string, options: EvaluationOptions): Context {
  return {
    wording: createWording(data.settings.currency, options.locale),
    byPerson: {
      assessments: groupByPerson(data.assessments),
      checkins: groupByPerson(data.checkins),
      feedback: groupByPerson(data.feedback),
    },
    data,
    today,
    initiatives: new Map(data.initiatives.map((initiative) => [initiative.id, initiative])),
    kpis: new Map(data.kpis.map((kpi) => [kpi.id, kpi])),
    index: indexMeasurements(data.kpiMeasurements),
  }
}

function evaluateEnrolments(
  context: Context,
  enrolments: readonly Enrolment[],
): EnrolmentEvaluation[] {
  const { data, today } = context
  const people = new Map(data.people.map((person) => [person.id, person]))
  const enrolledPersonIds = new Set(enrolments.map((enrolment) => enrolment.personId))
  const evaluated: EnrolmentEvaluation[] = []
  for (const enrolment of enrolments) {
    const initiative = context.initiatives.get(enrolment.initiativeId)
    if (!initiative || enrolment.status === 'withdrawn') continue
    evaluated.push({
      enrolment,
      reaction: evaluateReaction(enrolment, data.evaluations),
      learning: evaluateLearning({
        enrolment,
        initiative,
        evaluations: data.evaluations,
        assessments: context.byPerson.assessments.get(enrolment.personId) ?? [],
        matrixSource: data.settings.matrixSource,
        today,
      }),
      behaviour: evaluateBehaviour({
        enrolment,
        initiative,
        evaluations: data.evaluations,
        checkins: context.byPerson.checkins.get(enrolment.personId) ?? [],
        feedback: context.byPerson.feedback.get(enrolment.personId) ?? [],
        planItems: data.planItems,
        today,
      }),
      result: evaluateEnrolmentResult({
        enrolment,
        initiative,
        kpi: initiative.kpiId === null ? undefined : context.kpis.get(initiative.kpiId),
        person: people.get(enrolment.personId),
        index: context.index,
        evaluations: data.evaluations,
        enrolledPersonIds,
        today,
      }),
    })
  }
  return evaluated
}

/** Every enrolment of the initiative with its four levels: what the recording table shows. */
export function evaluateInitiativeEnrolments(
  data: EvaluationData,
  initiativeId: string,
  today: string,
): EnrolmentEvaluation[] {
  const context = createContext(data, today, {})
  return evaluateEnrolments(
    context,
    data.enrolments.filter((enrolment) => enrolment.initiativeId === initiativeId),
  )
}

function buildCard(
  context: Context,
  card: Pick<EvaluationCard, 'kind' | 'id' | 'title'>,
  enrolments: readonly Enrolment[],
  groupInitiatives: readonly TrainingInitiative[],
): EvaluationCard {
  const { data, today } = context
  const evaluated = evaluateEnrolments(context, enrolments)
  const resultsList = evaluated.flatMap((e) => (e.result ? [e.result] : []))
  const firstWith = <T>(pick: (initiative: TrainingInitiative) => T | null, kpiId: string) =>
    groupInitiatives
      .filter((initiative) => initiative.kpiId === kpiId)
      .map(pick)
      .find((value) => value !== null) ?? null
  const results = rollUpResults(resultsList, context.kpis, (kpiId) =>
    firstWith((initiative) => initiative.targetChange, kpiId),
  )
  const levels: FourLevels = {
    reaction: rollUpReaction(evaluated.map((e) => e.reaction)),
    learning: rollUpLearning(evaluated.map((e) => e.learning)),
    behaviour: rollUpBehaviour(evaluated.map((e) => e.behaviour)),
    results: results.length > 0 ? results : null,
  }
  const cost = computeCost(enrolments, context.initiatives, data.settings.hourlyCost)
  const finished = evaluated.filter(
    (e) => e.enrolment.endDate !== null && e.enrolment.endDate < today,
  )
  const kpiIds = [...new Set(groupInitiatives.flatMap((i) => (i.kpiId === null ? [] : [i.kpiId])))]
  const roi = computeRoi({
    cost,
    results: levels.results,
    // A campaign takes each KPI's assumptions from the first of its trainings that values it.
    assumptionsOf: (kpiId) =>
      firstWith((initiative) => {
        const assumptions = readAssumptions(initiative)
        return assumptions.valuePerUnit === null ? null : assumptions
      }, kpiId),
    situation: {
      participants: evaluated.length,
      finished: finished.length,
      kpiNames: kpiIds.map((id) => context.kpis.get(id)?.name ?? 'the KPI'),
      today,
      wording: context.wording,
    },
  })
  return {
    ...card,
    enrolments: enrolments.length,
    completed: enrolments.filter((enrolment) => enrolment.status === 'completed').length,
    withdrawn: enrolments.filter((enrolment) => enrolment.status === 'withdrawn').length,
    levels,
    roi,
    retention: computeRetention({ enrolments, people: data.people, leavers: data.leavers, today }),
    ...listEvidenceNeeded({
      kpis: context.kpis,
      evaluated,
      finished,
      groupInitiatives,
      levels,
      roi,
      wording: context.wording,
    }),
  }
}

/** One card per training initiative, with its four levels, ROI, retention and evidence needed. */
export function evaluateInitiatives(
  data: EvaluationData,
  today: string,
  options: EvaluationOptions = {},
): EvaluationCard[] {
  const context = createContext(data, today, options)
  return data.initiatives
    .map((initiative) =>
      buildCard(
        context,
        { kind: 'initiative', id: initiative.id, title: initiative.title },
        data.enrolments.filter((enrolment) => enrolment.initiativeId === initiative.id),
        [initiative],
      ),
    )
    .sort((a, b) => b.enrolments - a.enrolments || a.title.localeCompare(b.title))
}

/** One card per campaign: its enrolments across its steps, with its trainings' assumptions. */
export function evaluateCampaigns(
  data: EvaluationData,
  today: string,
  options: EvaluationOptions = {},
): EvaluationCard[] {
  const context = createContext(data, today, options)
  return data.campaigns.map((campaign) => {
    const initiativeIds = new Set(campaign.steps.map((step) => step.initiativeId))
    return buildCard(
      context,
      { kind: 'campaign', id: campaign.id, title: campaign.name },
      data.enrolments.filter((enrolment) => enrolment.campaignId === campaign.id),
      data.initiatives.filter((initiative) => initiativeIds.has(initiative.id)),
    )
  })
}
