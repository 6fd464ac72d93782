import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import { openWorkspaceDb, type WorkspaceDb } from '../workspace-db'
import {
  addPlanItems,
  createPlan,
  deletePlan,
  deletePlanItem,
  recordFollowUpAssessments,
  savePlanItem,
  setItemEvidence,
  toNewPlanItems,
  type NewPlanItem,
} from './plans'
import { replaceWorkspaceData } from './snapshot'

const today = '2026-11-23'
let counter = 0
async function openSample(): Promise<WorkspaceDb> {
  const db = openWorkspaceDb(`plans-test-${counter++}`)
  await replaceWorkspaceData(db, generateSampleCompany({ today }))
  return db
}

async function newPlan(db: WorkspaceDb) {
  const person = (await db.people.filter((p) => p.status !== 'left').first())!
  return createPlan(db, {
    personId: person.id,
    period: '2027-H1',
    focusSkillIds: [],
    goalIds: [],
    today,
  })
}

describe('plans repository', () => {
  it('keeps one plan per person and period', async () => {
    const db = await openSample()
    const plan = await newPlan(db)
    await expect(
      createPlan(db, {
        personId: plan.personId,
        period: '2027-H1',
        focusSkillIds: [],
        goalIds: [],
        today,
      }),
    ).rejects.toThrow(/already a plan/)
    db.close()
  })

  it('adds accepted suggestions: an enrolment item creates its enrolment in the same transaction', async () => {
    const db = await openSample()
    const plan = await newPlan(db)
    const initiative = (await db.initiatives.filter((i) => i.skillTargets.length > 0).first())!
    const enrolmentsBefore = await db.enrolments.count()
    const items = await addPlanItems(
      db,
      plan.id,
      toNewPlanItems(
        [
          {
            kind: 'enrolment',
            initiativeId: initiative.id,
            title: initiative.title,
            hours: 5,
            cost: 120,
            skillIds: [],
          },
          {
            kind: 'activity',
            initiativeId: null,
            title: 'Shadow Mei on a roast',
            hours: 4,
            cost: 0,
            skillIds: ['s1'],
          },
        ],
        { startDate: '2027-01-11', dueDate: '2027-03-31' },
      ),
    )
    expect(items.map((i) => [i.kind, i.status, i.hours, i.cost])).toEqual([
      ['enrolment', 'planned', 5, 120],
      ['activity', 'planned', 4, 0],
    ])
    expect(items[0]!.skillIds).toEqual(initiative.skillTargets.map((t) => t.skillId))
    expect(await db.enrolments.count()).toBe(enrolmentsBefore + 1)
    expect(await db.enrolments.get(items[0]!.enrolmentId!)).toMatchObject({
      personId: plan.personId,
      initiativeId: initiative.id,
      status: 'enrolled',
      startDate: '2027-01-11',
      endDate: '2027-03-31',
    })
    // A failing item leaves nothing behind.
    await expect(
      addPlanItems(db, plan.id, [
        {
          kind: 'activity',
          title: 'Fine',
          startDate: null,
          dueDate: null,
          hours: 1,
          cost: 0,
          skillIds: [],
        },
        { kind: 'enrolment', initiativeId: 'gone', startDate: '2027-01-01', dueDate: null },
      ]),
    ).rejects.toThrow(/initiative no longer exists/)
    expect(await db.planItems.where('planId').equals(plan.id).count()).toBe(2)
    db.close()
  })

  it('widens the plan’s focus with the skills of added suggestions, in the same write or not at all', async () => {
    const db = await openSample()
    const plan = await newPlan(db)
    const activity = (title: string): NewPlanItem => ({
      kind: 'activity',
      title,
      startDate: null,
      dueDate: null,
      hours: 1,
      cost: 0,
      skillIds: [],
    })
    await addPlanItems(db, plan.id, [activity('Shadow a roast')], ['s1', 's2', 's1'])
    expect((await db.plans.get(plan.id))!.focusSkillIds).toEqual(['s1', 's2'])

    await expect(
      addPlanItems(
        db,
        plan.id,
        [
          activity('Fine'),
          { kind: 'enrolment', initiativeId: 'gone', startDate: '2027-01-01', dueDate: null },
        ],
        ['s3'],
      ),
    ).rejects.toThrow(/initiative no longer exists/)
    expect((await db.plans.get(plan.id))!.focusSkillIds).toEqual(['s1', 's2'])
    expect(await db.planItems.where('planId').equals(plan.id).count()).toBe(1)
    db.close()
  })

  it('completes an enrolment item once, then needs evidence to mark it applied', async () => {
    const db = await openSample()
    const plan = await newPlan(db)
    const initiative = (await db.initiatives.filter((i) => i.skillTargets.length > 0).first())!
    const [item] = await addPlanItems(db, plan.id, [
      {
        kind: 'enrolment',
        initiativeId: initiative.id,
        startDate: '2027-01-11',
        dueDate: '2027-02-28',
      },
    ])
    const started = await savePlanItem(db, { ...item!, status: 'in-progress' }, '2027-01-11')
    expect(started.isNewlyCompleted).toBe(false)
    expect((await db.enrolments.get(item!.enrolmentId!))!.status).toBe('in-progress')
    const done = await savePlanItem(db, { ...item!, status: 'completed' }, '2027-02-20')
    expect(done.isNewlyCompleted).toBe(true)
    expect(await db.enrolments.get(item!.enrolmentId!)).toMatchObject({
      status: 'completed',
      endDate: '2027-02-20',
    })
    await expect(savePlanItem(db, { ...item!, status: 'applied' }, today)).rejects.toThrow(
      /needs evidence/,
    )
    const feedback = (await db.feedback.where('personId').equals(plan.personId).first()) ?? {
      id: 'fb',
    }
    await setItemEvidence(db, item!.id, [{ kind: 'feedback', id: feedback.id, sectionId: null }])
    const stored = (await db.planItems.get(item!.id))!
    const applied = await savePlanItem(db, { ...stored, status: 'applied' }, '2027-03-05')
    // Completed before: no second prompt, and the completion date stays.
    expect(applied.isNewlyCompleted).toBe(false)
    expect((await db.enrolments.get(item!.enrolmentId!))!.endDate).toBe('2027-02-20')
    await expect(setItemEvidence(db, item!.id, [])).rejects.toThrow(/keeps at least one/)
    db.close()
  })

  it('records the after-training assessments all or none', async () => {
    const db = await openSample()
    const person = (await db.people.toArray())[0]!
    const [a, b] = await db.skills.toArray()
    const before = await db.assessments.count()
    const input = {
      personId: person.id,
      date: today,
      source: 'manager' as const,
      assessorId: null,
      note: 'After the course',
    }
    await expect(
      recordFollowUpAssessments(db, {
        ...input,
        levels: [
          { skillId: a!.id, level: 2 },
          { skillId: b!.id, level: 9 },
        ],
      }),
    ).rejects.toThrow(/above the top of the scale/)
    expect(await db.assessments.count()).toBe(before)
    const saved = await recordFollowUpAssessments(db, {
      ...input,
      levels: [
        { skillId: a!.id, level: 3 },
        { skillId: b!.id, level: 2 },
      ],
    })
    expect(saved.map((s) => [s.skillId, s.level, s.note])).toEqual([
      [a!.id, 3, 'After the course'],
      [b!.id, 2, 'After the course'],
    ])
    expect(await db.assessments.count()).toBe(before + 2)
    db.close()
  })

  it('withdraws unstarted enrolments when an item or a plan is deleted', async () => {
    const db = await openSample()
    const plan = await newPlan(db)
    const [one, two] = await db.initiatives.toArray()
    const [first, second] = await addPlanItems(db, plan.id, [
      { kind: 'enrolment', initiativeId: one!.id, startDate: '2027-01-11', dueDate: null },
      { kind: 'enrolment', initiativeId: two!.id, startDate: '2027-01-11', dueDate: null },
    ])
    await savePlanItem(db, { ...second!, status: 'in-progress' }, today)
    await deletePlanItem(db, first!.id)
    expect((await db.enrolments.get(first!.enrolmentId!))!.status).toBe('withdrawn')
    await deletePlan(db, plan.id)
    expect(await db.plans.get(plan.id)).toBeUndefined()
    expect(await db.planItems.where('planId').equals(plan.id).count()).toBe(0)
    // Started training stays on record.
    expect((await db.enrolments.get(second!.enrolmentId!))!.status).toBe('in-progress')
    db.close()
  })
})

describe('a new plan with its first items', () => {
  it('is written whole or not at all', async () => {
    const db = await openSample()
    const person = (await db.people.filter((p) => p.status !== 'left').first())!
    const input = { personId: person.id, period: '2027-H1', focusSkillIds: [], goalIds: [], today }
    const plansBefore = await db.plans.count()
    await expect(
      createPlan(db, input, [
        { kind: 'enrolment', initiativeId: 'gone', startDate: '2027-01-04', dueDate: null },
      ]),
    ).rejects.toThrow(/initiative no longer exists/)
    expect(await db.plans.count()).toBe(plansBefore)
    const initiative = (await db.initiatives.toArray())[0]!
    const plan = await createPlan(db, input, [
      {
        kind: 'enrolment',
        initiativeId: initiative.id,
        title: 'Renamed for Ann',
        startDate: '2027-01-04',
        dueDate: null,
      },
    ])
    const items = await db.planItems.where('planId').equals(plan.id).toArray()
    expect(items.map((i) => [i.title, i.cost])).toEqual([['Renamed for Ann', initiative.cost]])
    db.close()
  })
})
