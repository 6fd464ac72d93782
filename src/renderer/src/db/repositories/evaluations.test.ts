import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { createStarterWorkspaceData } from '../../../../shared/domain/workspace/defaults'
import { Enrolment, Person, TrainingInitiative } from '../../../../shared/model'
import { openWorkspaceDb } from '../workspace-db'
import {
  deleteEvaluation,
  importReactionSurveys,
  listEnrolmentEvaluations,
  restoreEvaluation,
  saveEvaluation,
  saveEvaluationAssumptions,
} from './evaluations'
import { replaceWorkspaceData } from './snapshot'

async function setUp(name: string) {
  const db = openWorkspaceDb(name)
  const data = createStarterWorkspaceData()
  data.people = [
    Person.parse({
      id: 'p1',
      displayName: 'Ada Byrne',
      email: 'ada@example.com',
      createdAt: '2026-01-01',
    }),
    Person.parse({ id: 'p2', displayName: 'Ben Cole', createdAt: '2026-01-01' }),
  ]
  data.initiatives = [
    TrainingInitiative.parse({
      id: 'init-1',
      title: 'Course',
      format: 'course',
      provider: { kind: 'external' },
    }),
  ]
  data.enrolments = [
    Enrolment.parse({
      id: 'e1',
      personId: 'p1',
      initiativeId: 'init-1',
      status: 'completed',
      startDate: '2026-02-01',
      endDate: '2026-02-02',
    }),
    Enrolment.parse({
      id: 'e2',
      personId: 'p2',
      initiativeId: 'init-1',
      status: 'withdrawn',
      startDate: '2026-02-01',
    }),
  ]
  await replaceWorkspaceData(db, data)
  return db
}

const reaction = {
  enrolmentId: 'e1',
  date: '2026-02-03',
  note: 'Useful',
  kind: 'reaction' as const,
  relevance: 4,
  engagement: 5,
  wouldRecommend: true,
}

describe('evaluations repository', () => {
  it('keeps one record per level and enrolment, and undo puts the previous one back', async () => {
    const db = await setUp('evaluations-save')
    const first = await saveEvaluation(db, reaction)
    expect(first.replaced).toBeNull()
    const second = await saveEvaluation(db, { ...reaction, relevance: 2 })
    expect(second.saved.id).toBe(first.saved.id)
    expect(second.replaced?.kind === 'reaction' && second.replaced.relevance).toBe(4)
    await saveEvaluation(db, {
      enrolmentId: 'e1',
      date: '2026-02-02',
      note: '',
      kind: 'learning',
      scoreBefore: 40,
      scoreAfter: 70,
    })
    expect((await listEnrolmentEvaluations(db, 'e1')).map((e) => e.kind)).toEqual([
      'learning',
      'reaction',
    ])
    await restoreEvaluation(db, second.replaced, second.saved.id)
    const restored = await db.evaluations.get(first.saved.id)
    expect(restored?.kind === 'reaction' && restored.relevance).toBe(4)
    db.close()
  })

  it('refuses an out-of-range rating or an unknown enrolment, saving nothing', async () => {
    const db = await setUp('evaluations-invalid')
    await expect(saveEvaluation(db, { ...reaction, relevance: 6 })).rejects.toThrow(/relevance/)
    await expect(saveEvaluation(db, { ...reaction, enrolmentId: 'nope' })).rejects.toThrow(
      /no longer exists/,
    )
    expect(await db.evaluations.count()).toBe(0)
    db.close()
  })

  it('deletes and restores', async () => {
    const db = await setUp('evaluations-delete')
    const { saved } = await saveEvaluation(db, reaction)
    const removed = await deleteEvaluation(db, saved.id)
    expect(await db.evaluations.count()).toBe(0)
    await restoreEvaluation(db, removed, null)
    expect(await db.evaluations.count()).toBe(1)
    db.close()
  })

  it('stores the ROI assumptions of a training and returns the previous ones', async () => {
    const db = await setUp('evaluations-assumptions')
    const assumptions = {
      valuePerUnit: 250,
      attributionShare: 0.4,
      benefitMonths: 18,
      windowBeforeDays: 60,
      windowAfterDays: 120,
      note: 'Finance estimate',
    }
    const previous = await saveEvaluationAssumptions(db, 'init-1', assumptions)
    expect(previous).toEqual({
      valuePerUnit: null,
      attributionShare: 1,
      benefitMonths: 12,
      windowBeforeDays: 90,
      windowAfterDays: 90,
      note: '',
    })
    expect((await db.initiatives.get('init-1'))?.evaluationAssumptions).toEqual(assumptions)
    await expect(
      saveEvaluationAssumptions(db, 'init-1', { ...previous, windowAfterDays: 2 }),
    ).rejects.toThrow(/windowAfterDays/)
    await expect(
      saveEvaluationAssumptions(db, 'init-1', { ...previous, attributionShare: 1.5 }),
    ).rejects.toThrow(/attributionShare/)
    expect((await db.initiatives.get('init-1'))?.evaluationAssumptions.attributionShare).toBe(0.4)
    db.close()
  })

  it('imports reaction surveys by name or email, and reports rows it cannot place', async () => {
    const db = await setUp('evaluations-import')
    await saveEvaluation(db, reaction)
    const result = await importReactionSurveys(db, 'init-1', [
      {
        person: 'ADA@example.com',
        relevance: 3,
        engagement: 3,
        wouldRecommend: false,
        comment: '',
        date: '2026-02-04',
      },
      {
        person: 'Ben Cole',
        relevance: 5,
        engagement: 5,
        wouldRecommend: true,
        comment: '',
        date: '2026-02-04',
      },
      {
        person: 'Ada Byrne',
        relevance: 9,
        engagement: 5,
        wouldRecommend: true,
        comment: '',
        date: '2026-02-04',
      },
    ])
    expect(result.saved).toBe(1)
    expect(result.problems.map((p) => p.row)).toEqual([2, 3])
    const all = await db.evaluations.toArray()
    expect(all).toHaveLength(1)
    expect(all[0]?.kind === 'reaction' && all[0].relevance).toBe(3)
    db.close()
  })
})
