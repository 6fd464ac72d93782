import './workspaces.css'
import { useId } from 'react'
import type { OpenFileProgress } from '../../db/workspace-file/open-file'
import { Modal } from '../../ui/Modal'
import { useOpenFileStore } from './open-file-store'

const numberFormat = new Intl.NumberFormat('en')

/** "Checking 120,000 of 310,000 records", or Reading the file… before the first report. */
function describe(progress: OpenFileProgress | null): string {
  if (!progress) return 'Reading the file…'
  if (progress.phase === 'generating') return 'Making five years of history…'
  const counts = `${numberFormat.format(progress.done)} of ${numberFormat.format(progress.total)} records`
  return progress.phase === 'checking' ? `Checking ${counts}` : `Saving ${counts}`
}

/** While a workspace file is read in the background: how far it is, and Cancel. */
export function OpenFileDialog() {
  const barId = useId()
  const fileName = useOpenFileStore((state) => state.fileName)
  const progress = useOpenFileStore((state) => state.progress)
  const cancel = useOpenFileStore((state) => state.cancel)
  // Checking and saving each fill half of the bar.
  const share =
    progress && progress.phase !== 'generating'
      ? (progress.phase === 'checking' ? 0 : 0.5) + (progress.done / (progress.total || 1)) * 0.5
      : 0
  return (
    <Modal
      title={`Opening ${fileName ?? 'the workspace file'}`}
      isOpen={fileName !== null}
      onClose={() => cancel?.()}
      footer={
        <button type="button" className="button" onClick={() => cancel?.()}>
          Cancel
        </button>
      }
    >
      <div className="open-file-progress" role="status">
        <label htmlFor={barId}>{describe(progress)}</label>
        <progress id={barId} max={1000} value={Math.round(share * 1000)} />
      </div>
      <p className="muted">
        Every record is checked before anything is saved. Cancelling leaves your workspaces as they
        were.
      </p>
    </Modal>
  )
}
