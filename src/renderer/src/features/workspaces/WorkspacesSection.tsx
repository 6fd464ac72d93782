import { useLiveQuery } from 'dexie-react-hooks'
import { Download, FolderInput, Plus } from 'lucide-react'
import { useUiStore } from '../../app/ui-store'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { workspaceRepository } from '../../db'
import { exportCurrentWorkspace, importWorkspaceFromFile } from './workspace-actions'
import { WorkspaceRow } from './WorkspaceRow'

export function WorkspacesSection() {
  const { info: current } = useCurrentWorkspace()
  const workspaces = useLiveQuery(() => workspaceRepository.list(), [], [])
  return (
    <section className="card" aria-labelledby="workspaces-title">
      <div className="card-header">
        <h2 id="workspaces-title">Workspaces</h2>
        <div className="row">
          <button type="button" className="button" onClick={() => void importWorkspaceFromFile()}>
            <FolderInput size={16} aria-hidden /> Import…
          </button>
          <button type="button" className="button" onClick={() => void exportCurrentWorkspace()}>
            <Download size={16} aria-hidden /> Export current…
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => useUiStore.getState().show('new-workspace')}
          >
            <Plus size={16} aria-hidden /> New workspace
          </button>
        </div>
      </div>
      <p className="muted">
        Each workspace is a separate database on this computer. Export writes a JSON file that
        Trellis can read back in.
      </p>
      <ul className="workspace-list" aria-label="Workspaces">
        {workspaces.map((info) => (
          <WorkspaceRow key={info.id} info={info} isCurrent={info.id === current.id} />
        ))}
      </ul>
    </section>
  )
}
