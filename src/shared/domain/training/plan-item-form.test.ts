import { describe, expect, it } from 'vitest'
import {
  findEffortProblem,
  findPlanDatesProblem,
  parseAmount,
  parseWholeWeeks,
} from './form-checks'
import {
  choosePlanItemInitiative,
  findPlanItemProblem,
  readPlanItemDraft,
  toPlanItemDraft,
  type PlanItemDraft,
} from './plan-item-form'
import { makeInitiative, makeItem } from './test-fixtures'

const defaults = { today: '2026-09-01', periodEnd: '2026-12-31' }

function draftOf(changes: Partial<PlanItemDraft> = {}): PlanItemDraft {
  return { ...toPlanItemDraft(null, defaults), title: 'Shadow the head roaster', ...changes }
}

describe('number and date checks', () => {
  it('reads amounts of 0 or more, empty as 0, a comma as the decimal point', () => {
    expect(parseAmount('')).toBe(0)
    expect(parseAmount(' 12,5 ')).toBe(12.5)
    expect(parseAmount('-1')).toBeNull()
    expect(parseAmount('ten')).toBeNull()
    expect(parseWholeWeeks('3')).toBe(3)
    expect(parseWholeWeeks('0')).toBeNull()
    expect(parseWholeWeeks('2.5')).toBeNull()
    expect(parseWholeWeeks('')).toBeNull()
  })

  it('blames the hours before the cost, as the forms show them', () => {
    expect(findEffortProblem({ hours: 'x', cost: 'y' })?.field).toBe('hours')
    expect(findEffortProblem({ hours: '2', cost: '-5' })?.field).toBe('cost')
    expect(findEffortProblem({ hours: '', cost: '' })).toBeNull()
  })

  it('needs a start date and a due date that is not before it', () => {
    expect(findPlanDatesProblem({ startDate: '', dueDate: '' })).toEqual({
      field: 'startDate',
      text: 'Choose a start date.',
    })
    expect(findPlanDatesProblem({ startDate: '2026-02-30', dueDate: '' })?.field).toBe('startDate')
    expect(findPlanDatesProblem({ startDate: '2026-09-01', dueDate: '2026-08-31' })).toEqual({
      field: 'dueDate',
      text: 'The due date is before the start date: choose a later one, or leave it empty.',
    })
    expect(findPlanDatesProblem({ startDate: '2026-09-01', dueDate: '2026-09-01' })).toBeNull()
    expect(findPlanDatesProblem({ startDate: '2026-09-01', dueDate: '' })).toBeNull()
  })
})

describe('plan item form', () => {
  it('starts a new activity today, due at the end of the period', () => {
    expect(toPlanItemDraft(null, defaults)).toEqual({
      kind: 'activity',
      initiativeId: '',
      title: '',
      startDate: '2026-09-01',
      dueDate: '2026-12-31',
      hours: '4',
      cost: '0',
      skillIds: [],
    })
    expect(toPlanItemDraft(null, { ...defaults, periodEnd: null }).dueDate).toBe('')
  })

  it('edits a stored item and reads its dates and numbers back', () => {
    const item = makeItem('it1', 'plan1', {
      status: 'planned',
      title: 'Cupping with the roasters',
      startDate: '2026-09-14',
      hours: 2.5,
      cost: 40,
      skillIds: ['s1'],
    })
    const draft = toPlanItemDraft(item, defaults)
    expect(draft).toMatchObject({ title: item.title, dueDate: '', hours: '2.5', cost: '40' })
    expect(findPlanItemProblem(draft, { isNew: false })).toBeNull()
    expect(readPlanItemDraft(draft)).toEqual({
      title: item.title,
      startDate: item.startDate,
      dueDate: null,
      hours: 2.5,
      cost: 40,
    })
  })

  it('takes the title, hours and cost of the initiative chosen', () => {
    const initiative = makeInitiative('i1', { format: 'course', title: 'SCA Barista', hours: 16 })
    const chosen = choosePlanItemInitiative(draftOf({ kind: 'enrolment' }), {
      ...initiative,
      cost: 450,
    })
    expect(chosen).toMatchObject({
      initiativeId: 'i1',
      title: 'SCA Barista',
      hours: '16',
      cost: '450',
    })
    expect(choosePlanItemInitiative(chosen, undefined)).toMatchObject({
      initiativeId: '',
      title: 'SCA Barista',
    })
  })

  it('names the first field to fix, in the order of the form', () => {
    expect(findPlanItemProblem(draftOf({ kind: 'enrolment' }), { isNew: true })).toEqual({
      field: 'initiativeId',
      text: 'Choose the initiative to enrol in.',
    })
    // An item being edited keeps its enrolment: there is no initiative to choose.
    expect(findPlanItemProblem(draftOf({ kind: 'enrolment' }), { isNew: false })).toBeNull()
    expect(findPlanItemProblem(draftOf({ title: '  ' }), { isNew: true })).toEqual({
      field: 'title',
      text: 'Give the item a title, such as “Shadow the head roaster”.',
    })
    expect(findPlanItemProblem(draftOf({ startDate: '' }), { isNew: true })?.field).toBe(
      'startDate',
    )
    expect(findPlanItemProblem(draftOf({ dueDate: '2026-08-01' }), { isNew: true })?.field).toBe(
      'dueDate',
    )
    expect(findPlanItemProblem(draftOf({ hours: '-2' }), { isNew: true })?.field).toBe('hours')
    expect(findPlanItemProblem(draftOf({ cost: '-2' }), { isNew: true })?.field).toBe('cost')
  })
})
