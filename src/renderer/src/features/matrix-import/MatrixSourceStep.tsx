import { ClipboardPaste, FileDown, FileUp } from 'lucide-react'
import { useState } from 'react'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { CsvReadout, encodingLabels } from '../../ui/CsvReadout'
import {
  changeMatrixDelimiter,
  exportMatrixCsv,
  pickMatrixFile,
  readPastedMatrix,
} from './matrix-import-actions'
import { pastedFileName, useMatrixImportStore } from './matrix-import-store'

export function MatrixSourceStep() {
  const { db } = useCurrentWorkspace()
  const csv = useMatrixImportStore((state) => state.csv)
  const fileError = useMatrixImportStore((state) => state.fileError)
  const [pasted, setPasted] = useState('')
  const isPasted = csv?.fileName === pastedFileName

  return (
    <>
      <section className="card" aria-labelledby="matrix-file-title">
        <h2 id="matrix-file-title">Choose the file</h2>
        <div className="drop-hint">
          <FileUp size={28} aria-hidden />
          <p>
            One row per person, named by an Employee ID, Email or Name column, and one column per
            skill. Write each level as a number on your scale or as its name (such as
            “Practitioner”); a blank cell keeps the level Trellis has. A row that starts with
            “Required” may give the level each skill requires.
          </p>
          <div className="row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void pickMatrixFile(db)}
            >
              <FileUp size={16} aria-hidden /> {csv ? 'Choose another file…' : 'Choose a CSV file…'}
            </button>
            <button type="button" className="button" onClick={() => void exportMatrixCsv(db)}>
              <FileDown size={16} aria-hidden /> Export the current matrix…
            </button>
          </div>
          <p className="muted">
            To start from what Trellis has, export the matrix, change it in a spreadsheet and import
            it back: only the levels you changed are saved.
          </p>
        </div>
        {fileError ? (
          <p className="alert alert-error" role="alert">
            {fileError} Nothing was imported.
          </p>
        ) : null}
      </section>
      <section className="card" aria-labelledby="matrix-paste-title">
        <h2 id="matrix-paste-title">Paste from Excel or Google Sheets</h2>
        <div className="field">
          <label htmlFor="matrix-paste">
            Select the cells in the spreadsheet, header row included, copy them and paste them here
          </label>
          <textarea
            id="matrix-paste"
            className="matrix-paste"
            rows={6}
            spellCheck={false}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
          />
        </div>
        <div className="row">
          <button
            type="button"
            className="button"
            disabled={pasted.trim() === ''}
            onClick={() => void readPastedMatrix(db, pasted)}
          >
            <ClipboardPaste size={16} aria-hidden /> Preview the pasted cells
          </button>
        </div>
      </section>
      {csv ? (
        <section className="card" aria-labelledby="matrix-read-title">
          <h2 id="matrix-read-title">{isPasted ? 'The pasted cells' : csv.fileName}</h2>
          <dl className="facts">
            {isPasted ? null : (
              <>
                <dt>Read as</dt>
                <dd>{encodingLabels[csv.encoding]}</dd>
              </>
            )}
            <dt>Rows</dt>
            <dd>
              {csv.rows.length} {csv.rows.length === 1 ? 'row' : 'rows'} in {csv.headers.length}{' '}
              columns
            </dd>
          </dl>
          <CsvReadout
            csv={csv}
            delimiterId="matrix-delimiter"
            cleanMessage={isPasted ? 'The cells read cleanly.' : 'The file reads cleanly.'}
            onDelimiterChange={(delimiter) => void changeMatrixDelimiter(db, delimiter)}
          />
          <div className="row step-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => useMatrixImportStore.getState().goTo('columns')}
            >
              Continue to skill columns
            </button>
          </div>
        </section>
      ) : null}
    </>
  )
}
