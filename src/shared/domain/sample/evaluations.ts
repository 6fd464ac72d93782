import type { Evaluation, KpiMeasurement } from '../../model'
import type { SampleContext } from './context'
import { addDays } from './dates'
import { averageMeasurements, isMonthlyKpi } from './kpis'
import type { LevelModel } from './levels'
import type { SampleEnrolment } from './training'

const testedFormats = [
  'course',
  'workshop',
  'simulation',
  'role-play',
  'mentoring',
  'microlearning',
]

const reactionNotes = {
  good: [
    'Practical from the first hour; would like a follow-up session in three months.',
    'Straight away useful on the floor.',
    'Best part was practising on our own equipment.',
    'Good pace, real examples from our customers.',
    '',
  ],
  mixed: [
    'Useful, but too much theory for one sitting.',
    'Needed it, but the session ran over into the late shift.',
    'Dry topic; the examples helped.',
  ],
}

export function createEvaluations(
  context: SampleContext,
  enrolments: SampleEnrolment[],
  measurements: KpiMeasurement[],
  levels: LevelModel,
): Evaluation[] {
  const rng = context.rng.fork('evaluations')
  const evaluations: Evaluation[] = []
  for (const enrolment of enrolments) {
    const { record, spec, person } = enrolment
    const end = record.endDate
    if (record.status !== 'completed' || end === null) continue
    const base = { enrolmentId: record.id }
    const suffix = record.id.replace('enrol-', '')
    if (rng.roll(0.85)) {
      const isMixed = rng.roll(
        spec.format === 'lunch-and-learn' || spec.format === 'self-study' ? 0.4 : 0.15,
      )
      const relevance = isMixed ? rng.nextInt(3, 4) : rng.nextInt(4, 5)
      const engagement = isMixed ? rng.nextInt(2, 4) : rng.nextInt(3, 5)
      evaluations.push({
        id: `eval-${suffix}-reaction`,
        ...base,
        date: addDays(end, rng.nextInt(0, 3)),
        note: rng.pick(isMixed ? reactionNotes.mixed : reactionNotes.good),
        kind: 'reaction',
        relevance,
        engagement,
        wouldRecommend: relevance + engagement >= 7,
      })
    }
    if (testedFormats.includes(spec.format) && rng.roll(0.7)) {
      const before = rng.nextInt(28, 60)
      evaluations.push({
        id: `eval-${suffix}-learning`,
        ...base,
        date: end,
        note:
          spec.format === 'mentoring'
            ? 'Profile exercise scored by the mentor at start and end.'
            : 'Same short test before and after.',
        kind: 'learning',
        scoreBefore: before,
        scoreAfter: Math.min(100, before + rng.nextInt(12, 36)),
      })
    }
    const [skill] = spec.skillTargets[0] ?? []
    const observedOn = addDays(end, rng.nextInt(55, 90))
    if (skill !== undefined && observedOn <= context.today && rng.roll(0.65)) {
      const grew =
        levels.findLevel(person, skill, observedOn) >
        levels.findLevel(person, skill, record.startDate)
      const rating = grew ? rng.nextInt(4, 5) : rng.nextInt(2, 3)
      evaluations.push({
        id: `eval-${suffix}-behaviour`,
        ...base,
        date: observedOn,
        note: grew
          ? rng.pick([
              'Seen doing it unprompted on the floor.',
              'Applied in check-ins and confirmed by a colleague.',
              'Uses it every week now.',
            ])
          : rng.pick([
              'Tried it twice, then slipped back under pressure.',
              'Not much chance to apply it yet: the rota kept them off it.',
              'Applies it when reminded.',
            ]),
        kind: 'behaviour',
        observationRating: rating,
      })
    }
    const kpiId = spec.kpiKey === null ? null : `kpi-${spec.kpiKey}`
    // Monthly KPIs need a longer window to hold more than two or three values.
    const windowDays = kpiId !== null && isMonthlyKpi(kpiId) ? 120 : 84
    const measuredOn = addDays(end, windowDays)
    if (kpiId !== null && measuredOn <= context.today && rng.roll(0.8)) {
      const subjects = [
        ...new Set(measurements.filter((m) => m.kpiId === kpiId).map((m) => m.subjectId)),
      ]
      const subjectId = subjects.includes(person.id) ? person.id : (subjects[0] ?? null)
      const valueBefore = averageMeasurements(
        measurements,
        kpiId,
        subjectId,
        addDays(record.startDate, -windowDays),
        addDays(record.startDate, -1),
      )
      const valueAfter = averageMeasurements(
        measurements,
        kpiId,
        subjectId,
        addDays(end, 14),
        measuredOn,
      )
      if (valueBefore !== null && valueAfter !== null) {
        evaluations.push({
          id: `eval-${suffix}-results`,
          ...base,
          date: measuredOn,
          note: `Average of the ${windowDays / 7 > 12 ? 'four months' : '12 weeks'} before the start vs the same span after the end (first two weeks left out).`,
          kind: 'results',
          kpiId,
          valueBefore,
          valueAfter,
        })
      }
    }
  }
  return evaluations
}
