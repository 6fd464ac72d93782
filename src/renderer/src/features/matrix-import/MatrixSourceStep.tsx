import { ClipboardPaste } from 'lucide-react'
import { useState } from 'react'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { CsvReadCard, FileChoiceCard, StepCard } from '../../ui/wizard'
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
      <FileChoiceCard
        description="One row per person, named by an Employee ID, Email or Name column, and one column per skill. Write each level as a number on your scale or as its name (such as “Practitioner”); a blank cell keeps the level Trellis has. A row that starts with “Required” may give the level each skill requires."
        hasFile={csv !== null}
        onChoose={() => void pickMatrixFile(db)}
        saveAction={{
          label: 'Export the current matrix…',
          onClick: () => void exportMatrixCsv(db),
        }}
        note="To start from what Trellis has, export the matrix, change it in a spreadsheet and import it back: only the levels you changed are saved."
        error={fileError}
      />
      <StepCard title="Paste from Excel or Google Sheets">
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
      </StepCard>
      {csv ? (
        <CsvReadCard
          csv={csv}
          title={isPasted ? 'The pasted cells' : csv.fileName}
          showEncoding={!isPasted}
          rowNoun={{ one: 'row', many: 'rows' }}
          cleanMessage={isPasted ? 'The cells read cleanly.' : 'The file reads cleanly.'}
          onDelimiterChange={(delimiter) => void changeMatrixDelimiter(db, delimiter)}
          nextLabel="Continue to skill columns"
          onNext={() => useMatrixImportStore.getState().goTo('columns')}
        />
      ) : null}
    </>
  )
}
