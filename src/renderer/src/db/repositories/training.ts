import { getStepDates } from '../../../../shared/domain/training/campaigns'
import { toPlanPeriod } from '../../../../shared/domain/training/periods'
import {
  Campaign,
  Enrolment,
  PlanItem,
  TrainingInitiative,
  WorkspaceSettings,
} from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'
import { isSameName, parseRecord } from './record-checks'

/** Saves an initiative after checking that its skills, expert and KPI exist. */
export async function saveInitiative(
  db: WorkspaceDb,
  initiative: TrainingInitiative,
): Promise<TrainingInitiative> {
  const valid = parseRecord(TrainingInitiative, initiative, 'initiative')
  const skillIds = valid.skillTargets.map((target) => target.skillId)
  if (new Set(skillIds).size !== skillIds.length) {
    throw new Error('Each skill can be listed once per initiative.')
  }
  if (valid.provider.kind !== 'internal') valid.provider.personId = null
  await db.transaction('rw', [db.initiatives, db.skills, db.people, db.kpis], async () => {
    const all = await db.initiatives.toArray()
    const sameName = all.find(
      (other) => other.id !== valid.id && isSameName(other.title, valid.title),
    )
    if (sameName) throw new Error(`There is already an initiative called “${sameName.title}”.`)
    const skills = await db.skills.bulkGet(skillIds)
    if (skills.some((skill) => skill === undefined)) {
      throw new Error('One of the skills no longer exists.')
    }
    if (valid.provider.personId && !(await db.people.get(valid.provider.personId))) {
      throw new Error('The internal expert is no longer on the people list.')
    }
    if (valid.kpiId && !(await db.kpis.get(valid.kpiId))) {
      throw new Error('The KPI no longer exists.')
    }
    await db.initiatives.put(valid)
  })
  return valid
}

export interface InitiativeUse {
  enrolments: number
  planItems: number
  campaigns: number
  evaluations: number
}

export async function countInitiativeUse(
  db: WorkspaceDb,
  initiativeId: string,
): Promise<InitiativeUse> {
  return db.transaction(
    'r',
    [db.enrolments, db.planItems, db.campaigns, db.evaluations],
    async () => {
      const enrolmentIds = await db.enrolments
        .where('initiativeId')
        .equals(initiativeId)
        .primaryKeys()
      const ids = enrolmentIds.map(String)
      const campaigns = (await db.campaigns.toArray()).filter((c) =>
        c.steps.some((step) => step.initiativeId === initiativeId),
      )
      return {
        enrolments: ids.length,
        planItems: await db.planItems.where('enrolmentId').anyOf(ids).count(),
        evaluations: await db.evaluations.where('enrolmentId').anyOf(ids).count(),
        campaigns: campaigns.length,
      }
    },
  )
}

/**
 * Deletes an initiative with its enrolments and their evaluations. Plan items that were
 * enrolments stay in their plans as free-form activities, so the plan's history is kept.
 */
export async function deleteInitiative(db: WorkspaceDb, initiativeId: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.initiatives, db.enrolments, db.planItems, db.campaigns, db.evaluations],
    async () => {
      const ids = (
        await db.enrolments.where('initiativeId').equals(initiativeId).primaryKeys()
      ).map(String)
      const items = await db.planItems.where('enrolmentId').anyOf(ids).toArray()
      await db.planItems.bulkPut(
        items.map((item) => ({ ...item, kind: 'activity', enrolmentId: null })),
      )
      await db.evaluations.where('enrolmentId').anyOf(ids).delete()
      await db.enrolments.bulkDelete(ids)
      const campaigns = await db.campaigns.toArray()
      await db.campaigns.bulkPut(
        campaigns
          .filter((c) => c.steps.some((step) => step.initiativeId === initiativeId))
          .map((c) => ({
            ...c,
            steps: c.steps.filter((step) => step.initiativeId !== initiativeId),
          })),
      )
      await db.initiatives.delete(initiativeId)
    },
  )
}

export async function saveCampaign(db: WorkspaceDb, campaign: Campaign): Promise<Campaign> {
  const valid = parseRecord(Campaign, campaign, 'campaign')
  await db.transaction('rw', [db.campaigns, db.initiatives, db.people], async () => {
    const initiatives = await db.initiatives.bulkGet(valid.steps.map((step) => step.initiativeId))
    if (initiatives.some((initiative) => initiative === undefined)) {
      throw new Error('One of the initiatives no longer exists.')
    }
    const people = await db.people.bulkGet(valid.cohortPersonIds)
    if (people.some((person) => person === undefined)) {
      throw new Error('Someone in the cohort is no longer on the people list.')
    }
    await db.campaigns.put(valid)
  })
  return valid
}

/** Deletes a campaign; its enrolments stay as the people's own, outside any campaign. */
export async function deleteCampaign(db: WorkspaceDb, campaignId: string): Promise<void> {
  await db.transaction('rw', db.campaigns, db.enrolments, async () => {
    await db.enrolments.where('campaignId').equals(campaignId).modify({ campaignId: null })
    await db.campaigns.delete(campaignId)
  })
}

/**
 * Enrols every cohort member in every step of the campaign. People already enrolled in a step
 * keep their enrolment. A person with a plan for the step's period gets it as a plan item.
 */
export async function enrolCohort(
  db: WorkspaceDb,
  campaignId: string,
): Promise<{ created: number; alreadyEnrolled: number }> {
  return db.transaction(
    'rw',
    [db.campaigns, db.enrolments, db.initiatives, db.plans, db.planItems],
    async () => {
      const campaign = await db.campaigns.get(campaignId)
      if (!campaign) throw new Error('The campaign no longer exists.')
      const existing = await db.enrolments.where('campaignId').equals(campaignId).toArray()
      const enrolments: Enrolment[] = []
      const items: PlanItem[] = []
      let alreadyEnrolled = 0
      for (const step of campaign.steps) {
        const initiative = await db.initiatives.get(step.initiativeId)
        if (!initiative) continue
        const { start, end } = getStepDates(campaign, step)
        for (const personId of campaign.cohortPersonIds) {
          const isEnrolled = existing.some(
            (e) => e.personId === personId && e.initiativeId === step.initiativeId,
          )
          if (isEnrolled) {
            alreadyEnrolled += 1
            continue
          }
          const enrolment = Enrolment.parse({
            id: crypto.randomUUID(),
            personId,
            initiativeId: initiative.id,
            campaignId,
            status: 'enrolled',
            startDate: start,
            endDate: end,
          })
          enrolments.push(enrolment)
          const plan = await db.plans
            .where('personId')
            .equals(personId)
            .filter((p) => p.period === toPlanPeriod(start) && p.status === 'active')
            .first()
          if (plan) {
            items.push(
              PlanItem.parse({
                id: crypto.randomUUID(),
                planId: plan.id,
                personId,
                kind: 'enrolment',
                enrolmentId: enrolment.id,
                title: initiative.title,
                status: 'planned',
                startDate: start,
                dueDate: end,
                hours: initiative.hours,
                cost: initiative.cost,
                skillIds: initiative.skillTargets.map((t) => t.skillId),
              }),
            )
          }
        }
      }
      await db.enrolments.bulkAdd(enrolments)
      await db.planItems.bulkAdd(items)
      return { created: enrolments.length, alreadyEnrolled }
    },
  )
}

/** Sets the training budget of one plan period. */
export async function saveTrainingBudget(
  db: WorkspaceDb,
  period: string,
  amount: number,
): Promise<void> {
  if (!Number.isFinite(amount) || amount < 0) throw new Error('The budget is a number, 0 or more.')
  await db.transaction('rw', db.settings, async () => {
    const record = await db.settings.get('trainingBudgets')
    const budgets = WorkspaceSettings.shape.trainingBudgets.parse(record?.value ?? {})
    await db.settings.put({ key: 'trainingBudgets', value: { ...budgets, [period]: amount } })
  })
}

const planStatusOf: Record<Enrolment['status'], PlanItem['status'] | null> = {
  enrolled: 'planned',
  'in-progress': 'in-progress',
  completed: 'completed',
  withdrawn: null,
}

/**
 * Sets an enrolment's status and keeps the plan items behind it in step (an item already
 * applied on the job stays applied). Returns whether it just became completed.
 */
export async function setEnrolmentStatus(
  db: WorkspaceDb,
  enrolmentId: string,
  status: Enrolment['status'],
  today: string,
): Promise<{ isNewlyCompleted: boolean }> {
  return db.transaction('rw', db.enrolments, db.planItems, async () => {
    const enrolment = await db.enrolments.get(enrolmentId)
    if (!enrolment) throw new Error('The enrolment no longer exists.')
    const wasCompleted = enrolment.status === 'completed'
    await db.enrolments.put({
      ...enrolment,
      status,
      endDate: status === 'completed' && !wasCompleted ? today : enrolment.endDate,
    })
    const itemStatus = planStatusOf[status]
    if (itemStatus) {
      const items = await db.planItems.where('enrolmentId').equals(enrolmentId).toArray()
      await db.planItems.bulkPut(
        items
          .filter((item) => !(item.status === 'applied' && itemStatus === 'completed'))
          .map((item) => ({ ...item, status: itemStatus })),
      )
    }
    return { isNewlyCompleted: status === 'completed' && !wasCompleted }
  })
}
