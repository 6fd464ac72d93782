import { CheckCircle2, Save } from 'lucide-react'
import type { KeyboardEvent, ReactNode } from 'react'

/**
 * The check-in editor's page: one window tall, its content scrolling above the action bar, so
 * the bar never covers a field and the page does not grow past the window (checkins.css).
 */
export function CheckinEditorFrame(props: {
  children: ReactNode
  isFinished: boolean
  isSaving: boolean
  onSave: (status: 'draft' | 'done') => void
  onKeyDown: (event: KeyboardEvent) => void
}) {
  const { isFinished, isSaving, onSave } = props
  return (
    <div className="checkin-editor" onKeyDown={props.onKeyDown}>
      <div className="checkin-editor-scroll">
        <div className="page">{props.children}</div>
      </div>
      <div className="checkin-save-area">
        <div className="checkin-save-bar row">
          <span className="muted">Ctrl+S saves.</span>
          <div className="toolbar-spacer" />
          {isFinished ? null : (
            <button
              type="button"
              className="button"
              disabled={isSaving}
              onClick={() => onSave('draft')}
            >
              <Save size={16} aria-hidden /> Save draft
            </button>
          )}
          <button
            type="button"
            className="button button-primary"
            disabled={isSaving}
            onClick={() => onSave('done')}
          >
            <CheckCircle2 size={16} aria-hidden />{' '}
            {isFinished ? 'Save check-in' : 'Finish check-in'}
          </button>
        </div>
      </div>
    </div>
  )
}
