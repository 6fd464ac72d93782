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
    <section className="card" aria-labelledby="importing-title">
      <h2 id="importing-title">Importing {fileName}</h2>
      <div className="import-progress" role="status">
        <label htmlFor="import-progress-bar">
          {progress ? `${progress.done} of ${progress.total} people saved` : 'Starting…'}
        </label>
        <progress id="import-progress-bar" max={progress?.total || 1} value={progress?.done ?? 0} />
        <button type="button" className="button" onClick={() => abort?.abort()}>
          Cancel import
        </button>
      </div>
      <p className="muted">
        Nothing is saved until every row is written; cancelling leaves the workspace as it was.
      </p>
    </section>
  )
}
