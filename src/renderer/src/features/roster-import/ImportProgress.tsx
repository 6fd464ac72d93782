import { ImportProgressCard } from '../../ui/wizard'
import { useImportStore } from './import-store'

/**
 * Shown while the import transaction runs. The preview is unmounted meanwhile: its live queries
 * would otherwise re-run the whole plan on every chunk the transaction writes.
 */
export function ImportProgress() {
  const progress = useImportStore((state) => state.progress)
  const abort = useImportStore((state) => state.abort)
  const fileName = useImportStore((state) => state.csv?.fileName)
  return (
    <ImportProgressCard
      title={`Importing ${fileName}`}
      progress={progress}
      savedNoun="people"
      onCancel={() => abort?.abort()}
      note="Nothing is saved until every row is written; cancelling leaves the workspace as it was."
    />
  )
}
