import type { Table } from 'dexie'
import { Skill, type DemandSource, type Person, type TableName } from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'
import { isSameName, parseRecord } from './record-checks'

export interface Demand {
  demandSource: DemandSource
  businessGoalId: string | null
  /** The certification a role needs for the skill, by name; null for none, left out to keep it. */
  certification?: string | null
}

function keepFirstOfEachName(names: string[]): string[] {
  return names.filter((name, i) => names.findIndex((other) => isSameName(other, name)) === i)
}

/** Tidies what a form typed: blank tags and descriptors are dropped, repeated tags kept once. */
function normalizeSkill(skill: Skill): Skill {
  const tags = skill.tags.map((tag) => tag.trim()).filter(Boolean)
  const descriptors = Object.entries(skill.levelDescriptors)
    .map(([level, text]) => [level, text.trim()] as const)
    .filter(([, text]) => text !== '')
  return {
    ...skill,
    name: skill.name.trim(),
    tags: keepFirstOfEachName(tags),
    levelDescriptors: Object.fromEntries(descriptors),
  }
}

export async function saveSkill(db: WorkspaceDb, skill: Skill): Promise<Skill> {
  const valid = parseRecord(Skill, normalizeSkill(skill), 'skill')
  await db.transaction('rw', db.skills, db.skillCategories, async () => {
    if (!(await db.skillCategories.get(valid.categoryId))) {
      throw new Error('That category no longer exists: choose another.')
    }
    const sameName = await db.skills
      .filter((other) => other.id !== valid.id && isSameName(other.name, valid.name))
      .first()
    if (sameName) {
      throw new Error(`There is already a skill called “${sameName.name}”: skill names are unique.`)
    }
    await db.skills.put(valid)
  })
  return valid
}

/** Every table a skill's deletion or merge may touch. */
const skillTableNames = [
  'skills',
  'assessments',
  'roleRequirements',
  'requirementOverrides',
  'aspirations',
  'initiatives',
  'goals',
  'businessGoals',
  'plans',
  'planItems',
  'checkins',
  'feedback',
  'reviews',
] as const satisfies readonly TableName[]

function listSkillTables(db: WorkspaceDb): Table[] {
  return skillTableNames.map((name) => db.table(name))
}

/** Deletes a skill with its assessments, requirements and aspirations, and unlinks it everywhere else. */
export async function deleteSkill(db: WorkspaceDb, skillId: string): Promise<void> {
  await db.transaction('rw', listSkillTables(db), async () => {
    for (const table of [db.assessments, db.roleRequirements, db.aspirations]) {
      await table.where('skillId').equals(skillId).delete()
    }
    // Overrides have no skill index (the schema is history), so they are scanned.
    await db.requirementOverrides.filter((record) => record.skillId === skillId).delete()
    await repointSkillLinks(db, skillId, null)
    await db.skills.delete(skillId)
  })
}

function repointIds(ids: string[], from: string, to: string | null): string[] {
  const next = ids.flatMap((id) => (id !== from ? [id] : to === null ? [] : [to]))
  return [...new Set(next)]
}

/** Re-points entries keyed by skill; where both skills have an entry, `pick` says which stays. */
function repointEntries<T extends { skillId: string }>(
  entries: T[],
  from: string,
  to: string | null,
  pick: (kept: T, duplicate: T) => T,
): T[] {
  const duplicate = entries.find((entry) => entry.skillId === from)
  const rest = entries.filter((entry) => entry.skillId !== from)
  if (!duplicate || to === null) return rest
  const kept = rest.find((entry) => entry.skillId === to)
  if (!kept)
    return entries.map((entry) => (entry.skillId === from ? { ...entry, skillId: to } : entry))
  return rest.map((entry) => (entry === kept ? pick(kept, { ...duplicate, skillId: to }) : entry))
}

/** Moves (or with `to` null, removes) every mention of a skill in records that list skills. */
async function repointSkillLinks(db: WorkspaceDb, from: string, to: string | null): Promise<void> {
  const names = (record: { skillId: string }) => record.skillId === from
  await db.initiatives
    .filter((record) => record.skillTargets.some(names))
    .modify((record) => {
      record.skillTargets = repointEntries(record.skillTargets, from, to, (kept, duplicate) =>
        duplicate.targetLevel > kept.targetLevel ? duplicate : kept,
      )
    })
  await db.businessGoals
    .filter((record) => record.skillNeeds.some(names))
    .modify((record) => {
      record.skillNeeds = repointEntries(record.skillNeeds, from, to, (kept, duplicate) => ({
        ...(duplicate.level > kept.level ? duplicate : kept),
        headcount: Math.max(kept.headcount, duplicate.headcount),
      }))
    })
  // A review keeps the rating given to the kept skill; the duplicate's evidence joins it.
  await db.reviews
    .filter((record) => record.skillRatings.some(names) || record.selfRatings.some(names))
    .modify((record) => {
      record.skillRatings = repointEntries(record.skillRatings, from, to, (kept, duplicate) => ({
        ...kept,
        evidenceIds: [...new Set([...kept.evidenceIds, ...duplicate.evidenceIds])],
      }))
      record.selfRatings = repointEntries(record.selfRatings, from, to, (kept) => kept)
    })
  await db.plans
    .filter((record) => record.focusSkillIds.includes(from))
    .modify((record) => {
      record.focusSkillIds = repointIds(record.focusSkillIds, from, to)
    })
  for (const table of [db.goals, db.planItems, db.checkins, db.feedback] as const) {
    await (table as Table<{ skillIds: string[] }>)
      .filter((record) => record.skillIds.includes(from))
      .modify((record) => {
        record.skillIds = repointIds(record.skillIds, from, to)
      })
  }
}

/**
 * Moves the records of a table with one record per owner and skill; where the owner has one for
 * both skills, the one that ranks higher survives under the kept skill.
 */
async function moveOwnedRecords<T extends { id: string; skillId: string }>(
  table: Table<T, string | number>,
  ownerKey: 'roleId' | 'personId',
  from: string,
  to: string,
  rank: (record: T) => number,
): Promise<void> {
  const ownerOf = (record: T) => (record as unknown as Record<string, string>)[ownerKey]
  for (const record of await table.filter((other) => other.skillId === from).toArray()) {
    const existing = await table
      .where(`[${ownerKey}+skillId]`)
      .equals([ownerOf(record) ?? '', to])
      .first()
    if (!existing) {
      await table.put({ ...record, skillId: to })
      continue
    }
    if (rank(record) > rank(existing)) await table.put({ ...record, id: existing.id, skillId: to })
    await table.delete(record.id)
  }
}

/** The kept skill takes what the duplicate adds: tags, descriptors, a critical flag, more experts. */
function combineSkills(kept: Skill, duplicate: Skill): Skill {
  return {
    ...kept,
    description: kept.description.trim() ? kept.description : duplicate.description,
    tags: keepFirstOfEachName([...kept.tags, ...duplicate.tags]),
    isCritical: kept.isCritical || duplicate.isCritical,
    minExperts: Math.max(kept.minExperts, duplicate.minExperts),
    levelDescriptors: { ...duplicate.levelDescriptors, ...kept.levelDescriptors },
  }
}

/** Merges a duplicate into the kept skill, keeping every assessment, then deletes the duplicate. */
export async function mergeSkills(
  db: WorkspaceDb,
  keepId: string,
  duplicateId: string,
): Promise<void> {
  if (keepId === duplicateId) throw new Error('Choose two different skills to merge.')
  await db.transaction('rw', listSkillTables(db), async () => {
    const kept = await db.skills.get(keepId)
    const duplicate = await db.skills.get(duplicateId)
    if (!kept || !duplicate) throw new Error('One of the two skills no longer exists.')
    await db.assessments.where('skillId').equals(duplicateId).modify({ skillId: keepId })
    const level = (record: { requiredLevel: number }) => record.requiredLevel
    await moveOwnedRecords(db.roleRequirements, 'roleId', duplicateId, keepId, level)
    await moveOwnedRecords(db.requirementOverrides, 'personId', duplicateId, keepId, level)
    await moveOwnedRecords(db.aspirations, 'personId', duplicateId, keepId, (a) => a.interest)
    await repointSkillLinks(db, duplicateId, keepId)
    await db.skills.put(combineSkills(kept, duplicate))
    await db.skills.delete(duplicateId)
  })
}

/** One person's skill records, read by index: their role's requirements, overrides, assessments and aspirations. */
export async function readPersonSkillRecords(db: WorkspaceDb, person: Person) {
  const [roleRequirements, requirementOverrides, assessments, aspirations] = await Promise.all([
    person.roleId ? db.roleRequirements.where('roleId').equals(person.roleId).toArray() : [],
    db.requirementOverrides.where('personId').equals(person.id).toArray(),
    db.assessments.where('personId').equals(person.id).toArray(),
    db.aspirations.where('personId').equals(person.id).toArray(),
  ])
  return { roleRequirements, requirementOverrides, assessments, aspirations }
}
