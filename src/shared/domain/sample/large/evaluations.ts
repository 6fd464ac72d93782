import type { Evaluation } from '../../../model'
import { addDays } from '../dates'
import { toTeamId } from './org-spec'
import type { MeasurementIndex } from './kpis'
import { toKpiId, largeKpiSpecs } from './kpi-specs'
import type { LevelBook } from './levels'
import { isOnStaff, jobAt } from './timeline'
import type { LargeEnrolment } from './training'
import type { LargeContext } from './types'

const testedFormats = new Set([
  'course',
  'workshop',
  'simulation',
  'role-play',
  'mentoring',
  'microlearning',
])

const reactionNotes = {
  good: [
    'Practical from the first hour; would like a follow-up in three months.',
    'Straight away useful on the job.',
    'Best part was practising on our own equipment.',
    'Good pace, real examples from our customers.',
    '',
    '',
  ],
  mixed: [
    'Useful, but too much theory for one sitting.',
    'Needed it, but it ran over into the shift.',
    'Dry topic; the examples helped.',
  ],
}

const behaviourNotes = {
  grew: [
    'Seen doing it unprompted on the job.',
    'Applied in check-ins and confirmed by a colleague.',
    'Uses it every week now.',
  ],
  flat: [
    'Tried it twice, then slipped back under pressure.',
    'Not much chance to apply it yet: the rota kept them off it.',
    'Applies it when reminded.',
  ],
}

/** The four Kirkpatrick levels for finished trainings: reaction, learning, behaviour, results. */
export function createEvaluations(
  context: LargeContext,
  enrolments: LargeEnrolment[],
  index: MeasurementIndex,
  levels: LevelBook,
): Evaluation[] {
  const rng = context.rng.fork('evaluations')
  const evaluations: Evaluation[] = []
  const scopes = new Map(largeKpiSpecs.map((k) => [toKpiId(k.key), k.scope]))
  for (const enrolment of enrolments) {
    const { record, spec, person } = enrolment
    const end = record.endDate
    if (record.status !== 'completed' || end === null) continue
    const base = { enrolmentId: record.id }
    const suffix = record.id.replace('enrol-', '')
    const isTraineeHere = (date: string): boolean =>
      date <= context.today && isOnStaff(person, date)
    if (rng.roll(0.85)) {
      const isMixed = rng.roll(['lunch-and-learn', 'self-study'].includes(spec.format) ? 0.4 : 0.15)
      const relevance = isMixed ? rng.nextInt(3, 4) : rng.nextInt(4, 5)
      const engagement = isMixed ? rng.nextInt(2, 4) : rng.nextInt(3, 5)
      const date = addDays(end, rng.nextInt(0, 3))
      if (isTraineeHere(date)) {
        evaluations.push({
          id: `eval-${suffix}-reaction`,
          ...base,
          date,
          note: rng.pick(isMixed ? reactionNotes.mixed : reactionNotes.good),
          kind: 'reaction',
          relevance,
          engagement,
          wouldRecommend: relevance + engagement >= 7,
        })
      }
    }
    if (testedFormats.has(spec.format) && rng.roll(0.6)) {
      const before = rng.nextInt(28, 60)
      evaluations.push({
        id: `eval-${suffix}-learning`,
        ...base,
        date: end,
        note: 'Same short test before and after.',
        kind: 'learning',
        scoreBefore: before,
        scoreAfter: Math.min(100, before + rng.nextInt(8, 38)),
      })
    }
    const skill = enrolment.skills[0]
    const observedOn = addDays(end, rng.nextInt(55, 90))
    if (skill !== undefined && isTraineeHere(observedOn) && rng.roll(0.55)) {
      const was = levels.levelAt(person.id, skill, record.startDate) ?? 0
      const now = levels.levelAt(person.id, skill, observedOn) ?? was
      const grew = now > was
      evaluations.push({
        id: `eval-${suffix}-behaviour`,
        ...base,
        date: observedOn,
        note: rng.pick(grew ? behaviourNotes.grew : behaviourNotes.flat),
        kind: 'behaviour',
        observationRating: grew ? rng.nextInt(4, 5) : rng.nextInt(2, 3),
      })
    }
    const kpiId = spec.kpiKey === null ? null : toKpiId(spec.kpiKey)
    const scope = kpiId === null ? undefined : scopes.get(kpiId)
    const measuredOn = addDays(end, 120)
    if (kpiId === null || scope === undefined || measuredOn > context.today || !rng.roll(0.8))
      continue
    const subjectId =
      scope === 'company'
        ? null
        : scope === 'person'
          ? person.id
          : toTeamId(jobAt(person, end).team)
    const valueBefore = index.average(
      kpiId,
      subjectId,
      addDays(record.startDate, -120),
      addDays(record.startDate, -1),
    )
    const valueAfter = index.average(kpiId, subjectId, addDays(end, 14), measuredOn)
    if (valueBefore === null || valueAfter === null) continue
    evaluations.push({
      id: `eval-${suffix}-results`,
      ...base,
      date: measuredOn,
      note: 'Average of the four months before the start vs the same span after the end (first two weeks left out).',
      kind: 'results',
      kpiId,
      valueBefore,
      valueAfter,
    })
  }
  return evaluations
}
