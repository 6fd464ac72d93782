import { create } from 'zustand'
import type { CsvDelimiter, ParsedCsv } from '../../../../shared/domain/csv/types'
import { suggestColumnMapping } from '../../../../shared/domain/roster-import/mapping'
import type {
  ColumnMapping,
  DateOrder,
  MappingTarget,
} from '../../../../shared/domain/roster-import/types'
import type { ImportRun } from '../../../../shared/model'
import {
  createCommitActions,
  idleCommit,
  type CommitActions,
  type CommitFields,
} from '../../ui/wizard/commit-steps'

export type ImportStep = 'file' | 'columns' | 'review' | 'importing' | 'done'

interface ImportState
  extends CommitFields<ImportStep, ImportRun>, CommitActions<ImportStep, ImportRun> {
  csv: ParsedCsv | null
  /** Why the last file could not be read: shown in the file step, where the user chooses again. */
  fileError: string | null
  mappings: ColumnMapping[]
  /** Null until the user answers, when the file's dates could be read either way. */
  dateOrder: DateOrder | null
  excludedRows: ReadonlySet<number>
  loadFile(csv: ParsedCsv, rememberedTargets: MappingTarget[] | null): void
  refuseFile(message: string): void
  replaceFile(csv: ParsedCsv): void
  setTarget(column: number, target: MappingTarget): void
  setDateOrder(order: DateOrder): void
  toggleRow(row: number): void
  reset(): void
}

const initial = {
  step: 'file' as ImportStep,
  csv: null,
  fileError: null,
  mappings: [],
  dateOrder: null,
  excludedRows: new Set<number>(),
  ...idleCommit,
}

/** The import wizard's session state; the data it writes goes through the repositories. */
export const useImportStore = create<ImportState>((set, get) => ({
  ...initial,
  loadFile(csv, rememberedTargets) {
    const suggested = suggestColumnMapping(csv.headers)
    const mappings =
      rememberedTargets && rememberedTargets.length === suggested.length
        ? suggested.map((mapping, index) => ({ ...mapping, target: rememberedTargets[index]! }))
        : suggested
    set({ ...initial, step: 'file', csv, mappings, excludedRows: new Set() })
  },
  refuseFile(message) {
    set({ ...initial, excludedRows: new Set(), fileError: message })
  },
  replaceFile(csv) {
    // Same file read with another delimiter: the columns change, so the mapping starts again.
    set({ csv, mappings: suggestColumnMapping(csv.headers), excludedRows: new Set() })
  },
  setTarget(column, target) {
    set({
      mappings: get().mappings.map((mapping) =>
        mapping.column === column ? { ...mapping, target } : mapping,
      ),
    })
  },
  setDateOrder(order) {
    set({ dateOrder: order })
  },
  toggleRow(row) {
    const next = new Set(get().excludedRows)
    if (next.has(row)) next.delete(row)
    else next.add(row)
    set({ excludedRows: next })
  },
  ...createCommitActions(set),
  reset() {
    set({ ...initial, excludedRows: new Set() })
  },
}))

export type { CsvDelimiter }
