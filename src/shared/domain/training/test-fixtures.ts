import type { PersonGap } from '../skills'
import {
  defaultEvaluationAssumptions,
  type DevelopmentPlan,
  type PlanItem,
  type Skill,
  type TrainingInitiative,
} from '../../model'

export function makeSkill(id: string, name: string): Skill {
  return {
    id,
    name,
    categoryId: 'cat',
    description: '',
    tags: [],
    isCritical: false,
    minExperts: 1,
    levelDescriptors: {},
  }
}

export function makeInitiative(
  id: string,
  fields: Partial<TrainingInitiative> & Pick<TrainingInitiative, 'format'>,
): TrainingInitiative {
  return {
    id,
    title: id,
    description: '',
    provider: { kind: 'external', personId: null, name: '' },
    evaluationAssumptions: { ...defaultEvaluationAssumptions },
    cost: 0,
    hours: 1,
    skillTargets: [],
    learningOutcome: '',
    kpiId: null,
    targetChange: null,
    measurementMethod: '',
    ...fields,
  }
}

export function makeGap(
  skill: Skill,
  currentLevel: number | null,
  requiredLevel: number,
): PersonGap {
  return {
    personId: 'p1',
    skillId: skill.id,
    skillName: skill.name,
    requiredLevel,
    currentLevel,
    gap: requiredLevel - (currentLevel ?? 0),
    isAssessed: currentLevel !== null,
    isCritical: false,
    isSystemic: false,
    demandSource: 'role',
    businessGoalId: null,
  }
}

export function makePlan(id: string, personId: string, period: string): DevelopmentPlan {
  return {
    id,
    personId,
    period,
    focusSkillIds: [],
    goalIds: [],
    status: 'active',
    createdAt: '2026-07-01',
  }
}

export function makeItem(
  id: string,
  planId: string,
  fields: Partial<PlanItem> & Pick<PlanItem, 'status'>,
): PlanItem {
  return {
    id,
    planId,
    personId: 'p1',
    kind: 'activity',
    enrolmentId: null,
    title: id,
    startDate: null,
    dueDate: null,
    hours: 0,
    cost: 0,
    skillIds: [],
    evidence: [],
    ...fields,
  }
}
