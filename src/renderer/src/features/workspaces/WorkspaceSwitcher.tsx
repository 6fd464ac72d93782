import { useLiveQuery } from 'dexie-react-hooks'
import { ChevronsUpDown } from 'lucide-react'
import { useId } from 'react'
import { useUiStore } from '../../app/ui-store'
import { useCurrentWorkspace, useWorkspaceStore } from '../../app/workspace-store'
import { workspaceRepository } from '../../db'

const newWorkspaceValue = '__new__'

/** A native select: the platform gives it full keyboard and screen-reader support. */
export function WorkspaceSwitcher() {
  const { info } = useCurrentWorkspace()
  const workspaces = useLiveQuery(() => workspaceRepository.list(), [], [info])
  const id = useId()

  return (
    <div className="workspace-switcher">
      <label htmlFor={id}>Workspace</label>
      <div className="select-wrap">
        <select
          id={id}
          value={info.id}
          onChange={(event) => {
            if (event.target.value === newWorkspaceValue) {
              useUiStore.getState().show('new-workspace')
              return
            }
            const next = workspaces.find((workspace) => workspace.id === event.target.value)
            if (next) void useWorkspaceStore.getState().open(next)
          }}
        >
          {workspaces.map((workspace) => (
            <option key={workspace.id} value={workspace.id}>
              {workspace.name}
            </option>
          ))}
          <option value={newWorkspaceValue}>New workspace…</option>
        </select>
        <ChevronsUpDown size={16} aria-hidden className="select-icon" />
      </div>
    </div>
  )
}
