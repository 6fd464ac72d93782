import { describe, expect, it } from 'vitest'
import {
  findRequirement,
  listDemandSources,
  listPersonRequirements,
  resolveRequirements,
} from './required-levels'
import { createRoasteryData, makeOverride, makePerson, makeRoleRequirement } from './test-fixtures'

const data = createRoasteryData()
const levelsOf = (personId: string, demandSources?: Parameters<typeof resolveRequirements>[2]) => {
  const index = resolveRequirements(data.people, data, demandSources)
  return Object.fromEntries(
    [...(index.get(personId)?.values() ?? [])].map((r) => [r.skillId, r.requiredLevel]),
  )
}

describe('resolveRequirements', () => {
  it("takes the role's requirements with their demand source and business goal", () => {
    expect(levelsOf('p-ana')).toEqual({ 's-roast': 3, 's-cupping': 2, 's-eudr': 2 })
    const index = resolveRequirements(data.people, data)
    expect(findRequirement(index, 'p-ana', 's-eudr')).toEqual({
      personId: 'p-ana',
      skillId: 's-eudr',
      requiredLevel: 2,
      demandSource: 'business-goal',
      businessGoalId: 'bg-eudr',
      origin: 'role',
      recordId: 'req-r-roaster-s-eudr',
      replacedRoleRequirement: null,
    })
    expect(findRequirement(index, 'p-ana', 's-crm')).toBeNull()
  })

  it('lets an override win and keeps the role requirement it replaced', () => {
    expect(levelsOf('p-cara')).toEqual({ 's-roast': 4, 's-cupping': 2, 's-eudr': 2 })
    const requirement = findRequirement(resolveRequirements(data.people, data), 'p-cara', 's-roast')
    expect(requirement?.origin).toBe('override')
    expect(requirement?.recordId).toBe('ovr-p-cara-s-roast')
    expect(requirement?.replacedRoleRequirement?.requiredLevel).toBe(3)
  })

  it('lets an override require a skill the role does not', () => {
    expect(levelsOf('p-dan')).toEqual({ 's-eudr': 1, 's-cupping': 1, 's-crm': 2 })
    const crm = findRequirement(resolveRequirements(data.people, data), 'p-dan', 's-crm')
    expect(crm?.demandSource).toBe('aspiration')
    expect(crm?.replacedRoleRequirement).toBeNull()
  })

  it('treats an override to level 0 as an exemption and ignores a person without a role', () => {
    const people = [makePerson('p1', 'One', { roleId: 'r' }), makePerson('p2', 'Two')]
    const records = {
      roleRequirements: [makeRoleRequirement('r', 's1', 2), makeRoleRequirement('r', 's2', 1)],
      requirementOverrides: [makeOverride('p1', 's2', 0), makeOverride('p2', 's3', 3)],
    }
    const index = resolveRequirements(people, records)
    expect([...(index.get('p1')?.keys() ?? [])]).toEqual(['s1'])
    expect([...(index.get('p2')?.keys() ?? [])]).toEqual(['s3'])
  })

  it('resolves duplicate records to the stricter level whatever the input order', () => {
    const people = [makePerson('p1', 'One', { roleId: 'r' })]
    const a = makeRoleRequirement('r', 's1', 2, { id: 'b' })
    const b = makeRoleRequirement('r', 's1', 3, { id: 'a' })
    for (const roleRequirements of [
      [a, b],
      [b, a],
    ]) {
      const index = resolveRequirements(people, { roleRequirements, requirementOverrides: [] })
      expect(findRequirement(index, 'p1', 's1')?.recordId).toBe('a')
    }
  })
})

describe('filtering requirements by demand source', () => {
  it('keeps only business-goal demand', () => {
    expect(levelsOf('p-ana', ['business-goal'])).toEqual({ 's-eudr': 2 })
    expect(levelsOf('p-dan', ['business-goal'])).toEqual({ 's-eudr': 1 })
    expect(levelsOf('p-dan', ['aspiration'])).toEqual({ 's-crm': 2 })
    expect(levelsOf('p-ana', ['review-problem', 'role'])).toEqual({ 's-roast': 3, 's-cupping': 2 })
  })

  it('treats an empty list as no filter', () => {
    expect(levelsOf('p-ana', [])).toEqual(levelsOf('p-ana'))
  })

  it('keeps an override that raised a goal-driven requirement in the business-goal view', () => {
    const person = makePerson('p1', 'One', { roleId: 'r' })
    const records = {
      roleRequirements: [
        makeRoleRequirement('r', 's1', 2, { demandSource: 'business-goal', businessGoalId: 'bg' }),
      ],
      requirementOverrides: [makeOverride('p1', 's1', 3)],
    }
    const [requirement] = listPersonRequirements(person, records, ['business-goal'])
    expect(requirement?.requiredLevel).toBe(3)
    expect(requirement && listDemandSources(requirement)).toEqual(['role', 'business-goal'])
    expect(listPersonRequirements(person, records, ['review-problem'])).toEqual([])
  })
})
