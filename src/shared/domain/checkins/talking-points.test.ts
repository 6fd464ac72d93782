import { describe, expect, it } from 'vitest'
import {
  defaultEvaluationAssumptions,
  type Enrolment,
  type Goal,
  type GoalUpdate,
  type PlanItem,
  type TrainingInitiative,
} from '../../model'
import {
  suggestCompletedTraining,
  suggestDevelopmentGoal,
  suggestFeedback,
  suggestOffTrackGoals,
  suggestOpenActions,
  suggestPlanItems,
  suggestSkillGaps,
  suggestTalkingPoints,
  type TalkingPointInput,
} from './talking-points'
import { makeAction, makeCheckin, makeFeedback } from './test-fixtures'

const previous = makeCheckin({
  id: 'c1',
  date: '2026-11-02',
  answers: [{ sectionId: 'next-goal', text: 'Dial in the **new grinder** alone' }],
})

function planItem(overrides: Partial<PlanItem>): PlanItem {
  return {
    id: 'pi',
    planId: 'plan',
    personId: 'p1',
    kind: 'activity',
    enrolmentId: null,
    title: 'Shadow a roast',
    status: 'planned',
    evidence: [],
    startDate: null,
    dueDate: null,
    hours: 0,
    cost: 0,
    skillIds: [],
    ...overrides,
  }
}

const initiative: TrainingInitiative = {
  evaluationAssumptions: { ...defaultEvaluationAssumptions },
  id: 'i1',
  title: 'Latte art basics',
  description: '',
  format: 'workshop',
  provider: { kind: 'internal', personId: null, name: '' },
  cost: 0,
  hours: 2,
  skillTargets: [{ skillId: 's-milk', targetLevel: 2 }],
  learningOutcome: '',
  kpiId: null,
  targetChange: null,
  measurementMethod: '',
}

function enrolment(overrides: Partial<Enrolment>): Enrolment {
  return {
    id: 'e',
    personId: 'p1',
    initiativeId: 'i1',
    campaignId: null,
    status: 'completed',
    startDate: '2026-10-01',
    endDate: null,
    ...overrides,
  }
}

function goal(overrides: Partial<Goal>): Goal {
  return {
    id: 'g',
    title: 'Cut waste',
    description: '',
    level: 'person',
    style: 'smart',
    period: '2026-Q4',
    parentId: null,
    teamId: null,
    ownerPersonId: 'p1',
    dueDate: null,
    status: 'active',
    weight: 1,
    smart: null,
    skillIds: [],
    carriedFromId: null,
    ...overrides,
  }
}

function update(overrides: Partial<GoalUpdate>): GoalUpdate {
  return {
    id: 'u',
    goalId: 'g',
    keyResultId: null,
    date: '2026-11-01',
    value: null,
    confidence: 'on-track',
    note: '',
    ...overrides,
  }
}

const base: TalkingPointInput = {
  today: '2026-11-23',
  previous,
  planItems: [],
  enrolments: [],
  initiatives: [initiative],
  goals: [],
  goalUpdates: [],
  gaps: [],
  feedback: [],
  openActions: [],
}

describe('suggested talking points', () => {
  it('follows up on the development goal set last time, as plain text', () => {
    const [point] = suggestDevelopmentGoal(base)
    expect(point?.text).toBe('Development goal from last time: Dial in the new grinder alone')
    expect(point?.reason).toBe('Set as the one development goal at the check-in on 2 Nov 2026.')
    expect(suggestDevelopmentGoal({ ...base, previous: makeCheckin() })).toEqual([])
    expect(suggestDevelopmentGoal({ ...base, previous: null })).toEqual([])
  })

  it('lists open actions with their owner and how late they are', () => {
    const points = suggestOpenActions({
      ...base,
      openActions: [
        makeAction({ id: 'a1', dueDate: '2026-11-16' }),
        makeAction({ id: 'a2', owner: 'manager', dueDate: null }),
      ],
    })
    expect(points.map((p) => p.reason)).toEqual([
      'Still open: their action, was due 16 Nov 2026 (7 days overdue).',
      'Still open: your action, has no due date.',
    ])
  })

  it('picks plan items overdue or due within 14 days that are not finished', () => {
    const points = suggestPlanItems({
      ...base,
      planItems: [
        planItem({ id: 'late', dueDate: '2026-11-20', status: 'in-progress' }),
        planItem({ id: 'soon', dueDate: '2026-12-07' }),
        planItem({ id: 'far', dueDate: '2026-12-08' }),
        planItem({ id: 'done', dueDate: '2026-11-20', status: 'completed' }),
        planItem({ id: 'undated' }),
      ],
    })
    expect(points.map((p) => p.key)).toEqual(['plan-item:late', 'plan-item:soon'])
    expect(points[0]?.reason).toBe('Plan item overdue since 20 Nov 2026, still in progress.')
    expect(points[1]?.link).toEqual({ type: 'planItem', id: 'soon' })
  })

  it('asks how training completed since the last check-in is applied', () => {
    const points = suggestCompletedTraining({
      ...base,
      enrolments: [
        enrolment({ id: 'before', endDate: '2026-11-02' }),
        enrolment({ id: 'after', endDate: '2026-11-12' }),
        enrolment({ id: 'running', status: 'in-progress', endDate: '2026-11-12' }),
      ],
    })
    expect(points.map((p) => p.key)).toEqual(['training:after'])
    expect(points[0]?.text).toBe('How is “Latte art basics” being applied at work?')
    expect(points[0]?.link).toEqual({ type: 'skill', id: 's-milk' })
    // With no earlier check-in, the last 30 days count.
    const first = suggestCompletedTraining({
      ...base,
      previous: null,
      enrolments: [enrolment({ id: 'old', endDate: '2026-10-28' })],
    })
    expect(first.map((p) => p.key)).toEqual(['training:old'])
  })

  it('raises goals whose latest update is off track or at risk, off track first', () => {
    const points = suggestOffTrackGoals({
      ...base,
      goals: [
        goal({ id: 'g1', title: 'Cut waste' }),
        goal({ id: 'g2', title: 'Faster service' }),
        goal({ id: 'g3', title: 'Recovered' }),
        goal({ id: 'g4', title: 'Dropped', status: 'dropped' }),
      ],
      goalUpdates: [
        update({ id: 'u1', goalId: 'g1', confidence: 'at-risk' }),
        update({ id: 'u2', goalId: 'g2', confidence: 'off-track', date: '2026-11-10' }),
        update({ id: 'u3', goalId: 'g3', confidence: 'off-track', date: '2026-10-01' }),
        update({ id: 'u4', goalId: 'g3', confidence: 'on-track', date: '2026-11-01' }),
        update({ id: 'u5', goalId: 'g4', confidence: 'off-track' }),
      ],
    })
    expect(points.map((p) => p.text)).toEqual([
      'Goal off track: Faster service',
      'Goal at risk: Cut waste',
    ])
    expect(points[0]?.reason).toBe('Marked off track in the update of 10 Nov 2026.')
  })

  it('names the largest skill gaps, three at most', () => {
    const gaps = ['A', 'B', 'C', 'D'].map((name, index) => ({
      skillId: `s${index}`,
      skillName: name,
      isCritical: index === 0,
      current: 1,
      required: 3,
      gap: 2,
    }))
    const points = suggestSkillGaps({ ...base, gaps })
    expect(points).toHaveLength(3)
    expect(points[0]?.reason).toBe(
      'Level 1 against 3 required: a gap of 2 in a critical skill, among their largest.',
    )
  })

  it('brings up feedback logged since the last check-in', () => {
    const points = suggestFeedback({
      ...base,
      feedback: [
        makeFeedback({ id: 'old', date: '2026-11-01' }),
        makeFeedback({ id: 'new', date: '2026-11-10', kind: 'constructive', authorName: 'Sam' }),
      ],
    })
    expect(points.map((p) => p.key)).toEqual(['feedback:new'])
    expect(points[0]?.text).toBe('Constructive feedback: Kept the queue moving and calm')
    expect(points[0]?.reason).toBe(
      'Logged on 10 Nov 2026 by Sam, since the last check-in on 2 Nov 2026.',
    )
  })

  it('orders all rules: goal, actions, plan, training, goals, feedback, gaps', () => {
    const points = suggestTalkingPoints({
      ...base,
      openActions: [makeAction()],
      planItems: [planItem({ dueDate: '2026-11-20' })],
      enrolments: [enrolment({ endDate: '2026-11-12' })],
      goals: [goal({})],
      goalUpdates: [update({ confidence: 'off-track' })],
      feedback: [makeFeedback()],
      gaps: [{ skillId: 's', skillName: 'S', isCritical: false, current: 0, required: 2, gap: 2 }],
    })
    expect(points.map((p) => p.kind)).toEqual([
      'development-goal',
      'action',
      'plan-item',
      'training',
      'goal',
      'feedback',
      'skill-gap',
    ])
  })
})
