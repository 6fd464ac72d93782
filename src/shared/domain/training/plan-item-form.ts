import type { PlanItem, TrainingInitiative } from '../../model'
import {
  findEffortProblem,
  findPlanDatesProblem,
  parseAmount,
  type FieldProblem,
} from './form-checks'

/** A plan item as its form edits it: numbers as typed, no due date as "". */
export interface PlanItemDraft {
  kind: PlanItem['kind']
  /** The initiative to enrol in (a new enrolment item only). */
  initiativeId: string
  title: string
  startDate: string
  dueDate: string
  hours: string
  cost: string
  skillIds: string[]
}

export type PlanItemField =
  'kind' | 'initiativeId' | 'title' | 'startDate' | 'dueDate' | 'hours' | 'cost' | 'skillIds'

/** An item to edit, or a new free-form activity from today to the end of the plan's period. */
export function toPlanItemDraft(
  item: PlanItem | null,
  defaults: { today: string; periodEnd: string | null },
): PlanItemDraft {
  if (!item) {
    return {
      kind: 'activity',
      initiativeId: '',
      title: '',
      startDate: defaults.today,
      dueDate: defaults.periodEnd ?? '',
      hours: '4',
      cost: '0',
      skillIds: [],
    }
  }
  // An item without a due date keeps none: the period's end is only a new item's default.
  return {
    kind: item.kind,
    initiativeId: '',
    title: item.title,
    startDate: item.startDate ?? defaults.today,
    dueDate: item.dueDate ?? '',
    hours: String(item.hours),
    cost: String(item.cost),
    skillIds: [...item.skillIds],
  }
}

/** Choosing an initiative to enrol in takes its title, hours and cost, to adjust if need be. */
export function choosePlanItemInitiative(
  draft: PlanItemDraft,
  initiative: Pick<TrainingInitiative, 'id' | 'title' | 'hours' | 'cost'> | undefined,
): PlanItemDraft {
  if (!initiative) return { ...draft, initiativeId: '' }
  return {
    ...draft,
    initiativeId: initiative.id,
    title: initiative.title,
    hours: String(initiative.hours),
    cost: String(initiative.cost),
  }
}

/**
 * The first thing to fix before the item can be saved, in the order the form shows it. Only a
 * new item chooses its kind and initiative.
 */
export function findPlanItemProblem(
  draft: PlanItemDraft,
  options: { isNew: boolean },
): NonNullable<FieldProblem<PlanItemField>> | null {
  if (options.isNew && draft.kind === 'enrolment' && !draft.initiativeId) {
    return { field: 'initiativeId', text: 'Choose the initiative to enrol in.' }
  }
  if (!draft.title.trim()) {
    return { field: 'title', text: 'Give the item a title, such as “Shadow the head roaster”.' }
  }
  return findPlanDatesProblem(draft) ?? findEffortProblem(draft)
}

/** The dates and numbers a draft stands for; read only a draft `findPlanItemProblem` passes. */
export function readPlanItemDraft(draft: PlanItemDraft): {
  title: string
  startDate: string
  dueDate: string | null
  hours: number
  cost: number
} {
  return {
    title: draft.title.trim(),
    startDate: draft.startDate,
    dueDate: draft.dueDate || null,
    hours: parseAmount(draft.hours) ?? 0,
    cost: parseAmount(draft.cost) ?? 0,
  }
}
