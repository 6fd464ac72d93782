import { useLiveQuery } from 'dexie-react-hooks'
import { FileDown, FileUp } from 'lucide-react'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { findUndoableImport } from '../../db/repositories/roster-import'
import { formatDate } from '../../ui/format'
import {
  changeDelimiter,
  confirmUndoImport,
  pickRosterFile,
  saveRosterTemplate,
} from './import-actions'
import { useImportStore } from './import-store'
import { CsvReadout, encodingLabels } from '../../ui/CsvReadout'

export function FileStep() {
  const { db } = useCurrentWorkspace()
  const csv = useImportStore((state) => state.csv)
  const fileError = useImportStore((state) => state.fileError)
  const lastImport = useLiveQuery(() => findUndoableImport(db), [db])

  return (
    <>
      <section className="card" aria-labelledby="file-title">
        <h2 id="file-title">Choose the file</h2>
        <div className="drop-hint">
          <FileUp size={28} aria-hidden />
          <p>
            Choose a CSV file, or drop one anywhere on this window. Commas, semicolons, tabs and
            pipes all work, in UTF-8, UTF-16 or Windows-1252.
          </p>
          <div className="row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void pickRosterFile(db)}
            >
              <FileUp size={16} aria-hidden /> {csv ? 'Choose another file…' : 'Choose a CSV file…'}
            </button>
            <button type="button" className="button" onClick={() => void saveRosterTemplate()}>
              <FileDown size={16} aria-hidden /> Save a template CSV…
            </button>
          </div>
        </div>
        {fileError ? (
          <p className="alert alert-error" role="alert">
            {fileError} Nothing was imported.
          </p>
        ) : null}
      </section>
      {csv ? (
        <section className="card" aria-labelledby="read-title">
          <h2 id="read-title">{csv.fileName}</h2>
          <dl className="facts">
            <dt>Read as</dt>
            <dd>{encodingLabels[csv.encoding]}</dd>
            <dt>Rows</dt>
            <dd>
              {csv.rows.length} {csv.rows.length === 1 ? 'person' : 'people'} in{' '}
              {csv.headers.length} columns
            </dd>
          </dl>
          <CsvReadout
            csv={csv}
            delimiterId="csv-delimiter"
            cleanMessage="The file reads cleanly."
            onDelimiterChange={(delimiter) => void changeDelimiter(delimiter)}
          />
          <div className="row step-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => useImportStore.getState().goTo('columns')}
            >
              Continue to columns
            </button>
          </div>
        </section>
      ) : null}
      {lastImport ? (
        <section className="card" aria-labelledby="last-import-title">
          <h2 id="last-import-title">Last import</h2>
          <p>
            {lastImport.fileName} on {formatDate(lastImport.committedAt.slice(0, 10))}:{' '}
            {lastImport.counts.create} added, {lastImport.counts.update} updated.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => void confirmUndoImport(db, lastImport)}
          >
            Undo this import
          </button>
        </section>
      ) : null}
    </>
  )
}
