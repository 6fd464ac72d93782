import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import { openWorkspaceDb, type WorkspaceDb } from '../workspace-db'
import { deleteSkill, mergeSkills, saveSkill } from './skills'
import {
  deleteCategory,
  deleteRole,
  moveCategory,
  saveCategory,
  saveRole,
  saveScale,
  setPersonRequirement,
  setRoleRequirement,
} from './skill-structure'
import { readWorkspaceData, replaceWorkspaceData } from './snapshot'

let counter = 0
async function openSample(): Promise<WorkspaceDb> {
  const db = openWorkspaceDb(`skills-test-${counter++}`)
  await replaceWorkspaceData(db, generateSampleCompany({ today: '2026-11-23' }))
  return db
}

async function mentionsOf(db: WorkspaceDb, skillId: string): Promise<number> {
  // Requests and responses keep their questions as they were sent (a page already out answers
  // them); a response's answer for a skill that is gone is left out when it is imported.
  const { requests: _sent, responses: _answered, ...data } = await readWorkspaceData(db)
  return JSON.stringify(data).split(`"${skillId}"`).length - 1
}

describe('skills repository', () => {
  it('keeps skill names unique, whatever the case', async () => {
    const db = await openSample()
    const [first, second] = await db.skills.toArray()
    await expect(
      saveSkill(db, { ...second!, name: `  ${first!.name.toUpperCase()} ` }),
    ).rejects.toThrow(/already a skill called/)
    expect(await db.skills.get(second!.id)).toEqual(second)
    const renamed = await saveSkill(db, { ...second!, name: 'Green coffee grading (SCA)' })
    expect(await db.skills.get(second!.id)).toEqual(renamed)
    db.close()
  })

  it('saves nothing when a skill fails validation', async () => {
    const db = await openSample()
    const before = await db.skills.toArray()
    const skill = before[0]!
    await expect(saveSkill(db, { ...skill, name: '' })).rejects.toThrow(/not saved/)
    await expect(saveSkill(db, { ...skill, minExperts: -1 })).rejects.toThrow(/minExperts/)
    await expect(saveSkill(db, { ...skill, categoryId: 'cat-gone' })).rejects.toThrow(/category/)
    expect(await db.skills.toArray()).toEqual(before)
    db.close()
  })

  it('tidies tags and drops blank level descriptors', async () => {
    const db = await openSample()
    const skill = (await db.skills.get('skill-green-grading'))!
    const saved = await saveSkill(db, {
      ...skill,
      tags: [' quality', 'Quality', '', 'sourcing '],
      levelDescriptors: { '2': ' Grades alone. ', '3': '  ' },
    })
    expect(saved.tags).toEqual(['quality', 'sourcing'])
    expect(saved.levelDescriptors).toEqual({ '2': 'Grades alone.' })
    db.close()
  })

  it('deletes a skill with its assessments, requirements and aspirations, and unlinks it', async () => {
    const db = await openSample()
    const skillId = 'skill-eudr-traceability'
    expect(await db.assessments.where('skillId').equals(skillId).count()).toBeGreaterThan(0)
    expect(await db.aspirations.where('skillId').equals(skillId).count()).toBeGreaterThan(0)
    expect(await db.roleRequirements.where('skillId').equals(skillId).count()).toBeGreaterThan(0)
    const assessments = await db.assessments.count()
    const own = await db.assessments.where('skillId').equals(skillId).count()
    await deleteSkill(db, skillId)
    expect(await mentionsOf(db, skillId)).toBe(0)
    expect(await db.assessments.count()).toBe(assessments - own)
    db.close()
  })

  it('merges a duplicate: every assessment kept, everything re-pointed, the higher level wins', async () => {
    const db = await openSample()
    const keepId = 'skill-machine-servicing'
    const duplicateId = 'skill-grinder-servicing'
    const [keep, duplicate] = [(await db.skills.get(keepId))!, (await db.skills.get(duplicateId))!]
    const totalAssessments = await db.assessments.count()
    const moved = await db.assessments.where('skillId').equals(duplicateId).primaryKeys()
    const kept = await db.assessments.where('skillId').equals(keepId).count()
    expect(moved.length).toBeGreaterThan(0)

    // A role that needs both, at a higher level for the duplicate, and an aspiration on each.
    const role = (await db.roleProfiles.toArray())[0]!
    await setRoleRequirement(db, role.id, keepId, 1)
    await setRoleRequirement(db, role.id, duplicateId, 3, {
      demandSource: 'business-goal',
      businessGoalId: 'bg-wholesale-growth',
    })
    const person = (await db.people.toArray())[0]!
    await db.aspirations
      .where('personId')
      .equals(person.id)
      .filter((record) => record.skillId === keepId || record.skillId === duplicateId)
      .delete()
    await db.aspirations.bulkPut([
      { ...aspiration(person.id, keepId), interest: 3, id: 'asp-keep' },
      { ...aspiration(person.id, duplicateId), interest: 1, id: 'asp-dup' },
    ])
    await db.initiatives.put({
      ...(await db.initiatives.toArray())[0]!,
      skillTargets: [
        { skillId: keepId, targetLevel: 2 },
        { skillId: duplicateId, targetLevel: 3 },
      ],
    })
    const goal = (await db.goals.toArray())[0]!
    await db.goals.put({ ...goal, skillIds: [duplicateId] })

    await mergeSkills(db, keepId, duplicateId)

    expect(await db.skills.get(duplicateId)).toBeUndefined()
    expect(await mentionsOf(db, duplicateId)).toBe(0)
    expect(await db.assessments.count()).toBe(totalAssessments)
    expect(await db.assessments.where('skillId').equals(keepId).count()).toBe(kept + moved.length)
    for (const assessment of await db.assessments.bulkGet(moved)) {
      expect(assessment?.skillId).toBe(keepId)
    }
    const requirement = await db.roleRequirements
      .where('[roleId+skillId]')
      .equals([role.id, keepId])
      .first()
    expect(requirement).toMatchObject({ requiredLevel: 3, demandSource: 'business-goal' })
    const wish = await db.aspirations
      .where('[personId+skillId]')
      .equals([person.id, keepId])
      .toArray()
    expect(wish.map((record) => record.interest)).toEqual([3])
    const initiative = (await db.initiatives.toArray())[0]!
    expect(initiative.skillTargets).toEqual([{ skillId: keepId, targetLevel: 3 }])
    expect((await db.goals.get(goal.id))?.skillIds).toEqual([keepId])
    const merged = (await db.skills.get(keepId))!
    expect(merged.name).toBe(keep.name)
    expect(merged.isCritical).toBe(keep.isCritical || duplicate.isCritical)
    expect(merged.minExperts).toBe(Math.max(keep.minExperts, duplicate.minExperts))
    db.close()
  })

  it('refuses to merge a skill with itself or a missing one, and changes nothing', async () => {
    const db = await openSample()
    const before = await readWorkspaceData(db)
    await expect(mergeSkills(db, 'skill-cupping', 'skill-cupping')).rejects.toThrow(/different/)
    await expect(mergeSkills(db, 'skill-cupping', 'skill-gone')).rejects.toThrow(/no longer/)
    expect(await readWorkspaceData(db)).toEqual(before)
    db.close()
  })

  it('adds, renames, reorders and deletes categories, refusing one that still holds skills', async () => {
    const db = await openSample()
    const added = await saveCategory(db, { id: 'cat-new', name: 'Languages', order: 0 })
    expect(added.order).toBe(6)
    await expect(saveCategory(db, { ...added, name: 'coffee CRAFT' })).rejects.toThrow(/already/)
    await moveCategory(db, 'cat-new', 'up')
    await moveCategory(db, 'cat-coffee-craft', 'up')
    const order = (await db.skillCategories.orderBy('order').toArray()).map((c) => c.id)
    expect(order.slice(0, 1)).toEqual(['cat-coffee-craft'])
    expect(order.slice(-2)).toEqual(['cat-new', 'cat-compliance'])
    await expect(deleteCategory(db, 'cat-coffee-craft')).rejects.toThrow(/still holds \d+ skills/)
    expect(await db.skillCategories.get('cat-coffee-craft')).toBeDefined()
    await deleteCategory(db, 'cat-new')
    expect(await db.skillCategories.get('cat-new')).toBeUndefined()
    db.close()
  })

  it('saves the scale with unique labels, and saves nothing when a label is missing or repeated', async () => {
    const db = await openSample()
    const scale = await db.scaleLevels.orderBy('level').toArray()
    const edited = scale.map((level) =>
      level.level === 3 ? { ...level, descriptor: 'Handles the hard cases alone.' } : level,
    )
    await saveScale(db, edited)
    expect((await db.scaleLevels.get(3))?.descriptor).toBe('Handles the hard cases alone.')
    const renamed = edited.map((level) => (level.level === 2 ? { ...level, label: ' ' } : level))
    await expect(saveScale(db, renamed)).rejects.toThrow(/Level 2 needs a label/)
    const repeated = edited.map((level) =>
      level.level === 2 ? { ...level, label: 'expert', descriptor: 'changed' } : level,
    )
    await expect(saveScale(db, repeated)).rejects.toThrow(/Two levels are called/)
    await expect(saveScale(db, edited.slice(0, 4))).rejects.toThrow(/still used/)
    expect(await db.scaleLevels.orderBy('level').toArray()).toEqual(edited)
    db.close()
  })

  it('keeps role names unique and frees the people when a role goes', async () => {
    const db = await openSample()
    const [first, second] = await db.roleProfiles.toArray()
    await expect(saveRole(db, { ...second!, name: first!.name.toLowerCase() })).rejects.toThrow(
      /already a role/,
    )
    const holders = await db.people.filter((person) => person.roleId === first!.id).count()
    expect(holders).toBeGreaterThan(0)
    const people = await db.people.count()
    await deleteRole(db, first!.id)
    expect(await db.roleProfiles.get(first!.id)).toBeUndefined()
    expect(await db.people.count()).toBe(people)
    expect(await db.people.filter((person) => person.roleId === first!.id).count()).toBe(0)
    expect(await db.roleRequirements.where('roleId').equals(first!.id).count()).toBe(0)
    db.close()
  })

  it('sets, changes and clears a role requirement, checking the level and the business goal', async () => {
    const db = await openSample()
    const role = (await db.roleProfiles.toArray())[0]!
    const skillId = 'skill-water-chemistry'
    const count = await db.roleRequirements.count()
    const set = await setRoleRequirement(db, role.id, skillId, 2)
    expect(set).toMatchObject({ requiredLevel: 2, demandSource: 'role', businessGoalId: null })
    await setRoleRequirement(db, role.id, skillId, 3, {
      demandSource: 'review-problem',
      businessGoalId: 'bg-wholesale-growth',
    })
    const changed = await db.roleRequirements.get(set!.id)
    expect(changed).toMatchObject({ requiredLevel: 3, businessGoalId: null })
    await expect(setRoleRequirement(db, role.id, skillId, 9)).rejects.toThrow(/not on the scale/)
    await expect(
      setRoleRequirement(db, role.id, skillId, 2, {
        demandSource: 'business-goal',
        businessGoalId: null,
      }),
    ).rejects.toThrow(/business goal/)
    expect(await db.roleRequirements.get(set!.id)).toEqual(changed)
    await setRoleRequirement(db, role.id, skillId, null)
    expect(await db.roleRequirements.count()).toBe(count)
    db.close()
  })

  it('sets, keeps and clears the certification a requirement needs, refusing one too long', async () => {
    const db = await openSample()
    const role = (await db.roleProfiles.toArray())[0]!
    const skillId = 'skill-water-chemistry'
    const set = await setRoleRequirement(db, role.id, skillId, 2, {
      demandSource: 'role',
      businessGoalId: null,
      certification: '  Water treatment Level 1 ',
    })
    expect(set?.certification).toBe('Water treatment Level 1')
    // A save that leaves the certification out (a change of level) keeps it.
    await setRoleRequirement(db, role.id, skillId, 3)
    expect(await db.roleRequirements.get(set!.id)).toMatchObject({
      requiredLevel: 3,
      certification: 'Water treatment Level 1',
    })
    await expect(
      setRoleRequirement(db, role.id, skillId, 3, {
        demandSource: 'role',
        businessGoalId: null,
        certification: 'x'.repeat(201),
      }),
    ).rejects.toThrow(/longer than 200/)
    expect((await db.roleRequirements.get(set!.id))?.certification).toBe('Water treatment Level 1')
    await setRoleRequirement(db, role.id, skillId, 3, {
      demandSource: 'role',
      businessGoalId: null,
      certification: '   ',
    })
    expect((await db.roleRequirements.get(set!.id))?.certification).toBeNull()
    db.close()
  })
})

function aspiration(personId: string, skillId: string) {
  return { personId, skillId, comment: '', updatedAt: '2026-11-01' }
}

describe('personal requirements', () => {
  it('sets, changes and removes one person’s requirement without touching the role', async () => {
    const db = openWorkspaceDb('skills-person-requirement')
    await replaceWorkspaceData(db, generateSampleCompany({ today: '2026-11-23' }))
    const person = (await db.people.filter((p) => p.roleId !== null).first())!
    const skill = (await db.skills.toArray()).at(-1)!
    const roleRequirements = await db.roleRequirements.count()
    await setPersonRequirement(db, {
      personId: person.id,
      skillId: skill.id,
      level: 3,
      reason: 'Covers the night shift',
    })
    await setPersonRequirement(db, {
      personId: person.id,
      skillId: skill.id,
      level: 2,
      reason: 'Covers the night shift',
    })
    const overrides = await db.requirementOverrides
      .where('[personId+skillId]')
      .equals([person.id, skill.id])
      .toArray()
    expect(overrides).toEqual([
      expect.objectContaining({ requiredLevel: 2, reason: 'Covers the night shift' }),
    ])
    await expect(
      setPersonRequirement(db, { personId: person.id, skillId: skill.id, level: 9, reason: '' }),
    ).rejects.toThrow(/not on the scale/)
    await setPersonRequirement(db, {
      personId: person.id,
      skillId: skill.id,
      level: null,
      reason: '',
    })
    expect(
      await db.requirementOverrides
        .where('[personId+skillId]')
        .equals([person.id, skill.id])
        .count(),
    ).toBe(0)
    expect(await db.roleRequirements.count()).toBe(roleRequirements)
    db.close()
  })
})
