import { create } from 'zustand'
import type { CsvDelimiter, ParsedCsv } from '../../../../shared/domain/csv/types'
import { suggestColumnMapping } from '../../../../shared/domain/roster-import/mapping'
import type {
  ColumnMapping,
  DateOrder,
  MappingTarget,
  PastReviewInput,
  ValueChoices,
} from '../../../../shared/domain/roster-import/types'
import type { ImportRun } from '../../../../shared/model'
import {
  createCommitActions,
  idleCommit,
  type CommitActions,
  type CommitFields,
} from '../../ui/wizard/commit-steps'

export type ImportStep = 'file' | 'columns' | 'values' | 'review' | 'importing' | 'done'

/** Where the mapping came from: a profile saved for this file's layout, a built-in one, or none. */
export interface ProfileInUse {
  kind: 'saved' | 'built-in'
  name: string
}

/** What a file opens with: its layout's saved profile, else a built-in one, else suggestions. */
export interface StartingMapping {
  targets: MappingTarget[] | null
  valueChoices?: ValueChoices
  dateOrder?: DateOrder | null
  pastReview?: PastReviewInput | null
  profile: ProfileInUse | null
}

interface ImportState
  extends CommitFields<ImportStep, ImportRun>, CommitActions<ImportStep, ImportRun> {
  csv: ParsedCsv | null
  /** Why the last file could not be read: shown in the file step, where the user chooses again. */
  fileError: string | null
  mappings: ColumnMapping[]
  /** Null until the user answers, when the file's dates could be read either way. */
  dateOrder: DateOrder | null
  excludedRows: ReadonlySet<number>
  valueChoices: ValueChoices
  /** The past review a performance column fills; its name and period are the user's. */
  pastReview: PastReviewInput
  profile: ProfileInUse | null
  /** The name the mapping is saved under when the import is committed. */
  profileName: string
  loadFile(csv: ParsedCsv, start: StartingMapping): void
  setValueChoice(key: string, value: string, target: string): void
  setPastReview(review: PastReviewInput): void
  setProfileName(name: string): void
  /** Drops the profile: the mapping starts again from Trellis's own suggestions. */
  clearProfile(): void
  refuseFile(message: string): void
  replaceFile(csv: ParsedCsv): void
  setTarget(column: number, target: MappingTarget): void
  setDateOrder(order: DateOrder): void
  toggleRow(row: number): void
  reset(): void
}

/** Ratings in a file are for the year before it was exported, unless the user says otherwise. */
function defaultPastReview(): PastReviewInput {
  const year = new Date().getFullYear() - 1
  return { name: `${year} review`, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` }
}

const initial = {
  step: 'file' as ImportStep,
  csv: null,
  fileError: null,
  mappings: [],
  dateOrder: null,
  excludedRows: new Set<number>(),
  valueChoices: {},
  profile: null,
  profileName: '',
  ...idleCommit,
}

/** The import wizard's session state; the data it writes goes through the repositories. */
export const useImportStore = create<ImportState>((set, get) => ({
  ...initial,
  pastReview: defaultPastReview(),
  loadFile(csv, start) {
    const suggested = suggestColumnMapping(csv.headers)
    const { targets } = start
    const mappings =
      targets && targets.length === suggested.length
        ? suggested.map((mapping, index) => ({ ...mapping, target: targets[index]! }))
        : suggested
    set({
      ...initial,
      step: 'file',
      csv,
      mappings,
      excludedRows: new Set(),
      valueChoices: start.valueChoices ?? {},
      dateOrder: start.dateOrder ?? null,
      pastReview: start.pastReview ?? defaultPastReview(),
      profile: start.profile,
      profileName:
        start.profile?.kind === 'saved'
          ? start.profile.name
          : csv.fileName.replace(/\.[^.]+$/u, ''),
    })
  },
  refuseFile(message) {
    set({ ...initial, excludedRows: new Set(), fileError: message })
  },
  replaceFile(csv) {
    // Same file read with another delimiter: the columns change, so the mapping starts again.
    set({
      csv,
      mappings: suggestColumnMapping(csv.headers),
      excludedRows: new Set(),
      valueChoices: {},
      profile: null,
    })
  },
  setValueChoice(key, value, target) {
    const { valueChoices } = get()
    set({ valueChoices: { ...valueChoices, [key]: { ...valueChoices[key], [value]: target } } })
  },
  setPastReview(review) {
    set({ pastReview: review })
  },
  setProfileName(name) {
    set({ profileName: name })
  },
  clearProfile() {
    const { csv } = get()
    if (!csv) return
    set({
      mappings: suggestColumnMapping(csv.headers),
      valueChoices: {},
      dateOrder: null,
      profile: null,
    })
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
    set({ ...initial, excludedRows: new Set(), pastReview: defaultPastReview() })
  },
}))

export type { CsvDelimiter }
