import { findStore, readInternals, readLevel, type RowStore } from './matrix-store'
import { computeGap, listCountedStores, summarizeSkill } from './summaries'
import type { Skill } from '../../model'
import type { PersonGap, PersonGapSummary, SkillGapSummary, SkillMatrix } from './types'

export const defaultTopGapCount = 3

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** A gap before it becomes a PersonGap: sorting these is cheap, so only the ones kept are built. */
type GapRef = { store: RowStore; skill: Skill; column: number; gap: number; rowOrder: number }

/** A person's gaps in the model's skills, largest first (then critical first, then by name). */
export function listPersonGaps(model: SkillMatrix, personId: string): PersonGap[] {
  const store = findStore(readInternals(model), personId)
  if (store === undefined) return []
  return sortGaps(model, collectGaps(model, store, 0)).map((ref) => toPersonGap(model, ref))
}

export function summarizePersonGaps(
  model: SkillMatrix,
  personId: string,
  topCount = defaultTopGapCount,
): PersonGapSummary | null {
  const store = findStore(readInternals(model), personId)
  if (store === undefined) return null
  return toPersonSummary(model, store, topCount)
}

/** Every person in the model but the owners (owners.ts), largest total gap first, then by name. */
export function summarizeAllPeople(
  model: SkillMatrix,
  topCount = defaultTopGapCount,
): PersonGapSummary[] {
  return listCountedStores(readInternals(model).stores)
    .map((store) => toPersonSummary(model, store, topCount))
    .sort((a, b) => b.totalGap - a.totalGap || collator.compare(a.name, b.name))
}

/** Per-skill roll-ups for the model's people, in the model's skill order. */
export function listSkillSummaries(model: SkillMatrix): SkillGapSummary[] {
  return [...model.columns.values()]
}

/** One skill across any subset of the model's people (e.g. a selection in the grid); owners never count. */
export function summarizeSkillForPeople(
  model: SkillMatrix,
  skillId: string,
  personIds: Iterable<string>,
): SkillGapSummary | null {
  const internals = readInternals(model)
  const { columnOf, skillList } = internals
  const column = columnOf.get(skillId)
  const skill = column === undefined ? undefined : skillList[column]
  if (column === undefined || skill === undefined) return null
  const selected: RowStore[] = []
  for (const personId of new Set(personIds)) {
    const store = findStore(internals, personId)
    if (store?.isCounted) selected.push(store)
  }
  return summarizeSkill(skill, column, selected, model.settings.systemicGapThreshold)
}

/** Skills whose gap the team shares, highest share below first. */
export function listSystemicGaps(model: SkillMatrix): SkillGapSummary[] {
  return [...model.columns.values()]
    .filter((column) => column.isSystemic)
    .sort(
      (a, b) =>
        b.shareBelow - a.shareBelow || b.totalGap - a.totalGap || collator.compare(a.name, b.name),
    )
}

/**
 * Gaps in skills that are not systemic: one person's matter, for their own plan. Largest
 * first, then critical, then by skill name, then in row order. Owners' gaps are left out.
 */
export function listIndividualGaps(model: SkillMatrix): PersonGap[] {
  const refs: GapRef[] = []
  let rowOrder = 0
  for (const store of listCountedStores(readInternals(model).stores)) {
    for (const ref of collectGaps(model, store, rowOrder)) {
      if (model.columns.get(ref.skill.id)?.isSystemic !== true) refs.push(ref)
    }
    rowOrder += 1
  }
  return sortGaps(model, refs).map((ref) => toPersonGap(model, ref))
}

function toPersonSummary(model: SkillMatrix, store: RowStore, topCount: number): PersonGapSummary {
  const row = model.rows.get(store.person.id)
  const top = sortGaps(model, collectGaps(model, store, 0)).slice(0, Math.max(0, topCount))
  return {
    personId: store.person.id,
    name: store.person.displayName,
    gapCount: row?.gapCount ?? 0,
    totalGap: row?.totalGap ?? 0,
    notAssessedCount: row?.notAssessedCount ?? 0,
    topGaps: top.map((ref) => toPersonGap(model, ref)),
  }
}

function collectGaps(model: SkillMatrix, store: RowStore, rowOrder: number): GapRef[] {
  const { skillList } = readInternals(model)
  const refs: GapRef[] = []
  const { required } = store
  for (let column = 0; column < required.length; column += 1) {
    const requiredLevel = required[column] ?? -1
    const skill = skillList[column]
    if (requiredLevel < 0 || skill === undefined) continue
    const gap = computeGap(requiredLevel, readLevel(store, column))
    if (gap > 0) refs.push({ store, skill, column, gap, rowOrder })
  }
  return refs
}

function sortGaps(model: SkillMatrix, refs: GapRef[]): GapRef[] {
  const { skillList } = readInternals(model)
  const rank = rankSkillNames(skillList)
  return refs.sort(
    (a, b) =>
      b.gap - a.gap ||
      Number(b.skill.isCritical) - Number(a.skill.isCritical) ||
      (rank[a.column] ?? 0) - (rank[b.column] ?? 0) ||
      a.rowOrder - b.rowOrder,
  )
}

function toPersonGap(model: SkillMatrix, ref: GapRef): PersonGap {
  const { store, skill, column, gap } = ref
  const record = readInternals(model).lookup.findRecord(store.person, skill.id)
  const currentLevel = readLevel(store, column)
  return {
    personId: store.person.id,
    skillId: skill.id,
    skillName: skill.name,
    requiredLevel: store.required[column] ?? 0,
    currentLevel,
    gap,
    isAssessed: currentLevel !== null,
    isCritical: skill.isCritical,
    isSystemic: model.columns.get(skill.id)?.isSystemic ?? false,
    demandSource: record?.demandSource ?? 'role',
    businessGoalId: record?.businessGoalId ?? null,
  }
}

/** Skill names ranked once per skill list (shared by a model and its updates), not per compare. */
const nameRanks = new WeakMap<readonly unknown[], Int32Array>()

function rankSkillNames(skills: readonly Skill[]): Int32Array {
  let rank = nameRanks.get(skills)
  if (rank === undefined) {
    const order = skills
      .map((skill, column) => ({ skill, column }))
      .sort(
        (a, b) =>
          collator.compare(a.skill.name, b.skill.name) ||
          (a.skill.id < b.skill.id ? -1 : a.skill.id > b.skill.id ? 1 : 0),
      )
    rank = new Int32Array(skills.length)
    order.forEach(({ column }, position) => {
      if (rank) rank[column] = position
    })
    nameRanks.set(skills, rank)
  }
  return rank
}
