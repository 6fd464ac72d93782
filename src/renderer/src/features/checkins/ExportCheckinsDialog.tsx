import { Lock } from 'lucide-react'
import type { Person } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { Modal } from '../../ui/Modal'
import { CheckboxField, DialogForm, useForm } from '../../ui/form'
import { exportPersonCheckins } from './checkin-actions'

export function ExportCheckinsDialog(props: {
  person: Person
  isOpen: boolean
  onClose: () => void
}) {
  return (
    <Modal
      title={`Export check-ins of ${props.person.displayName}`}
      isOpen={props.isOpen}
      onClose={props.onClose}
    >
      {/* Mounted only while open, so private notes are left out again at every opening. */}
      <ExportCheckinsForm person={props.person} onClose={props.onClose} />
    </Modal>
  )
}

function ExportCheckinsForm(props: { person: Person; onClose: () => void }) {
  const { db } = useCurrentWorkspace()
  const form = useForm<{ includePrivate: boolean }, 'includePrivate'>({
    idPrefix: 'export-checkins',
    initial: { includePrivate: false },
    save: async ({ includePrivate }) => {
      // False when the user cancelled the save dialog or it failed (the action says why).
      if (await exportPersonCheckins(db, props.person, includePrivate)) props.onClose()
    },
  })
  const { includePrivate } = form.draft
  return (
    <DialogForm
      form={form}
      submitLabel="Export CSV…"
      busyLabel="Exporting…"
      onCancel={props.onClose}
    >
      <p>
        One row per check-in: date, template, mood, agenda, answers, shared notes, action items and
        links, as plain text.
      </p>
      <CheckboxField
        id="export-checkins-private"
        label={
          <>
            <Lock size={14} aria-hidden /> Include private notes
          </>
        }
        checked={includePrivate}
        onChange={(checked) => form.set('includePrivate', checked)}
        hint={
          includePrivate
            ? 'Private notes will be in the file. Keep it somewhere only you can read.'
            : 'Private notes stay out of the file.'
        }
      />
    </DialogForm>
  )
}
