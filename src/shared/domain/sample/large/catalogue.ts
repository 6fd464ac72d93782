import type { LearningFormat, TrainingInitiative } from '../../../model'
import { toSkillId } from '../catalogue'
import { findSampleAssumptions } from '../roi-assumptions'
import { initiativeSpecs, toInitiativeId, type InitiativeSpec } from '../training-catalogue'
import { extraInitiativeSpecs } from './initiative-specs'
import { largeKpiSpecs, toKpiId } from './kpi-specs'
import { displayNameOf } from './people-records'
import { mentionsSampleName } from './stories'
import { isActiveToday } from './timeline'
import type { LargeContext } from './types'

/** The sample's internal trainers, by the team whose lead now runs the training. */
const handleTeams: Record<string, string> = {
  darragh: 'hub',
  aoife: 'quality',
  tomas: 'roastery',
  sinead: 'care',
}

export const largeInitiativeSpecs: InitiativeSpec[] = [...initiativeSpecs, ...extraInitiativeSpecs]

/** Days from the first session to the last, by format. */
export const formatDays: Record<LearningFormat, number> = {
  course: 2,
  workshop: 1,
  simulation: 1,
  'on-the-job-coaching': 35,
  mentoring: 49,
  'peer-coaching-circle': 56,
  'role-play': 14,
  microlearning: 28,
  'lunch-and-learn': 0,
  'dedicated-learning-time': 56,
  'self-study': 30,
  conference: 2,
  other: 7,
}

export function findLargeInitiative(key: string): InitiativeSpec {
  const spec = largeInitiativeSpecs.find((s) => s.key === key)
  if (!spec) throw new Error(`Unknown large-sample initiative "${key}"`)
  return spec
}

/** The catalogue: the sample's trainings and the grown company's, with today's leads as trainers. */
export function createInitiatives(context: LargeContext): TrainingInitiative[] {
  const kpiKeys = new Set(largeKpiSpecs.map((k) => k.key))
  const leads = new Map<string, { id: string; name: string; givenName: string }>()
  for (const person of context.people) {
    if (person.job.role === 'team-lead' && isActiveToday(person)) {
      leads.set(person.job.team, {
        id: person.id,
        name: displayNameOf(person),
        givenName: person.givenName,
      })
    }
  }
  return largeInitiativeSpecs.map((spec): TrainingInitiative => {
    const team =
      spec.provider.handle === null
        ? null
        : (handleTeams[spec.provider.handle] ?? spec.provider.handle)
    const trainer = team === null ? undefined : leads.get(team)
    const isPersonal = spec.provider.kind === 'internal' && trainer !== undefined
    const assumptions = findSampleAssumptions(spec.key)
    return {
      id: toInitiativeId(spec.key),
      title: spec.title,
      description: replaceNames(spec.description, trainer?.givenName ?? 'our trainer'),
      format: spec.format,
      provider: {
        kind: spec.provider.kind,
        personId: isPersonal ? trainer.id : null,
        name: isPersonal
          ? trainer.name
          : mentionsSampleName(spec.provider.name)
            ? ''
            : spec.provider.name,
      },
      cost: spec.cost,
      hours: spec.hours,
      skillTargets: spec.skillTargets.map(([skill, targetLevel]) => ({
        skillId: toSkillId(skill),
        targetLevel,
      })),
      learningOutcome: replaceNames(spec.learningOutcome, 'the trainer'),
      kpiId: spec.kpiKey !== null && kpiKeys.has(spec.kpiKey) ? toKpiId(spec.kpiKey) : null,
      targetChange: spec.kpiKey !== null && kpiKeys.has(spec.kpiKey) ? spec.targetChange : null,
      measurementMethod: spec.measurementMethod,
      evaluationAssumptions: {
        ...assumptions,
        note: assumptions.note
          .split(/(?<=\.) /)
          .filter((sentence) => !mentionsSampleName(sentence))
          .join(' '),
      },
    }
  })
}

/** The sample's people named in a description become whoever runs the training now. */
function replaceNames(text: string, name: string): string {
  if (!mentionsSampleName(text)) return text
  return text
    .split(' ')
    .map((word) => (mentionsSampleName(word) ? word.replace(/^[^\s,.:;'’]+/u, name) : word))
    .join(' ')
}
