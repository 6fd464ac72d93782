import type { Kpi, TrainingInitiative } from '../../model'
import { addDays } from '../dates/iso-date'
import type { EnrolmentEvaluation } from './cards'
import { readAssumptions } from './roi'
import type { EvaluationCard, FourLevels } from './types'
import type { Wording } from './wording'

/**
 * What is still missing before the training can be judged: a sentence for the card and a short
 * name for the at-a-glance table ("3 surveys"), in the order of the four levels.
 */
export function listEvidenceNeeded(input: {
  kpis: ReadonlyMap<string, Kpi>
  evaluated: readonly EnrolmentEvaluation[]
  finished: readonly EnrolmentEvaluation[]
  groupInitiatives: readonly TrainingInitiative[]
  levels: FourLevels
  roi: EvaluationCard['roi']
  wording: Wording
}): Pick<EvaluationCard, 'evidenceNeeded' | 'evidenceMissing'> {
  const { finished, groupInitiatives, levels, roi } = input
  const needed: string[] = []
  const missing: string[] = []
  const add = (text: string, short: string): void => {
    needed.push(text)
    missing.push(short)
  }
  if (input.evaluated.length === 0) {
    return { evidenceNeeded: ['No one is enrolled yet.'], evidenceMissing: ['enrolments'] }
  }
  if (finished.length === 0) {
    return {
      evidenceNeeded: ['No one has finished yet: the evaluation starts once the training ends.'],
      evidenceMissing: ['a finished training'],
    }
  }
  const of = (count: number) => `${count} of ${finished.length} who finished`
  const times = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`
  const noSurvey = finished.filter((e) => e.reaction === null).length
  if (noSurvey > 0) {
    add(`Reaction survey: missing for ${of(noSurvey)}.`, times(noSurvey, 'survey'))
  }
  const noScores = finished.filter(
    (e) => e.learning?.scoreBefore == null || e.learning.scoreAfter == null,
  ).length
  if (noScores > 0) {
    add(
      `Learning scores before and after: missing for ${of(noScores)}.`,
      times(noScores, 'test score'),
    )
  }
  const hasTargets = groupInitiatives.some((initiative) => initiative.skillTargets.length > 0)
  if (hasTargets && !levels.learning?.assessed) {
    add(
      'A skill assessment after the training, to compare with the one before.',
      'skill assessment',
    )
  }
  const noObservation = finished.filter((e) => e.behaviour?.observationRating == null).length
  if (noObservation > 0) {
    add(
      `Manager observation rating: missing for ${of(noObservation)}.`,
      times(noObservation, 'observation'),
    )
  }
  if (!levels.behaviour || levels.behaviour.practisedAnswers === 0) {
    add('Check-in answers on what was put into practice after the training.', 'practice answers')
  }
  const kpiIds = new Set(groupInitiatives.flatMap((i) => (i.kpiId === null ? [] : [i.kpiId])))
  if (kpiIds.size === 0) {
    add('A KPI linked to the training (outcome, KPI, target change), for level 4.', 'a linked KPI')
  } else {
    for (const kpiId of kpiIds) {
      const kpi = input.kpis.get(kpiId)
      const result = levels.results?.find((r) => r.kpiId === kpiId)
      if (!result) {
        add(
          `${kpi?.name ?? 'KPI'} measurements before the start and after the end.`,
          `${kpi?.name ?? 'KPI'} values`,
        )
      } else if (result.isAfterWindowOpen) {
        const lastEnd = finished.reduce(
          (latest, e) => (e.enrolment.endDate! > latest ? e.enrolment.endDate! : latest),
          '',
        )
        const windowDays = Math.max(
          ...groupInitiatives.map((i) => readAssumptions(i).windowAfterDays),
        )
        const until = input.wording.date(result.afterWindowEnds ?? addDays(lastEnd, windowDays))
        add(
          `${result.kpiName}: the after window is still open (until ${until}).`,
          `${result.kpiName} until ${until}`,
        )
      }
    }
  }
  if (roi.status === 'no-value') {
    add(
      `What one unit of ${roi.unvalued.join(', ')} is worth a month, for the ROI.`,
      'value per unit',
    )
  }
  return { evidenceNeeded: needed, evidenceMissing: missing }
}
