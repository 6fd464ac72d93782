import { useRef, useState, type FormEvent } from 'react'
import { WorkspaceName } from '../../../../shared/model'
import { navigate } from '../../app/router'
import { createEmptyWorkspace } from './workspace-actions'

/** First step of "Import your team": the organisation's name becomes the workspace, then the import opens. */
export function TeamNameStep(props: { onBack: () => void }) {
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const parsed = WorkspaceName.safeParse(name)
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the name')
      inputRef.current?.focus()
      return
    }
    setIsBusy(true)
    try {
      await createEmptyWorkspace(parsed.data)
      navigate('/people/import')
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
      setIsBusy(false)
    }
  }

  return (
    <form className="welcome-step" onSubmit={(event) => void submit(event)} noValidate>
      <h2>Import your team</h2>
      <p className="muted">
        Your people go into a workspace of their own. Next, choose a CSV or spreadsheet export with
        one row per person.
      </p>
      <div className="field">
        <label htmlFor="welcome-organisation">Organisation name</label>
        <input
          id="welcome-organisation"
          ref={inputRef}
          autoFocus
          value={name}
          maxLength={80}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'welcome-organisation-error' : undefined}
          onChange={(event) => {
            setName(event.target.value)
            setError(null)
          }}
          placeholder="e.g. Harbour Street Bakery"
        />
        {error ? (
          <p id="welcome-organisation-error" className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="row">
        <button type="button" className="button" onClick={props.onBack} disabled={isBusy}>
          Back
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? 'Creating the workspace…' : 'Continue to import'}
        </button>
      </div>
    </form>
  )
}
