import { ImportProgressCard } from '../../ui/wizard'
import { useMatrixImportStore } from './matrix-import-store'

/**
 * Shown while the import transaction runs. The preview is unmounted meanwhile: its live query
 * would otherwise plan the whole file again on every chunk the transaction writes.
 */
export function MatrixImportProgress() {
  const progress = useMatrixImportStore((state) => state.progress)
  const abort = useMatrixImportStore((state) => state.abort)
  return (
    <ImportProgressCard
      title="Importing the matrix"
      progress={progress}
      savedNoun="levels"
      onCancel={() => abort?.abort()}
      note="Nothing is saved until every level is written; cancelling leaves the workspace as it was."
    />
  )
}
