import type { AgendaMark } from '../../model'
import { buildAgenda } from './build-agenda'
import { applyMarks } from './marks'
import type { AgendaInput, AgendaItem } from './types'

/** The agenda as the manager sees it today: built, then without what is done or snoozed. */
export function buildShownAgenda(
  input: AgendaInput,
  marks: readonly AgendaMark[],
  today: string,
): { items: AgendaItem[]; hidden: number } {
  const all = buildAgenda(input, today)
  const items = applyMarks(all, marks, today)
  return { items, hidden: all.length - items.length }
}
