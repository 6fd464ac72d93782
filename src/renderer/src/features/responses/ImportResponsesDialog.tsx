import { CheckCircle2 } from 'lucide-react'
import { useId } from 'react'
import type { LandingPreview } from '../../../../shared/domain/requests'
import { Modal } from '../../ui/Modal'
import { commitPreviewedImport } from './responses-actions'
import {
  describeCheckSummary,
  describeImportButton,
  describeImported,
  describeUndone,
} from './response-text'
import { listRefused, useResponseImport, type RefusedResponse } from './use-response-import'
import './responses.css'

/** Import responses: checking, the preview of what goes where, and the done step with Undo. */
export function ImportResponsesDialog(props: { isOpen: boolean; onClose: () => void }) {
  const state = useResponseImport((store) => store.state)
  const closeStore = useResponseImport((store) => store.close)
  const close = () => {
    closeStore()
    props.onClose()
  }
  const isOpen = props.isOpen && state.step !== 'closed'
  const closeButton = (label = 'Close', isPrimary = true) => (
    <button
      type="button"
      className={isPrimary ? 'button button-primary' : 'button'}
      onClick={close}
    >
      {label}
    </button>
  )

  let body = null
  let footer = null
  if (state.step === 'checking') {
    body = <CheckingProgress fileCount={state.fileCount} />
    footer = closeButton('Cancel', false)
  } else if (state.step === 'preview') {
    const refused = listRefused(state.checked)
    const accepted = state.landing.previews
    body = (
      <>
        <p className="response-summary" role="status">
          {describeCheckSummary(accepted.length, refused.length)}
        </p>
        <AcceptedList previews={accepted} />
        <RefusedList refused={refused} hasAccepted={accepted.length > 0} />
      </>
    )
    footer =
      accepted.length === 0 ? (
        closeButton()
      ) : (
        <>
          {closeButton('Cancel', false)}
          <button
            type="button"
            className="button button-primary"
            disabled={state.isSaving}
            aria-busy={state.isSaving}
            onClick={() => void commitPreviewedImport()}
          >
            {state.isSaving ? 'Importing…' : describeImportButton(accepted.length)}
          </button>
        </>
      )
  } else if (state.step === 'done') {
    const refusedCount = listRefused(state.checked).length
    const count = state.landing.previews.length
    const isUndone = state.undoState === 'undone' || state.undoState === 'partly-undone'
    body = (
      <section className="response-done" aria-live="polite">
        <CheckCircle2 size={28} aria-hidden className="empty-state-icon" />
        <p className="response-summary">
          {isUndone ? describeUndone(count, 0) : describeImported(count, refusedCount)}
        </p>
        {isUndone ? null : (
          <ul className="response-done-list">
            {state.landing.previews.map((preview) => (
              <li key={preview.fileName}>
                <strong>{preview.who}</strong> · {preview.title}
              </li>
            ))}
          </ul>
        )}
      </section>
    )
    footer = (
      <>
        {isUndone ? null : (
          <button
            type="button"
            className="button"
            disabled={state.undoState === 'running'}
            onClick={() => void state.undo()}
          >
            Undo import
          </button>
        )}
        {closeButton()}
      </>
    )
  }

  return (
    <Modal title="Import responses" isOpen={isOpen} onClose={close} footer={footer} isWide>
      {body}
    </Modal>
  )
}

function CheckingProgress(props: { fileCount: number }) {
  const barId = useId()
  const noun = props.fileCount === 1 ? 'response file' : 'response files'
  return (
    <div className="import-progress" role="status">
      <label htmlFor={barId}>
        Reading and checking {props.fileCount} {noun}…
      </label>
      <progress id={barId} />
    </div>
  )
}

function AcceptedList(props: { previews: LandingPreview[] }) {
  const headingId = useId()
  if (props.previews.length === 0) return null
  return (
    <section className="response-group" aria-labelledby={headingId}>
      <h3 id={headingId}>To import ({props.previews.length})</h3>
      <ul className="response-list">
        {props.previews.map((preview) => (
          <li key={preview.fileName} className="response-item">
            <div className="response-item-head">
              <strong>{preview.who}</strong>
              <span>{preview.title}</span>
              <span className="badge">{preview.kindLabel}</span>
            </div>
            <p className="response-file muted">{preview.fileName}</p>
            <ul className="response-lines">
              {preview.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}

function RefusedList(props: { refused: RefusedResponse[]; hasAccepted: boolean }) {
  const headingId = useId()
  if (props.refused.length === 0) return null
  return (
    <section className="response-group response-group-refused" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Refused ({props.refused.length}){props.hasAccepted ? ': these files change nothing' : ''}
      </h3>
      <ul className="response-list">
        {props.refused.map((item, index) => (
          <li key={`${item.fileName}-${index}`} className="response-item response-item-refused">
            <strong className="response-file-name">{item.fileName}</strong>
            <p>{item.reason}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
