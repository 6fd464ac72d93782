import { useLiveQuery } from 'dexie-react-hooks'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { findUndoableImport } from '../../db/repositories/roster-import'
import { formatDate } from '../../ui/format'
import { CsvReadCard, FileChoiceCard, StepCard } from '../../ui/wizard'
import {
  changeDelimiter,
  confirmUndoImport,
  pickRosterFile,
  saveRosterTemplate,
} from './import-actions'
import { useImportStore } from './import-store'

export function FileStep() {
  const { db } = useCurrentWorkspace()
  const csv = useImportStore((state) => state.csv)
  const fileError = useImportStore((state) => state.fileError)
  const lastImport = useLiveQuery(() => findUndoableImport(db), [db])

  return (
    <>
      <FileChoiceCard
        description="Choose a CSV file, or drop one anywhere on this window. Commas, semicolons, tabs and pipes all work, in UTF-8, UTF-16 or Windows-1252."
        hasFile={csv !== null}
        onChoose={() => void pickRosterFile(db)}
        saveAction={{ label: 'Save a template CSV…', onClick: () => void saveRosterTemplate() }}
        error={fileError}
      />
      {csv ? (
        <CsvReadCard
          csv={csv}
          title={csv.fileName}
          showEncoding
          rowNoun={{ one: 'person', many: 'people' }}
          cleanMessage="The file reads cleanly."
          onDelimiterChange={(delimiter) => void changeDelimiter(delimiter)}
          nextLabel="Continue to columns"
          onNext={() => useImportStore.getState().goTo('columns')}
        />
      ) : null}
      {lastImport ? (
        <StepCard title="Last import">
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
        </StepCard>
      ) : null}
    </>
  )
}
