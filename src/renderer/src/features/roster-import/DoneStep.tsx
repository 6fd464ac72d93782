import { CheckCircle2 } from 'lucide-react'
import { navigate } from '../../app/router'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { confirmUndoImport } from './import-actions'
import { useImportStore } from './import-store'

export function DoneStep() {
  const { db } = useCurrentWorkspace()
  const result = useImportStore((state) => state.result)
  if (!result) return null
  const { counts } = result
  return (
    <section className="card import-done" aria-labelledby="done-title">
      <CheckCircle2 size={32} aria-hidden className="empty-state-icon" />
      <h2 id="done-title">Imported {result.fileName}</h2>
      <p>
        {counts.create} added, {counts.update} updated, {counts.unchanged} unchanged,{' '}
        {counts.skipped} skipped.
        {result.createdTeamIds.length > 0 ? ` ${result.createdTeamIds.length} new teams.` : ''}
      </p>
      <div className="row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            useImportStore.getState().reset()
            navigate('/people')
          }}
        >
          View people
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void confirmUndoImport(db, result).then((isUndone) => {
              if (isUndone) useImportStore.getState().reset()
            })
          }
        >
          Undo this import
        </button>
      </div>
    </section>
  )
}
