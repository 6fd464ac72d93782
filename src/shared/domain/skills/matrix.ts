import type { Aspiration, Assessment } from '../../model'
import { appendToTable, toAssessmentTable } from './assessment-table'
import { isCountedSource, isLaterAssessment } from './current-levels'
import { createMatrix, readCachedCell, readInternals, type RowStore } from './matrix-store'
import { createRequirementLookup } from './required-levels'
import { selectMatrixPeople, selectMatrixSkills } from './selection'
import { findOwnerIds } from './owners'
import { listCountedStores, summarizeRow, summarizeSkill } from './summaries'
import {
  defaultMatrixSource,
  defaultSystemicGapThreshold,
  type MatrixColumn,
  type MatrixRow,
  type MatrixUpdate,
  type SkillMatrix,
  type SkillMatrixInput,
  type SkillMatrixSettings,
} from './types'

/**
 * The people x skills model for a grid: every cell, row totals and column summaries computed
 * once, in time linear in people x skills + assessments. Which people and skills it covers
 * (team, role, category, critical only, demand sources, who left) is fixed here; change those
 * by building again. Sorting and "only with gaps" are views on it (matrix-view.ts).
 * Row totals count only the model's skills. Owners (owners.ts) have rows but are in no column
 * summary.
 */
export function buildSkillMatrix(input: SkillMatrixInput): SkillMatrix {
  const filter = input.filter ?? {}
  const demandSources = filter.demandSources ?? []
  const settings: SkillMatrixSettings = {
    matrixSource: input.settings?.matrixSource ?? defaultMatrixSource,
    systemicGapThreshold: input.settings?.systemicGapThreshold ?? defaultSystemicGapThreshold,
    demandSources: demandSources.length > 0 ? demandSources : null,
    asOf: input.asOf ?? null,
  }
  const people = selectMatrixPeople(input.people, filter)
  const skills = selectMatrixSkills(input.skills, filter)
  const columnOf = new Map(skills.map((skill, column) => [skill.id, column]))
  const lookup = createRequirementLookup(input, settings.demandSources)
  // From everyone given, not only those selected: a filter does not change who the owner is.
  const ownerIds = findOwnerIds(input.people)

  const storeOf = new Map<string, RowStore>()
  for (const person of people) {
    if (storeOf.has(person.id)) continue
    const required = new Int8Array(skills.length).fill(-1)
    for (const skillId of lookup.listSkillIds(person)) {
      const column = columnOf.get(skillId)
      const level = column === undefined ? null : lookup.findLevel(person, skillId)
      if (column !== undefined && level !== null) required[column] = level
    }
    const interest = new Int8Array(skills.length).fill(-1)
    const levels = new Int8Array(skills.length).fill(-1)
    const shown = new Int32Array(skills.length).fill(-1)
    const isCounted = !ownerIds.has(person.id)
    storeOf.set(person.id, {
      person,
      isCounted,
      required,
      interest,
      levels,
      shown,
      cellCache: null,
    })
  }
  const isManagerOnly = settings.matrixSource === 'manager'
  const asOf = settings.asOf
  const table = toAssessmentTable(input.assessments)
  // The hot loop (100,000 records in the benchmark), so isLaterAssessment is inlined.
  for (let index = 0; index < table.count; index += 1) {
    if (isManagerOnly && table.source(index) !== 'manager') continue
    const date = table.date(index)
    if (asOf !== null && date > asOf) continue
    const store = storeOf.get(table.personId(index))
    const column = columnOf.get(table.skillId(index))
    if (store === undefined || column === undefined) continue
    const shown = store.shown[column]!
    if (shown >= 0) {
      const shownDate = table.date(shown)
      if (date < shownDate || (date === shownDate && table.id(index) <= table.id(shown))) continue
    }
    store.shown[column] = index
    store.levels[column] = table.level(index)
  }
  for (const aspiration of findLatestAspirations(input.aspirations ?? [])) {
    const column = columnOf.get(aspiration.skillId)
    const store = storeOf.get(aspiration.personId)
    if (store !== undefined && column !== undefined) store.interest[column] = aspiration.interest
  }

  const rows = new Map<string, MatrixRow>()
  const stores = [...storeOf.values()]
  const rowOf = new Map(stores.map((store, row) => [store.person.id, row]))
  for (const store of stores) rows.set(store.person.id, summarizeRow(store))
  const columns = new Map<string, MatrixColumn>()
  const counted = listCountedStores(stores)
  skills.forEach((skill, column) => {
    columns.set(skill.id, summarizeSkill(skill, column, counted, settings.systemicGapThreshold))
  })
  return createMatrix(
    {
      people: new Map(stores.map((store) => [store.person.id, store.person])),
      skills: new Map(skills.map((skill) => [skill.id, skill])),
      rows,
      columns,
      settings,
    },
    { skillList: skills, columnOf, rowOf, stores, lookup, table },
  )
}

/**
 * Applies one new assessment without rebuilding: that cell, its row (one pass over the row)
 * and its column (one pass over the people). The input model is left as it was.
 *
 * Contract for a UI: when `isChanged` is false the same model comes back and nothing needs
 * drawing. Otherwise only `cell`, `row` (its totals) and `column` (its footer) changed; every
 * other cell, row and column object read from the new model is the very object the old model
 * gave, so identity checks (React.memo) skip them.
 *
 * Changes nothing: an assessment that is not the newest for its cell (earlier date, or same
 * date and smaller id), from a source the matrix does not count, dated after `asOf`, or for a
 * person or skill outside the model. An edit of the shown assessment (same id) replaces it.
 * Needs a rebuild: deleting an assessment, moving the shown one to an earlier date or to
 * another person or skill. The model keeps only the latest assessment per cell, not history.
 */
export function withAssessment(model: SkillMatrix, assessment: Assessment): MatrixUpdate {
  const internals = readInternals(model)
  const { personId, skillId } = assessment
  const row = internals.rowOf.get(personId)
  const store = row === undefined ? undefined : internals.stores[row]
  const column = internals.columnOf.get(skillId)
  const skill = column === undefined ? undefined : internals.skillList[column]
  const unchanged: MatrixUpdate = {
    model,
    isChanged: false,
    cell: model.getCell(personId, skillId),
    row: null,
    column: null,
  }
  if (row === undefined || store === undefined || column === undefined || skill === undefined) {
    return unchanged
  }
  const { asOf, matrixSource, systemicGapThreshold } = model.settings
  if (!isCountedSource(matrixSource, assessment.source)) return unchanged
  if (asOf !== null && assessment.date > asOf) return unchanged
  const { table } = internals
  const shownIndex = store.shown[column] ?? -1
  const shown =
    shownIndex < 0 ? undefined : { date: table.date(shownIndex), id: table.id(shownIndex) }
  const isEdit = shown !== undefined && shown.id === assessment.id
  if (shown !== undefined && !isEdit && !isLaterAssessment(assessment, shown)) return unchanged

  const nextTable = appendToTable(table, [assessment])
  const nextStore: RowStore = {
    ...store,
    levels: store.levels.slice(),
    shown: store.shown.slice(),
    // Other cells keep their objects, so a memoised grid cell skips them.
    cellCache: store.cellCache?.slice() ?? null,
  }
  nextStore.levels[column] = assessment.level
  nextStore.shown[column] = nextTable.count - 1
  if (nextStore.cellCache !== null) nextStore.cellCache[column] = undefined
  const stores = internals.stores.slice()
  stores[row] = nextStore
  const nextRow = summarizeRow(nextStore)
  const nextColumn = summarizeSkill(skill, column, listCountedStores(stores), systemicGapThreshold)
  const next = createMatrix(
    {
      people: model.people,
      skills: model.skills,
      rows: new Map(model.rows).set(personId, nextRow),
      columns: new Map(model.columns).set(skillId, nextColumn),
      settings: model.settings,
    },
    { ...internals, stores, table: nextTable },
  )
  const cell = readCachedCell(nextStore, column, nextTable)
  return { model: next, isChanged: true, cell, row: nextRow, column: nextColumn }
}

/** The latest aspiration per person and skill (latest `updatedAt`, then greater id). */
function findLatestAspirations(aspirations: readonly Aspiration[]): Aspiration[] {
  const latest = new Map<string, Map<string, Aspiration>>()
  for (const aspiration of aspirations) {
    let bySkill = latest.get(aspiration.personId)
    if (bySkill === undefined) {
      bySkill = new Map()
      latest.set(aspiration.personId, bySkill)
    }
    const shown = bySkill.get(aspiration.skillId)
    const isLater =
      shown === undefined ||
      aspiration.updatedAt > shown.updatedAt ||
      (aspiration.updatedAt === shown.updatedAt && aspiration.id > shown.id)
    if (isLater) bySkill.set(aspiration.skillId, aspiration)
  }
  return [...latest.values()].flatMap((bySkill) => [...bySkill.values()])
}
