import { useState, type FormEvent } from 'react'
import { WorkspaceName, type WorkspaceInfo } from '../../../../shared/model'
import { useWorkspaceStore } from '../../app/workspace-store'
import { notify } from '../../ui/toast-store'
import {
  deleteWorkspace,
  renameWorkspace,
  resetSampleWorkspace,
} from '../workspaces/workspace-actions'

export function WorkspaceRow(props: { info: WorkspaceInfo; isCurrent: boolean }) {
  const { info, isCurrent } = props
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const inputId = `rename-${info.id}`

  const saveName = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const parsed = WorkspaceName.safeParse(draft ?? '')
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the name')
      return
    }
    await renameWorkspace(info, parsed.data)
    notify('success', `Renamed to “${parsed.data}”.`)
    setDraft(null)
    setError(null)
  }

  const run = (action: () => Promise<unknown>) => () =>
    void action().catch((failure: unknown) => notify('error', String(failure)))

  return (
    <li className="workspace-row">
      {draft === null ? (
        <div className="workspace-name">
          <strong>{info.name}</strong>
          {info.kind === 'sample' ? <span className="badge">Sample</span> : null}
          {isCurrent ? <span className="badge badge-accent">Open</span> : null}
        </div>
      ) : (
        <form className="rename-form" onSubmit={(event) => void saveName(event)} noValidate>
          <label htmlFor={inputId} className="visually-hidden">
            New name for {info.name}
          </label>
          <input
            id={inputId}
            value={draft}
            autoFocus
            maxLength={80}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setDraft(null)
            }}
          />
          <button type="submit" className="button button-primary">
            Save
          </button>
          <button type="button" className="button" onClick={() => setDraft(null)}>
            Cancel
          </button>
          {error ? (
            <p id={`${inputId}-error`} className="field-error">
              {error}
            </p>
          ) : null}
        </form>
      )}
      {draft === null ? (
        <div className="row">
          {!isCurrent ? (
            <button
              type="button"
              className="button"
              onClick={run(() => useWorkspaceStore.getState().open(info))}
            >
              Open<span className="visually-hidden"> {info.name}</span>
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => setDraft(info.name)}>
            Rename<span className="visually-hidden"> {info.name}</span>
          </button>
          {info.kind === 'sample' ? (
            <button
              type="button"
              className="button"
              onClick={run(() => resetSampleWorkspace(info))}
            >
              Reset<span className="visually-hidden"> {info.name}</span>
            </button>
          ) : null}
          <button
            type="button"
            className="button button-danger"
            onClick={run(() => deleteWorkspace(info))}
          >
            Delete<span className="visually-hidden"> {info.name}</span>
          </button>
        </div>
      ) : null}
    </li>
  )
}
