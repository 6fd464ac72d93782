import type { Person, Skill } from '../../model'
import type { AssessmentTable } from './assessment-table'
import type { RequirementLookup } from './required-levels'
import { computeGap } from './summaries'
import type { MatrixCell, SkillMatrix } from './types'

/**
 * One person's cells, packed by column index. Building 100,000 cell objects up front would cost
 * more in allocation and garbage collection than all the arithmetic, so a cell object is made
 * the first time it is read and then kept, which also keeps its identity stable for React.
 * Immutable once a model holds it (apart from that cache); an update copies `levels`, `shown`
 * and the cache.
 */
export interface RowStore {
  person: Person
  /** False for an owner (owners.ts): the row shows, but no total across people counts it. */
  isCounted: boolean
  /** Required level per column; -1 = not required. */
  required: Int8Array
  /** Aspiration interest per column; -1 = none recorded. */
  interest: Int8Array
  /** The level of the latest counted assessment per column; -1 = not assessed. */
  levels: Int8Array
  /** Where that assessment is in the model's table, per column; -1 = none. */
  shown: Int32Array
  /** Cells read so far, by column. */
  cellCache: (MatrixCell | undefined)[] | null
}

/** What a model needs beyond its public fields; kept out of the public type. */
export interface MatrixInternals {
  skillList: readonly Skill[]
  columnOf: ReadonlyMap<string, number>
  /** personId -> index in `stores`; shared by a model and its updates. */
  rowOf: ReadonlyMap<string, number>
  /** In row order. An array, so an update copies it with one cheap slice. */
  stores: readonly RowStore[]
  lookup: RequirementLookup
  /** The assessments `shown` points into. */
  table: AssessmentTable
}

/** What getCell returns for a person-skill with no requirement, assessment or aspiration. */
export const emptyMatrixCell: MatrixCell = Object.freeze({
  current: null,
  required: null,
  gap: 0,
  interest: null,
  assessedOn: null,
  source: null,
  assessmentId: null,
})

const internalsByModel = new WeakMap<SkillMatrix, MatrixInternals>()

export function createMatrix(
  parts: Omit<SkillMatrix, 'getCell' | 'getRequirement'>,
  internals: MatrixInternals,
): SkillMatrix {
  const { columnOf, lookup, table } = internals
  const model: SkillMatrix = {
    people: parts.people,
    skills: parts.skills,
    rows: parts.rows,
    columns: parts.columns,
    settings: parts.settings,
    getCell(personId, skillId) {
      const store = findStore(internals, personId)
      const column = columnOf.get(skillId)
      if (store === undefined || column === undefined) return emptyMatrixCell
      return readCachedCell(store, column, table)
    },
    getRequirement(personId, skillId) {
      const store = findStore(internals, personId)
      return store === undefined || !columnOf.has(skillId)
        ? null
        : lookup.find(store.person, skillId)
    },
  }
  internalsByModel.set(model, internals)
  return model
}

export function readInternals(model: SkillMatrix): MatrixInternals {
  const internals = internalsByModel.get(model)
  if (internals === undefined) throw new Error('Expected a model made by buildSkillMatrix.')
  return internals
}

export function findStore(internals: MatrixInternals, personId: string): RowStore | undefined {
  const row = internals.rowOf.get(personId)
  return row === undefined ? undefined : internals.stores[row]
}

function readRequired(store: RowStore, column: number): number | null {
  const level = store.required[column] ?? -1
  return level < 0 ? null : level
}

/** The cell at `column`, the same object on every read until an update replaces it. */
export function readCachedCell(
  store: RowStore,
  column: number,
  table: AssessmentTable,
): MatrixCell {
  store.cellCache ??= new Array<MatrixCell | undefined>(store.shown.length)
  return (store.cellCache[column] ??= readCell(store, column, table))
}

/** The level shown at `column`, or null when not assessed. */
export function readLevel(store: RowStore, column: number): number | null {
  const level = store.levels[column] ?? -1
  return level < 0 ? null : level
}

function readCell(store: RowStore, column: number, table: AssessmentTable): MatrixCell {
  const required = readRequired(store, column)
  const shown = store.shown[column] ?? -1
  const interest = store.interest[column] ?? -1
  if (required === null && shown < 0 && interest < 0) return emptyMatrixCell
  const current = readLevel(store, column)
  return {
    current,
    required,
    gap: computeGap(required, current),
    interest: interest < 0 ? null : interest,
    assessedOn: shown < 0 ? null : table.date(shown),
    source: shown < 0 ? null : table.source(shown),
    assessmentId: shown < 0 ? null : table.id(shown),
  }
}
