import { create } from 'zustand'
import type { ParsedCsv } from '../../../../shared/domain/csv/types'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import type {
  ImportSource,
  MatrixColumn,
  MatrixColumnTarget,
  RequiredUse,
} from '../../../../shared/domain/matrix-import/types'
import type { MatrixImportResult } from '../../db/repositories/matrix-import'
import {
  createCommitActions,
  idleCommit,
  type CommitActions,
  type CommitFields,
} from '../../ui/wizard/commit-steps'

export type MatrixImportStep = 'source' | 'columns' | 'review' | 'importing' | 'done'

/** The file name a pasted block goes to main under, and is shown by. */
export const pastedFileName = 'Pasted block'

interface MatrixImportState
  extends
    CommitFields<MatrixImportStep, MatrixImportResult>,
    CommitActions<MatrixImportStep, MatrixImportResult> {
  csv: ParsedCsv | null
  /** Why the last file or paste could not be read: shown where the user chooses again. */
  fileError: string | null
  columns: MatrixColumn[]
  requiredFile: ParsedCsv | null
  source: ImportSource
  /** YYYY-MM-DD; '' while the date field is cleared. */
  date: string
  requiredUse: RequiredUse
  loadFile(csv: ParsedCsv, columns: MatrixColumn[]): void
  refuseFile(message: string): void
  replaceFile(csv: ParsedCsv, columns: MatrixColumn[]): void
  setTarget(column: number, target: MatrixColumnTarget): void
  setRequiredFile(csv: ParsedCsv | null): void
  setSource(source: ImportSource): void
  setDate(date: string): void
  setRequiredUse(use: RequiredUse): void
  reset(): void
}

const createInitial = () => ({
  step: 'source' as MatrixImportStep,
  csv: null,
  fileError: null,
  columns: [],
  requiredFile: null,
  source: 'manager' as ImportSource,
  date: toLocalIsoDate(new Date()),
  requiredUse: 'skip' as RequiredUse,
  ...idleCommit,
})

/** The matrix import wizard's session state; the data it writes goes through the repository. */
export const useMatrixImportStore = create<MatrixImportState>((set, get) => ({
  ...createInitial(),
  loadFile(csv, columns) {
    set({ ...createInitial(), csv, columns })
  },
  refuseFile(message) {
    set({ ...createInitial(), fileError: message })
  },
  replaceFile(csv, columns) {
    // The same text read with another delimiter: the columns change, so the mapping starts again.
    set({ csv, columns })
  },
  setTarget(column, target) {
    set({
      columns: get().columns.map((entry) =>
        entry.column === column ? { ...entry, target, ignoreReason: undefined } : entry,
      ),
    })
  },
  setRequiredFile(csv) {
    set({ requiredFile: csv })
  },
  setSource(source) {
    set({ source })
  },
  setDate(date) {
    set({ date })
  },
  setRequiredUse(use) {
    set({ requiredUse: use })
  },
  ...createCommitActions(set),
  reset() {
    set(createInitial())
  },
}))
