import { defaultEvaluationAssumptions, type TrainingInitiative } from '../../model'
import { findEffortProblem, parseAmount, type FieldProblem } from './form-checks'

type ProviderKind = TrainingInitiative['provider']['kind']

/** A skill row as the initiative form edits it: the level as text, as a level select gives it. */
export interface SkillTargetDraft {
  /** Only keeps the row's identity while rows are added and removed; not stored. */
  id: string
  skillId: string
  targetLevel: string
}

/**
 * An initiative as its form edits it: the provider's parts side by side, numbers as typed, no
 * KPI as "".
 */
export type InitiativeDraft = Omit<
  TrainingInitiative,
  'provider' | 'cost' | 'hours' | 'skillTargets' | 'kpiId' | 'targetChange'
> & {
  providerKind: ProviderKind
  providerPersonId: string
  providerName: string
  cost: string
  hours: string
  skillTargets: SkillTargetDraft[]
  kpiId: string
  targetChange: string
}

export type InitiativeField =
  | 'title'
  | 'format'
  | 'providerKind'
  | 'providerPersonId'
  | 'providerName'
  | 'cost'
  | 'hours'
  | 'description'
  | 'skills'
  | `skill-${number}-${'skillId' | 'targetLevel'}`
  | 'learningOutcome'
  | 'kpiId'
  | 'targetChange'
  | 'measurementMethod'

export function newInitiative(id: string): TrainingInitiative {
  return {
    id,
    title: '',
    description: '',
    format: 'workshop',
    provider: { kind: 'internal', personId: null, name: '' },
    cost: 0,
    hours: 1,
    skillTargets: [],
    learningOutcome: '',
    kpiId: null,
    targetChange: null,
    measurementMethod: '',
    evaluationAssumptions: { ...defaultEvaluationAssumptions },
  }
}

export function toInitiativeDraft(
  initiative: TrainingInitiative,
  newRowId: () => string,
): InitiativeDraft {
  const { provider, cost, hours, skillTargets, kpiId, targetChange, ...rest } = initiative
  return {
    ...rest,
    evaluationAssumptions: { ...initiative.evaluationAssumptions },
    providerKind: provider.kind,
    providerPersonId: provider.personId ?? '',
    providerName: provider.name,
    cost: String(cost),
    hours: String(hours),
    skillTargets: skillTargets.map((target) => ({
      id: newRowId(),
      skillId: target.skillId,
      targetLevel: String(target.targetLevel),
    })),
    kpiId: kpiId ?? '',
    targetChange: targetChange === null ? '' : String(targetChange),
  }
}

/** A new skill row aims at level 2, or the top of a shorter scale. */
export function newSkillTargetDraft(id: string, topLevel: number): SkillTargetDraft {
  return { id, skillId: '', targetLevel: String(Math.min(2, topLevel)) }
}

/** The target change as a number, null when left empty, NaN when it is not a number. */
function parseTargetChange(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  return trimmed === '' ? null : Number(trimmed)
}

type Problem = NonNullable<FieldProblem<InitiativeField>>

function findSkillsProblem(targets: readonly SkillTargetDraft[]): Problem | null {
  for (const [index, target] of targets.entries()) {
    if (!target.skillId) {
      return { field: `skill-${index}-skillId`, text: `Skill ${index + 1}: choose a skill.` }
    }
    const first = targets.findIndex((other) => other.skillId === target.skillId)
    if (first < index) {
      return {
        field: `skill-${index}-skillId`,
        text: `Skill ${index + 1} is the same as skill ${first + 1}: list each skill once.`,
      }
    }
    if (!/^\d+$/.test(target.targetLevel)) {
      return { field: `skill-${index}-targetLevel`, text: `Skill ${index + 1}: choose a level.` }
    }
  }
  return null
}

/** The first thing to fix before the initiative can be saved, in the order the form shows it. */
export function findInitiativeProblem(draft: InitiativeDraft): Problem | null {
  if (!draft.title.trim()) return { field: 'title', text: 'Give the initiative a title.' }
  if (draft.providerKind !== 'internal' && !draft.providerName.trim()) {
    return {
      field: 'providerName',
      text:
        draft.providerKind === 'free'
          ? 'Name the resource, such as the course or the book.'
          : 'Name the provider.',
    }
  }
  const effort = findEffortProblem(draft)
  if (effort) return effort
  const skills = findSkillsProblem(draft.skillTargets)
  if (skills) return skills
  if (Number.isNaN(parseTargetChange(draft.targetChange))) {
    return {
      field: 'targetChange',
      text: 'The target change is a number, such as -2 or 5, or leave it empty.',
    }
  }
  return null
}

/** The initiative a draft stands for; read only a draft `findInitiativeProblem` passes. */
export function readInitiativeDraft(draft: InitiativeDraft): TrainingInitiative {
  const { providerKind, providerPersonId, providerName, ...rest } = draft
  return {
    ...rest,
    title: draft.title.trim(),
    provider: {
      kind: providerKind,
      // An internal expert is a person; the others are named.
      personId: providerKind === 'internal' ? providerPersonId || null : null,
      name: providerKind === 'internal' ? '' : providerName.trim(),
    },
    cost: parseAmount(draft.cost) ?? 0,
    hours: parseAmount(draft.hours) ?? 0,
    skillTargets: draft.skillTargets.map((target) => ({
      skillId: target.skillId,
      targetLevel: Number(target.targetLevel),
    })),
    kpiId: draft.kpiId || null,
    targetChange: parseTargetChange(draft.targetChange),
  }
}
