import { FileDown, FileUp } from 'lucide-react'
import type { ReactNode } from 'react'
import { StepCard } from './StepCard'

/**
 * The first card of an import wizard: what the file should hold, Choose a CSV file (Choose
 * another once one is read), a button that saves a file to start from, and why the last file
 * was refused, where the user chooses again.
 */
export function FileChoiceCard(props: {
  /** What the file should hold, beside the drop area's icon. */
  description: ReactNode
  hasFile: boolean
  onChoose: () => void
  /** Saves a file to fill in and import: a template, or what the workspace already has. */
  saveAction: { label: string; onClick: () => void }
  /** A line under the buttons. */
  note?: ReactNode
  /** Why the last file could not be read; the card adds that nothing was imported. */
  error: string | null
}) {
  return (
    <StepCard title="Choose the file">
      <div className="drop-hint">
        <FileUp size={28} aria-hidden />
        <p>{props.description}</p>
        <div className="row">
          <button type="button" className="button button-primary" onClick={props.onChoose}>
            <FileUp size={16} aria-hidden />{' '}
            {props.hasFile ? 'Choose another file…' : 'Choose a CSV file…'}
          </button>
          <button type="button" className="button" onClick={props.saveAction.onClick}>
            <FileDown size={16} aria-hidden /> {props.saveAction.label}
          </button>
        </div>
        {props.note ? <p className="muted">{props.note}</p> : null}
      </div>
      {props.error ? (
        <p className="alert alert-error" role="alert">
          {props.error} Nothing was imported.
        </p>
      ) : null}
    </StepCard>
  )
}
