import type { Assessment, DevelopmentPlan, PlanItem, RoleProfile } from '../../model'
import { findSkillName, toSkillId } from './catalogue'
import { findPerson, type SampleContext } from './context'
import { addDays, getLaterDate, moveToWorkday } from './dates'
import { roleSpecs, toRoleId } from './roles'
import { toSentenceName } from './text'
import type { RoleKey } from './types'

/**
 * Roles the business cannot run without. The roastery has a successor ready (Tomás can take any
 * roast); field service has none: nobody outside the three technicians could step in.
 */
export const criticalRoles: RoleKey[] = ['roaster', 'service-technician']

export function markCriticalRoles(roles: RoleProfile[]): RoleProfile[] {
  return roles.map((role) =>
    criticalRoles.some((key) => toRoleId(key) === role.id) ? { ...role, isCritical: true } : role,
  )
}

const coverNote =
  'Assessed for the roastery cover plan: Tomás runs any roast when a roaster is out.'

/**
 * The head roaster's levels in the roaster skills he was never assessed on, recorded when the
 * cover plan was written: they make him the roaster role's ready successor.
 */
export function createCoverAssessments(
  context: SampleContext,
  assessments: Assessment[],
): Assessment[] {
  const tomas = findPerson(context, 'tomas')
  const role = roleSpecs.find((spec) => spec.key === 'roaster')
  if (!role) throw new Error('The sample has no roaster role')
  const assessed = new Set(
    assessments
      .filter((a) => a.personId === tomas.id && a.source === 'manager')
      .map((a) => a.skillId),
  )
  const date = moveToWorkday(addDays(context.today, -41))
  return role.requirements
    .filter(([skill]) => !assessed.has(toSkillId(skill)))
    .map(([skill, required]) => ({
      id: `assess-cover-tomas-${skill}`,
      personId: tomas.id,
      skillId: toSkillId(skill),
      level: Math.min(4, required + 1),
      date,
      source: 'manager' as const,
      assessorId: tomas.managerId,
      note: coverNote,
    }))
}

/**
 * One mentoring pair: Priya wants to be roasting by next summer, and Dawit mentors her on roast
 * profiling, inside her plan for this half-year.
 */
export function createMentoringItem(context: SampleContext, plans: DevelopmentPlan[]): PlanItem {
  const mentee = findPerson(context, 'priya')
  const mentor = findPerson(context, 'dawit')
  const skill = 'roast-profiling'
  const plan = plans
    .filter((p) => p.personId === mentee.id && p.status === 'active')
    .sort((a, b) => b.period.localeCompare(a.period))[0]
  if (!plan) throw new Error('The sample mentee has no active plan')
  const startDate = getLaterDate(plan.createdAt, addDays(context.today, -35))
  return {
    id: `${plan.id.replace('plan-', 'item-')}-mentoring`,
    planId: plan.id,
    personId: mentee.id,
    kind: 'activity',
    enrolmentId: null,
    title: `Mentoring with ${mentor.givenName} on ${toSentenceName(findSkillName(toSkillId(skill)))}`,
    status: 'in-progress',
    startDate,
    dueDate: addDays(startDate, 120),
    hours: 16,
    cost: 0,
    skillIds: [toSkillId(skill)],
    evidence: [],
    mentorId: mentor.id,
  }
}
