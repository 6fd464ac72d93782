import {
  csvLimits,
  type CsvDelimiter,
  type ReadCsvResult,
} from '../../../../shared/domain/csv/types'
import { rosterTemplateRows } from '../../../../shared/domain/roster-import/template'
import type { DateOrder, RosterImportPlan } from '../../../../shared/domain/roster-import/types'
import type { ImportRun } from '../../../../shared/model'
import { navigate } from '../../app/router'
import { findStartingMapping, toProfileSetting } from '../../db/repositories/import-profiles'
import {
  commitRosterImport,
  ImportCancelledError,
  undoRosterImport,
} from '../../db/repositories/roster-import'
import type { WorkspaceDb } from '../../db/workspace-db'
import { desktop } from '../../platform'
import { notify } from '../../ui/toast-store'
import { useImportStore } from './import-store'

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function openReadResult(db: WorkspaceDb, result: ReadCsvResult): Promise<void> {
  if (result.status === 'cancelled') return
  if (result.status === 'refused') {
    useImportStore.getState().refuseFile(`${result.fileName} cannot be imported. ${result.message}`)
    navigate('/people/import')
    return
  }
  useImportStore.getState().loadFile(result.csv, await findStartingMapping(db, result.csv.headers))
  navigate('/people/import')
}

export async function pickRosterFile(db: WorkspaceDb): Promise<void> {
  try {
    // Marks for the benchmark suite: file picked to rows committed.
    performance.mark('trellis:import-pick-start')
    await openReadResult(db, await desktop.pickCsv({ title: 'Import team from CSV' }))
    performance.mark('trellis:import-file-loaded')
  } catch (error) {
    notify('error', `The file could not be read: ${describe(error)}`)
  }
}

/** A file dropped on the window: its bytes go to main, which decodes and parses them. */
export async function readDroppedRosterFile(db: WorkspaceDb, file: File): Promise<void> {
  if (file.size > csvLimits.maxBytes) {
    const megabytes = (file.size / 1024 / 1024).toFixed(1)
    notify('error', `${file.name} is ${megabytes} MB; Trellis reads CSV files up to 50 MB.`)
    return
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer())
    await openReadResult(db, await desktop.readCsvBytes({ fileName: file.name, bytes }))
  } catch (error) {
    notify('error', `${file.name} could not be read: ${describe(error)}`)
  }
}

export async function changeDelimiter(delimiter: CsvDelimiter): Promise<void> {
  const csv = useImportStore.getState().csv
  if (!csv) return
  const result = await desktop.reparseCsv({ token: csv.token, delimiter })
  if (result.status === 'parsed') useImportStore.getState().replaceFile(result.csv)
  else if (result.status === 'refused') notify('error', result.message)
}

export async function saveRosterTemplate(): Promise<void> {
  const result = await desktop.saveCsv({
    title: 'Save the team template',
    suggestedName: 'Trellis team template.csv',
    rows: rosterTemplateRows,
  })
  if (result.status === 'saved') notify('success', `Saved the template as ${result.fileName}.`)
}

export async function runRosterImport(
  db: WorkspaceDb,
  plan: RosterImportPlan,
  dateOrder: DateOrder | null,
): Promise<void> {
  const store = useImportStore.getState()
  const { csv, mappings, valueChoices, pastReview, profileName } = store
  if (!csv) return
  const now = new Date()
  // The mapping is saved as this layout's profile with the import, and only with it.
  let profile
  try {
    profile = toProfileSetting({
      name: profileName,
      headers: csv.headers,
      targets: mappings.map((mapping) => mapping.target),
      valueChoices,
      dateOrder,
      pastReview: mappings.some((mapping) => mapping.target === 'performance') ? pastReview : null,
      now,
    })
  } catch (error) {
    notify('error', `The import profile cannot be saved: ${describe(error)}`)
    return
  }
  const abort = store.startCommit()
  performance.mark('trellis:import-commit-start')
  try {
    const run = await commitRosterImport(db, plan, {
      fileName: csv.fileName,
      now,
      signal: abort.signal,
      onProgress: (done, total) => useImportStore.getState().setProgress(done, total),
      settings: [profile],
    })
    performance.mark('trellis:import-commit-end')
    useImportStore.getState().finish(run)
  } catch (error) {
    useImportStore.getState().finish(null)
    if (error instanceof ImportCancelledError) notify('info', error.message)
    else notify('error', `The import failed and nothing was changed: ${describe(error)}`)
  }
}

export async function confirmUndoImport(db: WorkspaceDb, run: ImportRun): Promise<boolean> {
  const { isConfirmed } = await desktop.confirm({
    title: 'Undo import',
    message: `Undo the import of ${run.fileName}?`,
    detail: `The ${run.counts.create} people it added are removed and the ${run.counts.update} it changed go back to how they were.`,
    confirmLabel: 'Undo import',
    isDestructive: true,
  })
  if (!isConfirmed) return false
  try {
    await undoRosterImport(db, run.id, new Date())
    notify('success', `Undid the import of ${run.fileName}.`)
    return true
  } catch (error) {
    notify('error', describe(error))
    return false
  }
}
