import type { Kpi, TrainingInitiative } from '../../model'
import { addDays } from '../dates/iso-date'
import { createItem, formatDay, type AgendaContext } from './context'
import type { AgendaInput, AgendaItem } from './types'

/** A finished training with a KPI is due its results (Kirkpatrick level 4) this long after it ends. */
export const resultsDueDays = 90

export function listTrainingResultItems(
  input: Pick<AgendaInput, 'enrolments' | 'initiatives' | 'evaluations' | 'kpis'>,
  context: AgendaContext,
): AgendaItem[] {
  const { today } = context
  const initiatives = new Map<string, TrainingInitiative>()
  for (const initiative of input.initiatives) initiatives.set(initiative.id, initiative)
  const kpis = new Map<string, Kpi>()
  for (const kpi of input.kpis) kpis.set(kpi.id, kpi)
  const withResults = new Set<string>()
  for (const evaluation of input.evaluations) {
    if (evaluation.kind === 'results') withResults.add(evaluation.enrolmentId)
  }
  const items: AgendaItem[] = []
  for (const enrolment of input.enrolments) {
    if (enrolment.status !== 'completed' || enrolment.endDate === null) continue
    if (withResults.has(enrolment.id)) continue
    const person = context.active.get(enrolment.personId)
    const initiative = initiatives.get(enrolment.initiativeId)
    if (!person || !initiative || initiative.kpiId === null) continue
    const kpiName = kpis.get(initiative.kpiId)?.name ?? 'its KPI'
    const date = addDays(enrolment.endDate, resultsDueDays)
    items.push(
      createItem(
        {
          id: `training-results:${enrolment.id}`,
          kind: 'training-results',
          date,
          personId: person.id,
          title: `Results of ${initiative.title} for ${person.displayName}`,
          why: `${person.displayName} finished it on ${formatDay(enrolment.endDate)}; ${resultsDueDays} days on, compare ${kpiName} before and after to see what it changed.`,
          action: { route: '/evaluation', label: 'Record results' },
        },
        today,
      ),
    )
  }
  return items
}
