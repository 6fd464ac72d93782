import { useId } from 'react'
import type { CommitProgress } from './commit-steps'
import { StepCard } from './StepCard'

/** "120 of 10000 people saved", or Starting… before the first chunk is written. */
export function describeProgress(progress: CommitProgress | null, savedNoun: string): string {
  return progress ? `${progress.done} of ${progress.total} ${savedNoun} saved` : 'Starting…'
}

/**
 * The importing step: how much of the write is done, on a bar announced as a status, with
 * Cancel import, and a line saying that cancelling leaves the workspace as it was.
 */
export function ImportProgressCard(props: {
  title: string
  progress: CommitProgress | null
  /** What the counts count, in the plural: "people", "levels". */
  savedNoun: string
  onCancel: () => void
  note: string
}) {
  const barId = useId()
  const { progress } = props
  return (
    <StepCard title={props.title}>
      <div className="import-progress" role="status">
        <label htmlFor={barId}>{describeProgress(progress, props.savedNoun)}</label>
        <progress id={barId} max={progress?.total || 1} value={progress?.done ?? 0} />
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel import
        </button>
      </div>
      <p className="muted">{props.note}</p>
    </StepCard>
  )
}
