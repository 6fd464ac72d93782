import { addDays } from '../dates/iso-date'
import { listActionItems } from './action-items'
import { listCertificationItems } from './certification-items'
import { listCheckinItems } from './checkin-items'
import { createAgendaContext } from './context'
import { listGoalUpdateItems, listQuarterReviewItems } from './goal-items'
import { listRequestItems } from './request-items'
import { listReviewDeadlineItems } from './review-items'
import { listTrainingResultItems } from './training-items'
import { agendaKinds, type AgendaInput, type AgendaItem } from './types'

export const defaultHorizonDays = 30

const kindOrder = new Map(agendaKinds.map((kind, index) => [kind, index]))
const titleCollator = new Intl.Collator('en')

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** By date, then kind (in `agendaKinds` order), then title, then id. */
export function compareAgendaItems(a: AgendaItem, b: AgendaItem): number {
  return (
    compareText(a.date, b.date) ||
    kindOrder.get(a.kind)! - kindOrder.get(b.kind)! ||
    titleCollator.compare(a.title, b.title) ||
    compareText(a.id, b.id)
  )
}

/**
 * Everything a manager has due: overdue, due today, and upcoming within the horizon (30 days
 * unless `input.horizonDays` says otherwise), for active people only. Each table is read once
 * and indexed by id where another needs it, so 200 people with years of history stay fast.
 */
export function buildAgenda(input: AgendaInput, today: string): AgendaItem[] {
  const horizonDays = input.horizonDays ?? defaultHorizonDays
  const until = addDays(today, horizonDays)
  const context = createAgendaContext(input.people, today)
  const items = [
    ...listCheckinItems(input, context),
    ...listActionItems(input, context),
    ...listGoalUpdateItems(input, context),
    ...listQuarterReviewItems(input, context),
    ...listReviewDeadlineItems(input, context, horizonDays),
    ...listRequestItems(input, context),
    ...listTrainingResultItems(input, context),
    ...listCertificationItems(input, context),
  ]
  return items.filter((item) => item.date <= until).sort(compareAgendaItems)
}
