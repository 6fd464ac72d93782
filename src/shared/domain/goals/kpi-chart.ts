import type {
  Enrolment,
  Goal,
  KeyResult,
  Kpi,
  KpiMeasurement,
  Person,
  TrainingInitiative,
} from '../../model'
import { getPeriodBounds } from './periods'

export interface KpiTargetLine {
  label: string
  value: number
  start: string
  end: string
}

export interface KpiTrainingMark {
  date: string
  label: string
}

export interface KpiChartModel {
  points: Array<{ date: string; value: number }>
  targets: KpiTargetLine[]
  trainings: KpiTrainingMark[]
}

/**
 * What a KPI's chart shows for one subject (a team, a person, or null for the company):
 * its measurements by date; the targets of key results linked to the KPI (over their goal's
 * period, up to the due date), for goals of that subject; and the training dates (enrolment
 * end, or start while not finished) of initiatives linked to the KPI, for the people of that
 * subject, one mark per initiative and date.
 */
export function buildKpiChart(input: {
  kpi: Kpi
  subjectId: string | null
  measurements: readonly KpiMeasurement[]
  goals: readonly Goal[]
  keyResults: readonly KeyResult[]
  initiatives: readonly TrainingInitiative[]
  enrolments: readonly Enrolment[]
  people: readonly Person[]
  fiscalStartMonth: number
}): KpiChartModel {
  const { kpi, subjectId } = input
  const points = input.measurements
    .filter((m) => m.kpiId === kpi.id && m.subjectId === subjectId)
    .map((m) => ({ date: m.date, value: m.value }))
    .sort((a, b) => a.date.localeCompare(b.date))
  const goals = new Map(input.goals.map((goal) => [goal.id, goal]))
  const targets: KpiTargetLine[] = []
  for (const kr of input.keyResults) {
    if (kr.kpiId !== kpi.id) continue
    const goal = goals.get(kr.goalId)
    if (!goal || goal.status === 'dropped') continue
    const belongs =
      kpi.scope === 'company' ||
      subjectId === null ||
      goal.level === 'company' ||
      goal.teamId === subjectId ||
      goal.ownerPersonId === subjectId
    if (!belongs) continue
    const bounds = getPeriodBounds(goal.period, input.fiscalStartMonth)
    const end = goal.dueDate ?? bounds?.end
    if (!bounds || !end) continue
    targets.push({
      label: `${goal.period}: ${kr.title}`,
      value: kr.target,
      start: bounds.start,
      end,
    })
  }
  const teamOf = new Map(input.people.map((person) => [person.id, person.teamId]))
  const linked = new Map(
    input.initiatives.filter((item) => item.kpiId === kpi.id).map((item) => [item.id, item]),
  )
  const marks = new Map<string, { date: string; title: string; people: number }>()
  for (const enrolment of input.enrolments) {
    const initiative = linked.get(enrolment.initiativeId)
    if (!initiative || enrolment.status === 'withdrawn') continue
    const matches =
      subjectId === null ||
      kpi.scope === 'company' ||
      enrolment.personId === subjectId ||
      teamOf.get(enrolment.personId) === subjectId
    if (!matches) continue
    const date =
      enrolment.status === 'completed' && enrolment.endDate
        ? enrolment.endDate
        : enrolment.startDate
    const key = `${initiative.id}|${date}`
    const mark = marks.get(key) ?? { date, title: initiative.title, people: 0 }
    mark.people += 1
    marks.set(key, mark)
  }
  const trainings = [...marks.values()]
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title))
    .map((mark) => ({
      date: mark.date,
      label: `${mark.title}${mark.people > 1 ? ` (${mark.people} people)` : ''}`,
    }))
  return { points, targets, trainings }
}

/** A short text version of the chart for screen readers and the chart's caption. */
export function describeKpiChart(model: KpiChartModel, kpi: Kpi, subjectName: string): string {
  const unit = kpi.unit ? ` ${kpi.unit}` : ''
  if (model.points.length === 0) return `${kpi.name} for ${subjectName}: no measurements yet.`
  const first = model.points[0]!
  const last = model.points[model.points.length - 1]!
  const values = model.points.map((point) => point.value)
  const parts = [
    `${kpi.name} for ${subjectName}: ${model.points.length} measurements from ${first.date} (${first.value}${unit}) to ${last.date} (${last.value}${unit}), lowest ${Math.min(...values)}, highest ${Math.max(...values)}; ${kpi.direction === 'higher-is-better' ? 'higher' : 'lower'} is better.`,
  ]
  if (model.targets.length > 0)
    parts.push(
      `Targets: ${model.targets.map((t) => `${t.value}${unit} by ${t.end} (${t.label})`).join('; ')}.`,
    )
  if (model.trainings.length > 0)
    parts.push(`Training: ${model.trainings.map((t) => `${t.date} ${t.label}`).join('; ')}.`)
  return parts.join(' ')
}
