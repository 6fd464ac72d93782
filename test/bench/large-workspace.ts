import { createStarterWorkspaceData } from '../../src/shared/domain/workspace/defaults'
import type { WorkspaceData } from '../../src/shared/model'

/** 500 people x 200 skills with 100,000 manager assessments: the size the matrix must stay smooth at. */
export function buildLargeWorkspace(
  options = { people: 500, skills: 200, roles: 20 },
): WorkspaceData {
  const data = createStarterWorkspaceData()
  let seed = 42
  const random = () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296
    return seed / 4294967296
  }
  for (let c = 0; c < 5; c += 1)
    data.skillCategories.push({ id: `cat-${c}`, name: `Category ${c + 1}`, order: c })
  for (let s = 0; s < options.skills; s += 1) {
    data.skills.push({
      id: `skill-${s}`,
      name: `Skill ${String(s + 1).padStart(3, '0')}`,
      categoryId: `cat-${s % 5}`,
      description: '',
      tags: [],
      isCritical: s % 17 === 0,
      minExperts: 2,
      levelDescriptors: {},
    })
  }
  for (let r = 0; r < options.roles; r += 1) {
    data.roleProfiles.push({ id: `role-${r}`, name: `Role ${r + 1}`, description: '' })
    for (let k = 0; k < 30; k += 1) {
      const skill = (r * 7 + k * 3) % options.skills
      if (
        data.roleRequirements.some(
          (req) => req.roleId === `role-${r}` && req.skillId === `skill-${skill}`,
        )
      )
        continue
      data.roleRequirements.push({
        id: `req-${r}-${skill}`,
        roleId: `role-${r}`,
        skillId: `skill-${skill}`,
        requiredLevel: 1 + Math.floor(random() * 4),
        demandSource: 'role',
        businessGoalId: null,
      })
    }
  }
  for (let t = 0; t < 10; t += 1)
    data.teams.push({
      id: `team-${t}`,
      name: `Team ${t + 1}`,
      description: '',
      parentTeamId: null,
      leadPersonId: null,
    })
  for (let p = 0; p < options.people; p += 1) {
    data.people.push({
      id: `person-${p}`,
      employeeId: `E${p}`,
      displayName: `Person ${String(p + 1).padStart(3, '0')}`,
      givenName: 'Person',
      familyName: String(p + 1),
      email: `person${p}@example.com`,
      title: 'Specialist',
      teamId: `team-${p % 10}`,
      managerId: p < 10 ? null : `person-${p % 10}`,
      roleId: `role-${p % options.roles}`,
      hireDate: '2020-01-01',
      status: 'active',
      leftDate: null,
      workArrangement: null,
      location: '',
      checkinCadence: null,
      customFields: {},
      createdAt: '2020-01-01',
    })
    for (let s = 0; s < options.skills; s += 1) {
      data.assessments.push({
        id: `a-${p}-${s}`,
        personId: `person-${p}`,
        skillId: `skill-${s}`,
        level: Math.floor(random() * 5),
        date: '2026-06-01',
        source: 'manager',
        assessorId: null,
        note: '',
      })
    }
  }
  return data
}
