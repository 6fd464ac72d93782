import { z } from 'zod'
import { Id, IsoDate, Level, OptionalId } from './common'

export const SkillCategory = z.object({
  id: Id,
  name: z.string().trim().min(1).max(120),
  order: z.number().int().default(0),
})
export type SkillCategory = z.infer<typeof SkillCategory>

export const Skill = z.object({
  id: Id,
  name: z.string().trim().min(1).max(160),
  categoryId: Id,
  description: z.string().max(4000).default(''),
  tags: z.array(z.string().max(60)).default([]),
  isCritical: z.boolean().default(false),
  /** How many people the business wants at or above the required level. */
  minExperts: z.number().int().min(0).default(1),
  /** Per-skill descriptors that override the scale's wording, keyed by level. */
  levelDescriptors: z.record(z.string(), z.string()).default({}),
})
export type Skill = z.infer<typeof Skill>

/** One step of the workspace's level scale; the level number is the key. */
export const ScaleLevel = z.object({
  level: Level,
  label: z.string().trim().min(1).max(60),
  descriptor: z.string().max(2000).default(''),
})
export type ScaleLevel = z.infer<typeof ScaleLevel>

export const RoleProfile = z.object({
  id: Id,
  name: z.string().trim().min(1).max(160),
  description: z.string().max(4000).default(''),
  /** A role the business cannot run without: the succession view watches who could step in. */
  isCritical: z.boolean().optional(),
})
export type RoleProfile = z.infer<typeof RoleProfile>

/** Why the business needs a level: the role itself, a business goal, a problem seen in reviews, or an aspiration. */
export const DemandSource = z.enum(['role', 'business-goal', 'review-problem', 'aspiration'])
export type DemandSource = z.infer<typeof DemandSource>

const demandFields = {
  demandSource: DemandSource.default('role'),
  /** The business goal behind the demand, when `demandSource` is 'business-goal'. */
  businessGoalId: OptionalId,
}

export const RoleRequirement = z.object({
  id: Id,
  roleId: Id,
  skillId: Id,
  requiredLevel: Level,
  ...demandFields,
  /** A certification the role needs for this skill, by name; null when none. */
  certification: z.string().max(200).nullable().optional(),
})
export type RoleRequirement = z.infer<typeof RoleRequirement>

/** A per-person change to what their role requires. */
export const RequirementOverride = z.object({
  id: Id,
  personId: Id,
  skillId: Id,
  requiredLevel: Level,
  reason: z.string().max(1000).default(''),
  ...demandFields,
})
export type RequirementOverride = z.infer<typeof RequirementOverride>

export const AssessmentSource = z.enum(['self', 'manager', 'peer', 'test', 'certificate'])
export type AssessmentSource = z.infer<typeof AssessmentSource>

export const Assessment = z.object({
  id: Id,
  personId: Id,
  skillId: Id,
  level: Level,
  date: IsoDate,
  source: AssessmentSource,
  assessorId: OptionalId,
  note: z.string().max(4000).default(''),
})
export type Assessment = z.infer<typeof Assessment>

/** What a person wants to learn: interest 0 (none) to 3 (eager). */
export const Aspiration = z.object({
  id: Id,
  personId: Id,
  skillId: Id,
  interest: z.number().int().min(0).max(3),
  comment: z.string().max(2000).default(''),
  updatedAt: IsoDate,
})
export type Aspiration = z.infer<typeof Aspiration>

/** A business goal that names the skills it needs: one source of skill demand. */
export const BusinessGoal = z.object({
  id: Id,
  title: z.string().trim().min(1).max(300),
  description: z.string().max(4000).default(''),
  horizon: z.string().max(40).default(''),
  goalId: OptionalId,
  skillNeeds: z
    .array(z.object({ skillId: Id, level: Level, headcount: z.number().int().min(1).default(1) }))
    .default([]),
})
export type BusinessGoal = z.infer<typeof BusinessGoal>
