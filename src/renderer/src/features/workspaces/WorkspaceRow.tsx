import { useState } from 'react'
import { findWorkspaceNameProblem } from '../../../../shared/domain/workspace/name'
import type { WorkspaceInfo } from '../../../../shared/model'
import { useWorkspaceStore } from '../../app/workspace-store'
import { DialogForm, TextField, useForm } from '../../ui/form'
import { describeError } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import { deleteWorkspace, renameWorkspace, resetSampleWorkspace } from './workspace-actions'
import './workspaces.css'

export function WorkspaceRow(props: { info: WorkspaceInfo; isCurrent: boolean }) {
  const { info, isCurrent } = props
  const [isRenaming, setIsRenaming] = useState(false)

  if (isRenaming) {
    return (
      <li className="workspace-row">
        <RenameForm info={info} onDone={() => setIsRenaming(false)} />
      </li>
    )
  }

  // Each button names the workspace for a screen reader: "Delete Sample company".
  const action = (label: string, run: () => unknown, className = 'button') => (
    <button
      type="button"
      className={className}
      onClick={() =>
        void Promise.resolve()
          .then(run)
          .catch((failure: unknown) => notify('error', describeError(failure)))
      }
    >
      {label}
      <span className="visually-hidden"> {info.name}</span>
    </button>
  )
  return (
    <li className="workspace-row">
      <div className="workspace-name">
        <strong>{info.name}</strong>
        {info.kind === 'sample' ? <span className="badge">Sample</span> : null}
        {isCurrent ? <span className="badge badge-accent">Open</span> : null}
      </div>
      <div className="row">
        {!isCurrent ? action('Open', () => useWorkspaceStore.getState().open(info)) : null}
        {action('Rename', () => setIsRenaming(true))}
        {info.kind === 'sample' ? action('Reset', () => resetSampleWorkspace(info)) : null}
        {action('Delete', () => deleteWorkspace(info), 'button button-danger')}
      </div>
    </li>
  )
}

/** The name in place of the row's title; Escape or Cancel leaves it as it was. */
function RenameForm(props: { info: WorkspaceInfo; onDone: () => void }) {
  const { info, onDone } = props
  const form = useForm<{ name: string }, 'name'>({
    idPrefix: `rename-${info.id}`,
    initial: { name: info.name },
    check: (draft) => findWorkspaceNameProblem(draft.name),
    save: async (draft) => {
      await renameWorkspace(info, draft.name.trim())
      notify('success', `Renamed to “${draft.name.trim()}”.`)
      onDone()
    },
  })
  return (
    <DialogForm form={form} className="rename-form" submitLabel="Save" onCancel={onDone}>
      <TextField
        {...form.field('name')}
        label={`New name for ${info.name}`}
        isLabelHidden
        value={form.draft.name}
        autoFocus
        maxLength={80}
        onChange={(value) => form.set('name', value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone()
        }}
      />
    </DialogForm>
  )
}
