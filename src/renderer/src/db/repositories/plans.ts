import type { PlanSuggestion } from '../../../../shared/domain/training/suggest'
import {
  DevelopmentPlan,
  Enrolment,
  PlanItem,
  type Assessment,
  type PlanEvidence,
} from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'
import { recordAssessment } from './assessments'
import { parseRecord } from './record-checks'

/**
 * Creates a person's plan for a period (one plan per person and period), with its first items
 * and their enrolments, in one transaction.
 */
export async function createPlan(
  db: WorkspaceDb,
  input: {
    personId: string
    period: string
    focusSkillIds: string[]
    goalIds: string[]
    today: string
  },
  newItems: NewPlanItem[] = [],
): Promise<DevelopmentPlan> {
  const plan = parseRecord(
    DevelopmentPlan,
    {
      id: crypto.randomUUID(),
      personId: input.personId,
      period: input.period,
      focusSkillIds: input.focusSkillIds,
      goalIds: input.goalIds,
      status: 'active',
      createdAt: input.today,
    },
    'plan',
  )
  await db.transaction('rw', [db.plans, db.planItems, db.enrolments, db.initiatives], async () => {
    const same = await db.plans
      .where('personId')
      .equals(input.personId)
      .filter((p) => p.period === input.period)
      .first()
    if (same) throw new Error(`There is already a plan for ${input.period}.`)
    await db.plans.add(plan)
    await insertItems(db, plan, newItems)
  })
  return plan
}

export async function savePlan(db: WorkspaceDb, plan: DevelopmentPlan): Promise<DevelopmentPlan> {
  const valid = parseRecord(DevelopmentPlan, plan, 'plan')
  await db.plans.put(valid)
  return valid
}

/** Deletes a plan and its items; enrolments not started yet are withdrawn. */
export async function deletePlan(db: WorkspaceDb, planId: string): Promise<void> {
  await db.transaction('rw', db.plans, db.planItems, db.enrolments, async () => {
    const items = await db.planItems.where('planId').equals(planId).toArray()
    await withdrawUnstarted(db, items)
    await db.planItems.bulkDelete(items.map((item) => item.id))
    await db.plans.delete(planId)
  })
}

export type NewPlanItem =
  | {
      kind: 'activity'
      title: string
      startDate: string | null
      dueDate: string | null
      hours: number
      cost: number
      skillIds: string[]
    }
  | {
      kind: 'enrolment'
      initiativeId: string
      startDate: string
      dueDate: string | null
      /** When the plan's wording or numbers differ from the catalogue's (e.g. a discount). */
      title?: string
      hours?: number
      cost?: number
    }

/** Adds items to a plan; an enrolment item creates the enrolment too, all in one transaction. */
export async function addPlanItems(
  db: WorkspaceDb,
  planId: string,
  newItems: NewPlanItem[],
  /** Skills the items are for, added to the plan's focus (accepted suggestions), in the same write. */
  focusSkillIds: readonly string[] = [],
): Promise<PlanItem[]> {
  return db.transaction('rw', [db.plans, db.planItems, db.enrolments, db.initiatives], async () => {
    const plan = await db.plans.get(planId)
    if (!plan) throw new Error('The plan no longer exists.')
    const items = await insertItems(db, plan, newItems)
    const focus = [...new Set([...plan.focusSkillIds, ...focusSkillIds])]
    if (focus.length !== plan.focusSkillIds.length) {
      await savePlan(db, { ...plan, focusSkillIds: focus })
    }
    return items
  })
}

/** Runs inside the caller's transaction. */
async function insertItems(
  db: WorkspaceDb,
  plan: DevelopmentPlan,
  newItems: NewPlanItem[],
): Promise<PlanItem[]> {
  const planId = plan.id
  const items: PlanItem[] = []
  const enrolments: Enrolment[] = []
  for (const input of newItems) {
    if (input.kind === 'activity') {
      items.push(
        parseRecord(
          PlanItem,
          {
            ...input,
            id: crypto.randomUUID(),
            planId,
            personId: plan.personId,
            enrolmentId: null,
            status: 'planned',
          },
          'plan item',
        ),
      )
      continue
    }
    const initiative = await db.initiatives.get(input.initiativeId)
    if (!initiative) throw new Error('The initiative no longer exists.')
    const enrolment = parseRecord(
      Enrolment,
      {
        id: crypto.randomUUID(),
        personId: plan.personId,
        initiativeId: initiative.id,
        campaignId: null,
        status: 'enrolled',
        startDate: input.startDate,
        endDate: input.dueDate,
      },
      'enrolment',
    )
    enrolments.push(enrolment)
    items.push(
      parseRecord(
        PlanItem,
        {
          id: crypto.randomUUID(),
          planId,
          personId: plan.personId,
          kind: 'enrolment',
          enrolmentId: enrolment.id,
          title: input.title ?? initiative.title,
          status: 'planned',
          startDate: input.startDate,
          dueDate: input.dueDate,
          hours: input.hours ?? initiative.hours,
          cost: input.cost ?? initiative.cost,
          skillIds: initiative.skillTargets.map((t) => t.skillId),
        },
        'plan item',
      ),
    )
  }
  await db.enrolments.bulkAdd(enrolments)
  await db.planItems.bulkAdd(items)
  return items
}

/** The accepted suggestions of "Suggest a plan", as plan items. */
export function toNewPlanItems(
  accepted: Array<
    Pick<PlanSuggestion, 'kind' | 'initiativeId' | 'title' | 'hours' | 'cost' | 'skillIds'>
  >,
  dates: { startDate: string; dueDate: string | null },
): NewPlanItem[] {
  return accepted.map((suggestion) =>
    suggestion.kind === 'enrolment' && suggestion.initiativeId
      ? {
          kind: 'enrolment',
          initiativeId: suggestion.initiativeId,
          title: suggestion.title,
          startDate: dates.startDate,
          dueDate: dates.dueDate,
          hours: suggestion.hours,
          cost: suggestion.cost,
        }
      : {
          kind: 'activity',
          title: suggestion.title,
          startDate: dates.startDate,
          dueDate: dates.dueDate,
          hours: suggestion.hours,
          cost: suggestion.cost,
          skillIds: suggestion.skillIds,
        },
  )
}

const enrolmentStatusOf: Record<PlanItem['status'], Enrolment['status']> = {
  planned: 'enrolled',
  'in-progress': 'in-progress',
  completed: 'completed',
  applied: 'completed',
}

/**
 * Saves an edited plan item and keeps its enrolment in step. "Applied on the job" needs
 * evidence. Returns whether the item just became completed with an enrolment behind it: the
 * moment to record a new assessment of the skills it targets.
 */
export async function savePlanItem(
  db: WorkspaceDb,
  item: PlanItem,
  today: string,
): Promise<{ item: PlanItem; isNewlyCompleted: boolean }> {
  const valid = parseRecord(PlanItem, item, 'plan item')
  if (valid.status === 'applied' && valid.evidence.length === 0) {
    throw new Error(
      'Link a check-in answer or a feedback entry first: “applied on the job” needs evidence.',
    )
  }
  if (valid.startDate && valid.dueDate && valid.dueDate < valid.startDate) {
    throw new Error('The due date is before the start date.')
  }
  return db.transaction('rw', db.planItems, db.enrolments, async () => {
    const before = await db.planItems.get(valid.id)
    await db.planItems.put(valid)
    const enrolment = valid.enrolmentId ? await db.enrolments.get(valid.enrolmentId) : undefined
    const wasDone = before?.status === 'completed' || before?.status === 'applied'
    const isDone = valid.status === 'completed' || valid.status === 'applied'
    if (enrolment) {
      const status = enrolmentStatusOf[valid.status]
      await db.enrolments.put({
        ...enrolment,
        status,
        startDate: valid.startDate ?? enrolment.startDate,
        endDate: status === 'completed' ? (wasDone ? enrolment.endDate : today) : valid.dueDate,
      })
    }
    return { item: valid, isNewlyCompleted: enrolment !== undefined && isDone && !wasDone }
  })
}

/** Deletes a plan item; an enrolment behind it that had not started is withdrawn. */
export async function deletePlanItem(db: WorkspaceDb, itemId: string): Promise<void> {
  await db.transaction('rw', db.planItems, db.enrolments, async () => {
    const item = await db.planItems.get(itemId)
    if (!item) return
    await withdrawUnstarted(db, [item])
    await db.planItems.delete(itemId)
  })
}

async function withdrawUnstarted(db: WorkspaceDb, items: PlanItem[]): Promise<void> {
  const ids = items.flatMap((item) => (item.enrolmentId ? [item.enrolmentId] : []))
  const enrolments = await db.enrolments.bulkGet(ids)
  await db.enrolments.bulkPut(
    enrolments
      .filter((e): e is Enrolment => e !== undefined && e.status === 'enrolled')
      .map((e) => ({ ...e, status: 'withdrawn' as const })),
  )
}

export async function setItemEvidence(
  db: WorkspaceDb,
  itemId: string,
  evidence: PlanEvidence[],
): Promise<void> {
  await db.transaction('rw', db.planItems, async () => {
    const item = await db.planItems.get(itemId)
    if (!item) throw new Error('The plan item no longer exists.')
    if (evidence.length === 0 && item.status === 'applied') {
      throw new Error('An item applied on the job keeps at least one piece of evidence.')
    }
    await db.planItems.put({ ...item, evidence })
  })
}

/** Records the after-training assessments of an item's skills, all or none. */
export async function recordFollowUpAssessments(
  db: WorkspaceDb,
  input: Omit<Assessment, 'id' | 'skillId' | 'level'> & {
    levels: Array<{ skillId: string; level: number }>
  },
): Promise<Assessment[]> {
  const { levels, ...common } = input
  return db.transaction('rw', db.assessments, db.scaleLevels, async () => {
    const saved: Assessment[] = []
    for (const entry of levels) {
      saved.push(
        await recordAssessment(db, { ...common, skillId: entry.skillId, level: entry.level }),
      )
    }
    return saved
  })
}
