import { CheckCircle2 } from 'lucide-react'
import { useId, type ReactNode } from 'react'

interface DoneAction {
  label: string
  onClick: () => void
}

/** The done step: Imported <file>, what was saved, and the two ways on (the first is primary). */
export function DoneCard(props: {
  fileName: string
  summary: ReactNode
  primaryAction: DoneAction
  secondaryAction: DoneAction
}) {
  const titleId = useId()
  return (
    <section className="card import-done" aria-labelledby={titleId}>
      <CheckCircle2 size={32} aria-hidden className="empty-state-icon" />
      <h2 id={titleId}>Imported {props.fileName}</h2>
      <p>{props.summary}</p>
      <div className="row">
        <button
          type="button"
          className="button button-primary"
          onClick={props.primaryAction.onClick}
        >
          {props.primaryAction.label}
        </button>
        <button type="button" className="button" onClick={props.secondaryAction.onClick}>
          {props.secondaryAction.label}
        </button>
      </div>
    </section>
  )
}
