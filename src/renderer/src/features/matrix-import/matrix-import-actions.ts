import {
  csvLimits,
  type CsvDelimiter,
  type ReadCsvResult,
} from '../../../../shared/domain/csv/types'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import { suggestMatrixColumns } from '../../../../shared/domain/matrix-import/columns'
import type { MatrixImportPlan } from '../../../../shared/domain/matrix-import/types'
import {
  commitMatrixImport,
  MatrixImportCancelledError,
  readMatrixCsvRows,
} from '../../db/repositories/matrix-import'
import type { WorkspaceDb } from '../../db/workspace-db'
import { desktop } from '../../platform'
import { notify } from '../../ui/toast-store'
import { pastedFileName, useMatrixImportStore } from './matrix-import-store'
import { writeWithUndo } from '../../app/undo'

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function nameOf(fileName: string): string {
  return fileName === pastedFileName ? 'The pasted block' : fileName
}

async function suggestColumns(db: WorkspaceDb, headers: string[]) {
  const [skills, categories] = await Promise.all([
    db.skills.toArray(),
    db.skillCategories.orderBy('order').toArray(),
  ])
  return suggestMatrixColumns(headers, skills, categories)
}

async function openReadResult(db: WorkspaceDb, result: ReadCsvResult): Promise<void> {
  if (result.status === 'cancelled') return
  const store = useMatrixImportStore.getState()
  if (result.status === 'refused') {
    store.refuseFile(`${nameOf(result.fileName)} cannot be imported. ${result.message}`)
    return
  }
  store.loadFile(result.csv, await suggestColumns(db, result.csv.headers))
}

export async function pickMatrixFile(db: WorkspaceDb): Promise<void> {
  try {
    await openReadResult(db, await desktop.pickCsv({ title: 'Import a skills matrix from CSV' }))
  } catch (error) {
    notify('error', `The file could not be read: ${describe(error)}`)
  }
}

/**
 * A block copied from Excel or Google Sheets arrives as tab-separated text; main reads it with the
 * same decoder and parser as a file, so the preview cannot differ from importing a saved file.
 */
export async function readPastedMatrix(db: WorkspaceDb, text: string): Promise<void> {
  const store = useMatrixImportStore.getState()
  if (text.trim() === '') {
    store.refuseFile('Paste a block of cells first: the header row and one row per person.')
    return
  }
  if (text.length > csvLimits.maxBytes) {
    store.refuseFile('The pasted block is larger than 50 MB: save it as a CSV file and choose it.')
    return
  }
  try {
    await openReadResult(db, await desktop.readCsvText({ fileName: pastedFileName, text }))
  } catch (error) {
    notify('error', `The pasted block could not be read: ${describe(error)}`)
  }
}

export async function changeMatrixDelimiter(
  db: WorkspaceDb,
  delimiter: CsvDelimiter,
): Promise<void> {
  const csv = useMatrixImportStore.getState().csv
  if (!csv) return
  const result = await desktop.reparseCsv({ token: csv.token, delimiter })
  if (result.status === 'parsed') {
    const columns = await suggestColumns(db, result.csv.headers)
    useMatrixImportStore.getState().replaceFile(result.csv, columns)
  } else if (result.status === 'refused') {
    notify('error', result.message)
  }
}

export async function pickRequiredLevelsFile(): Promise<void> {
  try {
    const result = await desktop.pickCsv({ title: 'Choose a file of required levels' })
    if (result.status === 'parsed') useMatrixImportStore.getState().setRequiredFile(result.csv)
    else if (result.status === 'refused') {
      notify('error', `${result.fileName} cannot be used. ${result.message}`)
    }
  } catch (error) {
    notify('error', `The file could not be read: ${describe(error)}`)
  }
}

export async function runMatrixImport(db: WorkspaceDb, plan: MatrixImportPlan): Promise<void> {
  const store = useMatrixImportStore.getState()
  const { csv } = store
  if (!csv) return
  const abort = store.startCommit()
  try {
    const fileName = nameOf(csv.fileName)
    const result = await writeWithUndo(
      db,
      () =>
        commitMatrixImport(db, plan, {
          fileName,
          signal: abort.signal,
          onProgress: (done, total) => useMatrixImportStore.getState().setProgress(done, total),
        }),
      `Imported ${fileName}: ${plan.assessments.length} assessments.`,
      `Undid the import of ${fileName}: the matrix is as it was.`,
    )
    useMatrixImportStore.getState().finish(result)
  } catch (error) {
    useMatrixImportStore.getState().finish(null)
    if (error instanceof MatrixImportCancelledError) notify('info', error.message)
    else notify('error', `The import failed and nothing was changed: ${describe(error)}`)
  }
}

/** Saves the matrix as the CSV the import reads back: one row per active person, one column per skill. */
export async function exportMatrixCsv(db: WorkspaceDb): Promise<void> {
  try {
    const rows = await readMatrixCsvRows(db)
    const result = await desktop.saveCsv({
      title: 'Export the skills matrix',
      suggestedName: `Skills matrix ${toLocalIsoDate(new Date())}.csv`,
      rows,
    })
    if (result.status === 'saved') notify('success', `Saved the matrix as ${result.fileName}.`)
  } catch (error) {
    notify('error', `The matrix could not be exported: ${describe(error)}`)
  }
}
