import type { Enrolment, Kpi, Person, Skill, TrainingInitiative } from '../../model'
import { formatLabels, providerLabels } from './labels'

export interface AccountabilityRow {
  initiativeId: string
  initiative: string
  format: string
  provider: string
  skills: string
  learningOutcome: string
  kpi: string
  targetChange: string
  measurementMethod: string
  cost: number
  hours: number
  enrolled: number
  completed: number
  /** The line is complete: an outcome, a KPI, a target change and a method. */
  isComplete: boolean
}

export function describeProvider(
  initiative: Pick<TrainingInitiative, 'provider'>,
  people: ReadonlyMap<string, Pick<Person, 'displayName'>>,
): string {
  const { kind, personId, name } = initiative.provider
  const who =
    kind === 'internal' && personId ? (people.get(personId)?.displayName ?? name) : name.trim()
  return who ? `${providerLabels[kind]}: ${who}` : providerLabels[kind]
}

export function formatTargetChange(change: number | null, kpi: Kpi | undefined): string {
  if (change === null) return ''
  const sign = change > 0 ? '+' : ''
  const unit = kpi?.unit ? ` ${kpi.unit}` : ''
  return `${sign}${change}${unit}`
}

/** The initiative -> outcome -> KPI -> measurement line of every initiative, by title. */
export function buildAccountabilityRows(input: {
  initiatives: readonly TrainingInitiative[]
  kpis: readonly Kpi[]
  skills: readonly Skill[]
  people: readonly Person[]
  enrolments: readonly Enrolment[]
}): AccountabilityRow[] {
  const kpis = new Map(input.kpis.map((kpi) => [kpi.id, kpi]))
  const skills = new Map(input.skills.map((skill) => [skill.id, skill.name]))
  const people = new Map(input.people.map((person) => [person.id, person]))
  return [...input.initiatives]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((initiative) => {
      const kpi = initiative.kpiId ? kpis.get(initiative.kpiId) : undefined
      const own = input.enrolments.filter((e) => e.initiativeId === initiative.id)
      return {
        initiativeId: initiative.id,
        initiative: initiative.title,
        format: formatLabels[initiative.format],
        provider: describeProvider(initiative, people),
        skills: initiative.skillTargets
          .map((t) => `${skills.get(t.skillId) ?? t.skillId} → ${t.targetLevel}`)
          .join('; '),
        learningOutcome: initiative.learningOutcome,
        kpi: kpi?.name ?? '',
        targetChange: formatTargetChange(initiative.targetChange, kpi),
        measurementMethod: initiative.measurementMethod,
        cost: initiative.cost,
        hours: initiative.hours,
        enrolled: own.filter((e) => e.status !== 'withdrawn').length,
        completed: own.filter((e) => e.status === 'completed').length,
        isComplete:
          initiative.learningOutcome.trim() !== '' &&
          kpi !== undefined &&
          initiative.targetChange !== null &&
          initiative.measurementMethod.trim() !== '',
      }
    })
}

export const accountabilityCsvHeader = [
  'Initiative',
  'Format',
  'Provider',
  'Skills (target level)',
  'Learning outcome',
  'KPI',
  'Target change',
  'Measurement method',
  'Cost',
  'Hours',
  'Enrolled',
  'Completed',
]

export function buildAccountabilityCsvRows(rows: readonly AccountabilityRow[]): string[][] {
  return [
    accountabilityCsvHeader,
    ...rows.map((row) => [
      row.initiative,
      row.format,
      row.provider,
      row.skills,
      row.learningOutcome,
      row.kpi,
      row.targetChange,
      row.measurementMethod,
      String(row.cost),
      String(row.hours),
      String(row.enrolled),
      String(row.completed),
    ]),
  ]
}
