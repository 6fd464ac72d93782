import { useMatrixImportStore } from './matrix-import-store'

/**
 * Shown while the import transaction runs. The preview is unmounted meanwhile: its live query
 * would otherwise plan the whole file again on every chunk the transaction writes.
 */
export function MatrixImportProgress() {
  const progress = useMatrixImportStore((state) => state.progress)
  const abort = useMatrixImportStore((state) => state.abort)
  return (
    <section className="card" aria-labelledby="matrix-importing-title">
      <h2 id="matrix-importing-title">Importing the matrix</h2>
      <div className="import-progress" role="status">
        <label htmlFor="matrix-import-progress-bar">
          {progress ? `${progress.done} of ${progress.total} levels saved` : 'Starting…'}
        </label>
        <progress
          id="matrix-import-progress-bar"
          max={progress?.total || 1}
          value={progress?.done ?? 0}
        />
        <button type="button" className="button" onClick={() => abort?.abort()}>
          Cancel import
        </button>
      </div>
      <p className="muted">
        Nothing is saved until every level is written; cancelling leaves the workspace as it was.
      </p>
    </section>
  )
}
