import {
  RequirementOverride,
  RoleProfile,
  RoleRequirement,
  ScaleLevel,
  SkillCategory,
} from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'
import { isSameName, parseRecord } from './record-checks'
import type { Demand } from './skills'

/** Saves a category; a new one goes to the end of the list. */
export async function saveCategory(
  db: WorkspaceDb,
  category: SkillCategory,
): Promise<SkillCategory> {
  const valid = parseRecord(SkillCategory, category, 'category')
  await db.transaction('rw', db.skillCategories, async () => {
    const all = await db.skillCategories.toArray()
    const sameName = all.find(
      (other) => other.id !== valid.id && isSameName(other.name, valid.name),
    )
    if (sameName) throw new Error(`There is already a category called “${sameName.name}”.`)
    if (!all.some((other) => other.id === valid.id)) {
      valid.order = Math.max(0, ...all.map((other) => other.order)) + 1
    }
    await db.skillCategories.put(valid)
  })
  return valid
}

export async function moveCategory(
  db: WorkspaceDb,
  categoryId: string,
  direction: 'up' | 'down',
): Promise<void> {
  await db.transaction('rw', db.skillCategories, async () => {
    const ordered = await db.skillCategories.orderBy('order').toArray()
    const from = ordered.findIndex((category) => category.id === categoryId)
    const to = direction === 'up' ? from - 1 : from + 1
    if (from === -1 || to < 0 || to >= ordered.length) return
    ;[ordered[from], ordered[to]] = [ordered[to]!, ordered[from]!]
    // Renumbering every category keeps the order unambiguous even after imports with gaps or ties.
    await db.skillCategories.bulkPut(ordered.map((category, i) => ({ ...category, order: i + 1 })))
  })
}

export async function deleteCategory(db: WorkspaceDb, categoryId: string): Promise<void> {
  await db.transaction('rw', db.skillCategories, db.skills, async () => {
    const category = await db.skillCategories.get(categoryId)
    if (!category) return
    const count = await db.skills.where('categoryId').equals(categoryId).count()
    if (count > 0) {
      const them = count === 1 ? '1 skill: move it' : `${count} skills: move them`
      throw new Error(
        `“${category.name}” still holds ${them} to another category first, or delete ${count === 1 ? 'it' : 'them'}.`,
      )
    }
    await db.skillCategories.delete(categoryId)
  })
}

/** Replaces the level scale; a level may go only when nothing is recorded at it. */
export async function saveScale(db: WorkspaceDb, levels: ScaleLevel[]): Promise<ScaleLevel[]> {
  const sorted = [...levels].sort((a, b) => a.level - b.level)
  for (const level of sorted) {
    if (!level.label.trim()) throw new Error(`Level ${level.level} needs a label.`)
  }
  const valid = sorted.map((level) => parseRecord(ScaleLevel, level, 'level scale'))
  if (valid.length < 2) throw new Error('The scale needs at least two levels.')
  if (valid.some((level, i) => level.level !== i)) {
    throw new Error('The levels must count up from 0 without gaps.')
  }
  const repeated = valid.find(
    (level, i) => valid.findIndex((o) => isSameName(o.label, level.label)) !== i,
  )
  if (repeated) {
    throw new Error(`Two levels are called “${repeated.label}”: each level needs its own label.`)
  }
  const top = valid.length - 1
  const tables = [db.scaleLevels, db.assessments, db.roleRequirements, db.requirementOverrides]
  await db.transaction('rw', tables, async () => {
    const inUse =
      (await db.assessments.filter((record) => record.level > top).count()) +
      (await db.roleRequirements.filter((record) => record.requiredLevel > top).count()) +
      (await db.requirementOverrides.filter((record) => record.requiredLevel > top).count())
    if (inUse > 0) {
      throw new Error(
        `Levels above ${top} are still used by ${inUse} assessments or requirements, so they stay.`,
      )
    }
    await db.scaleLevels.where('level').above(top).delete()
    await db.scaleLevels.bulkPut(valid)
  })
  return valid
}

export async function saveRole(db: WorkspaceDb, role: RoleProfile): Promise<RoleProfile> {
  const valid = parseRecord(RoleProfile, role, 'role')
  await db.transaction('rw', db.roleProfiles, async () => {
    const sameName = await db.roleProfiles
      .filter((other) => other.id !== valid.id && isSameName(other.name, valid.name))
      .first()
    if (sameName) throw new Error(`There is already a role called “${sameName.name}”.`)
    await db.roleProfiles.put(valid)
  })
  return valid
}

/** Deletes a role and its requirements; the people who held it stay, without a role. */
export async function deleteRole(db: WorkspaceDb, roleId: string): Promise<void> {
  await db.transaction('rw', db.roleProfiles, db.roleRequirements, db.people, async () => {
    await db.people.filter((person) => person.roleId === roleId).modify({ roleId: null })
    await db.roleRequirements.where('roleId').equals(roleId).delete()
    await db.roleProfiles.delete(roleId)
  })
}

/** Sets the level a role requires in a skill, or with `level` null, drops the requirement. */
export async function setRoleRequirement(
  db: WorkspaceDb,
  roleId: string,
  skillId: string,
  level: number | null,
  demand: Demand = { demandSource: 'role', businessGoalId: null },
): Promise<RoleRequirement | null> {
  const tables = [db.roleRequirements, db.roleProfiles, db.skills, db.scaleLevels, db.businessGoals]
  return db.transaction('rw', tables, async () => {
    if (!(await db.roleProfiles.get(roleId))) throw new Error('That role no longer exists.')
    if (!(await db.skills.get(skillId))) throw new Error('That skill no longer exists.')
    const existing = await db.roleRequirements
      .where('[roleId+skillId]')
      .equals([roleId, skillId])
      .first()
    if (level === null) {
      if (existing) await db.roleRequirements.delete(existing.id)
      return null
    }
    if (!(await db.scaleLevels.get(level))) throw new Error(`Level ${level} is not on the scale.`)
    const isGoal = demand.demandSource === 'business-goal'
    if (isGoal && !demand.businessGoalId) {
      throw new Error('Choose the business goal behind this requirement.')
    }
    if (isGoal && !(await db.businessGoals.get(demand.businessGoalId ?? ''))) {
      throw new Error('That business goal no longer exists.')
    }
    const certification =
      demand.certification === undefined
        ? (existing?.certification ?? null)
        : demand.certification?.trim() || null
    if (certification && certification.length > 200) {
      throw new Error('The certification name is longer than 200 characters.')
    }
    const record = parseRecord(
      RoleRequirement,
      {
        id: existing?.id ?? crypto.randomUUID(),
        roleId,
        skillId,
        requiredLevel: level,
        demandSource: demand.demandSource,
        businessGoalId: isGoal ? demand.businessGoalId : null,
        certification,
      },
      'requirement',
    )
    await db.roleRequirements.put(record)
    return record
  })
}

/**
 * Sets what one person needs in a skill, whatever their role says; `level` null removes the
 * override so the role's requirement applies again.
 */
export async function setPersonRequirement(
  db: WorkspaceDb,
  input: { personId: string; skillId: string; level: number | null; reason: string },
): Promise<void> {
  await db.transaction(
    'rw',
    [db.requirementOverrides, db.people, db.skills, db.scaleLevels],
    async () => {
      if (!(await db.people.get(input.personId))) throw new Error('That person no longer exists.')
      if (!(await db.skills.get(input.skillId))) throw new Error('That skill no longer exists.')
      const existing = await db.requirementOverrides
        .where('[personId+skillId]')
        .equals([input.personId, input.skillId])
        .first()
      if (input.level === null) {
        if (existing) await db.requirementOverrides.delete(existing.id)
        return
      }
      if (!(await db.scaleLevels.get(input.level)))
        throw new Error(`Level ${input.level} is not on the scale.`)
      await db.requirementOverrides.put(
        parseRecord(
          RequirementOverride,
          {
            ...existing,
            id: existing?.id ?? crypto.randomUUID(),
            personId: input.personId,
            skillId: input.skillId,
            requiredLevel: input.level,
            reason: input.reason.trim(),
          },
          'personal requirement',
        ),
      )
    },
  )
}
