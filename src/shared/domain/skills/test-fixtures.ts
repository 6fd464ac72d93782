import {
  Person,
  RequirementOverride,
  RoleRequirement,
  Skill,
  type Aspiration,
  type Assessment,
  type AssessmentSource,
} from '../../model'
import type { SkillsData } from './types'

export const makePerson = (id: string, displayName: string, fields: Partial<Person> = {}): Person =>
  Person.parse({ id, displayName, createdAt: '2025-01-01', ...fields })

export const makeSkill = (id: string, name: string, fields: Partial<Skill> = {}): Skill =>
  Skill.parse({ id, name, categoryId: 'cat-craft', ...fields })

export const makeRoleRequirement = (
  roleId: string,
  skillId: string,
  requiredLevel: number,
  fields: Partial<RoleRequirement> = {},
): RoleRequirement =>
  RoleRequirement.parse({
    id: `req-${roleId}-${skillId}`,
    roleId,
    skillId,
    requiredLevel,
    ...fields,
  })

export const makeOverride = (
  personId: string,
  skillId: string,
  requiredLevel: number,
  fields: Partial<RequirementOverride> = {},
): RequirementOverride =>
  RequirementOverride.parse({
    id: `ovr-${personId}-${skillId}`,
    personId,
    skillId,
    requiredLevel,
    ...fields,
  })

export const makeAssessment = (
  id: string,
  personId: string,
  skillId: string,
  level: number,
  date: string,
  source: AssessmentSource = 'manager',
): Assessment => ({ id, personId, skillId, level, date, source, assessorId: null, note: '' })

export const makeAspiration = (
  personId: string,
  skillId: string,
  interest: number,
  updatedAt = '2026-05-01',
): Aspiration => ({
  id: `asp-${personId}-${skillId}-${updatedAt}`,
  personId,
  skillId,
  interest,
  comment: '',
  updatedAt,
})

/**
 * A small roastery, hand-checked in the tests. Current levels (manager source, active people):
 *
 *          roast(crit)  cupping(crit)  eudr     crm
 *   Ana    2/3 gap 1    2/2            1/2 g1   -
 *   Ben    3/3          1/2 gap 1      -/2 g2   -
 *   Cara   3/4 gap 1    3/2            2/2      -
 *   Dan    -            1/1            0/1 g1   -/2 g2 (override, aspiration demand)
 *   Eve    -            -/1 gap 1      1/1      -
 *   Finn   (left 2026-03-31; not in the default matrix)
 */
export function createRoasteryData(): SkillsData {
  const skills = [
    makeSkill('s-roast', 'Roast profiling', { isCritical: true, minExperts: 2 }),
    makeSkill('s-cupping', 'Cupping', { isCritical: true, minExperts: 1 }),
    makeSkill('s-eudr', 'EUDR traceability', { categoryId: 'cat-compliance', minExperts: 1 }),
    makeSkill('s-crm', 'CRM', { categoryId: 'cat-sales', minExperts: 1 }),
  ]
  const people = [
    makePerson('p-ana', 'Ana Souza', {
      roleId: 'r-roaster',
      teamId: 't-roast',
      hireDate: '2023-03-01',
    }),
    makePerson('p-ben', 'Ben Walsh', {
      roleId: 'r-roaster',
      teamId: 't-roast',
      hireDate: '2023-05-01',
    }),
    makePerson('p-cara', 'Cara Nolan', {
      roleId: 'r-roaster',
      teamId: 't-roast',
      hireDate: '2020-01-06',
    }),
    makePerson('p-dan', 'Dan Okafor', {
      roleId: 'r-packer',
      teamId: 't-roast',
      hireDate: '2025-06-01',
    }),
    makePerson('p-eve', 'Eve Murphy', {
      roleId: 'r-packer',
      teamId: 't-pack',
      hireDate: '2026-02-01',
    }),
    makePerson('p-finn', 'Finn Byrne', {
      roleId: 'r-packer',
      teamId: 't-pack',
      hireDate: '2024-01-01',
      status: 'left',
      leftDate: '2026-03-31',
    }),
  ]
  const bgEudr = { demandSource: 'business-goal' as const, businessGoalId: 'bg-eudr' }
  const roleRequirements = [
    makeRoleRequirement('r-roaster', 's-roast', 3),
    makeRoleRequirement('r-roaster', 's-cupping', 2, { demandSource: 'review-problem' }),
    makeRoleRequirement('r-roaster', 's-eudr', 2, bgEudr),
    makeRoleRequirement('r-packer', 's-eudr', 1, bgEudr),
    makeRoleRequirement('r-packer', 's-cupping', 1),
  ]
  const requirementOverrides = [
    makeOverride('p-cara', 's-roast', 4, { reason: 'Head roaster signs off profiles.' }),
    makeOverride('p-dan', 's-crm', 2, { demandSource: 'aspiration' }),
  ]
  const assessments = [
    makeAssessment('a01', 'p-ana', 's-roast', 3, '2026-01-15'),
    makeAssessment('a02', 'p-ana', 's-roast', 2, '2026-06-10'),
    makeAssessment('a03', 'p-ana', 's-roast', 4, '2026-07-01', 'self'),
    makeAssessment('a04', 'p-ana', 's-cupping', 2, '2026-06-10'),
    makeAssessment('a05', 'p-ana', 's-eudr', 1, '2026-06-10'),
    makeAssessment('a06', 'p-ben', 's-roast', 3, '2026-06-12'),
    makeAssessment('a07', 'p-ben', 's-cupping', 1, '2026-06-12'),
    makeAssessment('a08', 'p-ben', 's-cupping', 2, '2026-08-01', 'peer'),
    // Same day, same source: the greater id (a10) is the one that counts.
    makeAssessment('a10', 'p-cara', 's-roast', 3, '2026-06-12'),
    makeAssessment('a09', 'p-cara', 's-roast', 4, '2026-06-12'),
    makeAssessment('a11', 'p-cara', 's-cupping', 3, '2026-06-12'),
    makeAssessment('a12', 'p-cara', 's-eudr', 2, '2026-06-12'),
    makeAssessment('a13', 'p-dan', 's-eudr', 0, '2026-06-15'),
    makeAssessment('a14', 'p-dan', 's-cupping', 1, '2026-06-15'),
    makeAssessment('a15', 'p-dan', 's-crm', 2, '2026-06-01', 'self'),
    makeAssessment('a16', 'p-eve', 's-eudr', 1, '2026-02-10'),
    makeAssessment('a17', 'p-finn', 's-eudr', 1, '2026-01-10'),
    makeAssessment('a18', 'p-finn', 's-roast', 4, '2026-01-10'),
    makeAssessment('a19', 'p-finn', 's-cupping', 1, '2026-01-10'),
  ]
  const aspirations = [
    makeAspiration('p-dan', 's-crm', 3),
    makeAspiration('p-dan', 's-crm', 1, '2026-01-01'),
    makeAspiration('p-eve', 's-roast', 2),
  ]
  return { people, skills, roleRequirements, requirementOverrides, assessments, aspirations }
}

export interface LargeDataShape {
  people: number
  skills: number
  roles?: number
  teams?: number
  skillsPerRole?: number
}

/**
 * A synthetic workspace with one assessment per person and skill (a fifth of them self
 * assessments), a role per person, one override per person and some aspirations. Built
 * without zod so that making 100,000 records stays quick.
 */
export function createLargeData(shape: LargeDataShape): SkillsData {
  const roleCount = shape.roles ?? 10
  const teamCount = shape.teams ?? 20
  const perRole = Math.min(shape.skillsPerRole ?? 40, shape.skills)
  const skills: Skill[] = Array.from({ length: shape.skills }, (_, index) => ({
    id: `skill-${index}`,
    name: `Skill ${String(index).padStart(3, '0')}`,
    categoryId: `cat-${index % 5}`,
    description: '',
    tags: [],
    isCritical: index % 10 === 0,
    minExperts: 1 + (index % 3),
    levelDescriptors: {},
  }))
  const people: Person[] = Array.from({ length: shape.people }, (_, index) => ({
    id: `person-${index}`,
    employeeId: null,
    displayName: `Person ${String(index).padStart(4, '0')}`,
    givenName: '',
    familyName: '',
    email: '',
    title: '',
    teamId: `team-${index % teamCount}`,
    managerId: null,
    roleId: `role-${index % roleCount}`,
    hireDate: '2020-01-01',
    status: 'active',
    leftDate: null,
    workArrangement: null,
    location: '',
    checkinCadence: null,
    customFields: {},
    createdAt: '2020-01-01',
  }))
  const roleRequirements: RoleRequirement[] = []
  for (let role = 0; role < roleCount; role += 1) {
    for (let k = 0; k < perRole; k += 1) {
      const skill = (role * 17 + k * 3) % shape.skills
      roleRequirements.push({
        id: `req-${role}-${skill}`,
        roleId: `role-${role}`,
        skillId: `skill-${skill}`,
        requiredLevel: 1 + ((role + k) % 4),
        demandSource: k % 5 === 0 ? 'business-goal' : 'role',
        businessGoalId: k % 5 === 0 ? 'bg-1' : null,
      })
    }
  }
  const requirementOverrides: RequirementOverride[] = people.map((person, index) => ({
    id: `ovr-${index}`,
    personId: person.id,
    skillId: `skill-${(index * 7) % shape.skills}`,
    requiredLevel: 1 + (index % 4),
    reason: '',
    demandSource: 'role',
    businessGoalId: null,
  }))
  const assessments: Assessment[] = []
  for (let p = 0; p < shape.people; p += 1) {
    for (let s = 0; s < shape.skills; s += 1) {
      const n = assessments.length
      assessments.push({
        id: `as-${String(n).padStart(6, '0')}`,
        personId: `person-${p}`,
        skillId: `skill-${s}`,
        level: (p * 7 + s * 13) % 5,
        date: `2025-${String(1 + ((p + s) % 12)).padStart(2, '0')}-${String(1 + ((p * s) % 28)).padStart(2, '0')}`,
        source: (p + s) % 5 === 0 ? 'self' : 'manager',
        assessorId: null,
        note: '',
      })
    }
  }
  const aspirations: Aspiration[] = people.flatMap((person, index) => [
    makeAspiration(person.id, `skill-${(index * 11) % shape.skills}`, index % 4),
    makeAspiration(person.id, `skill-${(index * 5 + 1) % shape.skills}`, (index + 1) % 4),
  ])
  return { people, skills, roleRequirements, requirementOverrides, assessments, aspirations }
}
