import { Lock } from 'lucide-react'
import { useState } from 'react'
import type { Person } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { Modal } from '../../ui/Modal'
import { exportPersonCheckins } from './checkin-actions'

export function ExportCheckinsDialog(props: {
  person: Person
  isOpen: boolean
  onClose: () => void
}) {
  const { db } = useCurrentWorkspace()
  const [includePrivate, setIncludePrivate] = useState(false)
  const [isBusy, setIsBusy] = useState(false)
  const run = async (): Promise<void> => {
    setIsBusy(true)
    const isSaved = await exportPersonCheckins(db, props.person, includePrivate)
    setIsBusy(false)
    if (isSaved) {
      setIncludePrivate(false)
      props.onClose()
    }
  }
  return (
    <Modal
      title={`Export check-ins of ${props.person.displayName}`}
      isOpen={props.isOpen}
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={isBusy}
            onClick={() => void run()}
          >
            Export CSV…
          </button>
        </>
      }
    >
      <p>
        One row per check-in: date, template, mood, agenda, answers, shared notes, action items and
        links, as plain text.
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={includePrivate}
          onChange={(event) => setIncludePrivate(event.target.checked)}
        />
        <Lock size={14} aria-hidden /> Include private notes
      </label>
      <p className="muted">
        {includePrivate
          ? 'Private notes will be in the file. Keep it somewhere only you can read.'
          : 'Private notes stay out of the file.'}
      </p>
    </Modal>
  )
}
