import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import { createStarterWorkspaceData } from '../../../../shared/domain/workspace/defaults'
import { defaultEvaluationAssumptions, type TrainingInitiative } from '../../../../shared/model'
import { openWorkspaceDb, type WorkspaceDb } from '../workspace-db'
import { readWorkspaceSettings } from './settings'
import { replaceWorkspaceData } from './snapshot'
import {
  countInitiativeUse,
  deleteCampaign,
  deleteInitiative,
  enrolCohort,
  saveCampaign,
  saveInitiative,
  saveTrainingBudget,
  setEnrolmentStatus,
} from './training'

let counter = 0
async function openSample(): Promise<WorkspaceDb> {
  const db = openWorkspaceDb(`training-test-${counter++}`)
  await replaceWorkspaceData(db, generateSampleCompany({ today: '2026-11-23' }))
  return db
}

function draft(fields: Partial<TrainingInitiative> = {}): TrainingInitiative {
  return {
    id: crypto.randomUUID(),
    title: 'Latte art clinic',
    description: '',
    format: 'workshop',
    provider: { kind: 'external', personId: null, name: 'Dublin Barista School' },
    cost: 180,
    hours: 4,
    skillTargets: [],
    learningOutcome: '',
    kpiId: null,
    targetChange: null,
    measurementMethod: '',
    evaluationAssumptions: { ...defaultEvaluationAssumptions },
    ...fields,
  }
}

describe('training repository', () => {
  it('starts a new workspace with the low-cost catalogue', async () => {
    const db = openWorkspaceDb(`training-test-${counter++}`)
    await replaceWorkspaceData(db, createStarterWorkspaceData())
    expect((await db.initiatives.toArray()).map((i) => i.title).sort()).toEqual([
      'Dedicated learning time',
      'Lunch-and-learn',
      'Microlearning',
      'Peer mentoring',
    ])
    db.close()
  })

  it('saves an initiative and refuses duplicates, unknown skills and a missing expert', async () => {
    const db = await openSample()
    const skill = (await db.skills.toArray())[0]!
    const saved = await saveInitiative(
      db,
      draft({
        skillTargets: [{ skillId: skill.id, targetLevel: 3 }],
        provider: { kind: 'external', personId: 'x', name: 'School' },
      }),
    )
    // An external provider never keeps an internal expert.
    expect(saved.provider.personId).toBeNull()
    expect(await db.initiatives.get(saved.id)).toEqual(saved)
    await expect(saveInitiative(db, draft({ title: ' latte ART clinic ' }))).rejects.toThrow(
      /already an initiative/,
    )
    await expect(
      saveInitiative(
        db,
        draft({ title: 'B', skillTargets: [{ skillId: 'gone', targetLevel: 2 }] }),
      ),
    ).rejects.toThrow(/skills no longer exists/)
    await expect(
      saveInitiative(
        db,
        draft({ title: 'C', provider: { kind: 'internal', personId: 'gone', name: '' } }),
      ),
    ).rejects.toThrow(/expert/)
    await expect(saveInitiative(db, draft({ title: '' }))).rejects.toThrow(/not saved/)
    db.close()
  })

  it('deletes an initiative with its enrolments, keeping plan items as activities', async () => {
    const db = await openSample()
    const item = (await db.planItems.filter((i) => i.kind === 'enrolment').first())!
    const enrolment = await db.enrolments.get(item.enrolmentId!)
    const initiativeId = enrolment!.initiativeId
    const use = await countInitiativeUse(db, initiativeId)
    expect(use.enrolments).toBeGreaterThan(0)
    expect(use.planItems).toBeGreaterThan(0)
    const itemsBefore = await db.planItems.count()
    await deleteInitiative(db, initiativeId)
    expect(await db.initiatives.get(initiativeId)).toBeUndefined()
    expect(await db.enrolments.where('initiativeId').equals(initiativeId).count()).toBe(0)
    expect(await db.planItems.count()).toBe(itemsBefore)
    expect(await db.planItems.where('enrolmentId').equals(enrolment!.id).count()).toBe(0)
    const campaigns = await db.campaigns.toArray()
    expect(campaigns.every((c) => c.steps.every((s) => s.initiativeId !== initiativeId))).toBe(true)
    db.close()
  })

  it('enrols a cohort once per step, with dates from the timeline, and adds it to their plans', async () => {
    const db = await openSample()
    const [first, second] = await db.initiatives.toArray()
    const plan = (await db.plans.where('period').equals('2026-H2').first())!
    const other = (await db.people.filter((p) => p.id !== plan.personId).first())!
    const campaign = await saveCampaign(db, {
      id: 'camp-test',
      name: 'Autumn programme',
      description: '',
      startDate: '2026-09-07',
      steps: [
        { initiativeId: first!.id, startWeek: 0, weeks: 1 },
        { initiativeId: second!.id, startWeek: 2, weeks: 3 },
      ],
      cohortPersonIds: [plan.personId, other.id],
    })
    const itemsBefore = await db.planItems.where('planId').equals(plan.id).count()
    expect(await enrolCohort(db, campaign.id)).toEqual({ created: 4, alreadyEnrolled: 0 })
    const enrolments = await db.enrolments.where('campaignId').equals('camp-test').toArray()
    const step2 = enrolments.find((e) => e.initiativeId === second!.id && e.personId === other.id)!
    // Week 2 starts 14 days after 7 Sep; three weeks end on 14 Sep + 20 days.
    expect([step2.startDate, step2.endDate, step2.status]).toEqual([
      '2026-09-21',
      '2026-10-11',
      'enrolled',
    ])
    expect(await db.planItems.where('planId').equals(plan.id).count()).toBe(itemsBefore + 2)
    // Enrolling again adds nobody.
    expect(await enrolCohort(db, campaign.id)).toEqual({ created: 0, alreadyEnrolled: 4 })
    await deleteCampaign(db, campaign.id)
    expect(await db.enrolments.get(step2.id)).toMatchObject({ campaignId: null })
    db.close()
  })

  it('keeps a budget per period', async () => {
    const db = await openSample()
    await saveTrainingBudget(db, '2026-H2', 8000)
    await saveTrainingBudget(db, '2027-H1', 6000)
    const settings = await readWorkspaceSettings(db)
    expect(settings.trainingBudgets).toEqual({ '2026-H2': 8000, '2027-H1': 6000 })
    await expect(saveTrainingBudget(db, '2026-H2', -1)).rejects.toThrow(/0 or more/)
    db.close()
  })
})

describe('enrolment status', () => {
  it('moves the plan items behind an enrolment with it, keeping applied items applied', async () => {
    const db = await openSample()
    const item = (await db.planItems
      .filter((i) => i.kind === 'enrolment' && i.status === 'in-progress')
      .first())!
    const result = await setEnrolmentStatus(db, item.enrolmentId!, 'completed', '2026-11-23')
    expect(result.isNewlyCompleted).toBe(true)
    expect(await db.enrolments.get(item.enrolmentId!)).toMatchObject({
      status: 'completed',
      endDate: '2026-11-23',
    })
    expect((await db.planItems.get(item.id))!.status).toBe('completed')
    // Completing again is not new; withdrawing leaves the plan item as it was.
    expect(
      (await setEnrolmentStatus(db, item.enrolmentId!, 'completed', '2026-11-24')).isNewlyCompleted,
    ).toBe(false)
    await setEnrolmentStatus(db, item.enrolmentId!, 'withdrawn', '2026-11-24')
    expect((await db.planItems.get(item.id))!.status).toBe('completed')
    const applied = (await db.planItems
      .filter((i) => i.kind === 'enrolment' && i.status === 'applied')
      .first())!
    await setEnrolmentStatus(db, applied.enrolmentId!, 'in-progress', '2026-11-24')
    await setEnrolmentStatus(db, applied.enrolmentId!, 'completed', '2026-11-25')
    expect((await db.planItems.get(applied.id))!.status).toBe('completed')
    db.close()
  })
})
