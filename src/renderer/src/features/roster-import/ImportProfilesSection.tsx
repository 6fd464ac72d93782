import './roster-import.css'
import { useLiveQuery } from 'dexie-react-hooks'
import { Pencil, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { builtInProfiles } from '../../../../shared/domain/roster-import/builtin-profiles'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import type { ImportProfile } from '../../../../shared/model'
import { writeWithUndo } from '../../app/undo'
import { useCurrentWorkspace } from '../../app/workspace-store'
import {
  deleteImportProfile,
  listImportProfiles,
  renameImportProfile,
} from '../../db/repositories/import-profiles'
import { bindText, DialogForm, FormDialog, TextField, useForm } from '../../ui/form'
import { describeError, formatDate } from '../../ui/format'
import { IconButton } from '../../ui/IconButton'
import { notify } from '../../ui/toast-store'

/** How many of a profile's column names the list shows before "and N more". */
const headersShown = 4

/** Settings → Import profiles: the mappings remembered per file layout, renamed or deleted. */
export function ImportProfilesSection() {
  const { db } = useCurrentWorkspace()
  const profiles = useLiveQuery(() => listImportProfiles(db), [db])
  const [renaming, setRenaming] = useState<ImportProfile | null>(null)

  const remove = (profile: ImportProfile) =>
    void writeWithUndo(
      db,
      () => deleteImportProfile(db, profile.signature),
      `Deleted the import profile “${profile.name}”. A file of its layout starts from suggestions.`,
    ).catch((error: unknown) => notify('error', describeError(error)))

  return (
    <section className="card" aria-labelledby="import-profiles-title">
      <h2 id="import-profiles-title">Import profiles</h2>
      <p className="muted">
        Each roster import remembers its column mapping, value mapping and date order for files with
        the same columns, and offers it the next time such a file is opened.
      </p>
      {profiles === undefined ? null : profiles.length === 0 ? (
        <p className="import-profiles-empty">
          No profiles yet. Import a roster from People → Import, and name its mapping on the last
          step to find it here.
        </p>
      ) : (
        <ul className="import-profiles">
          {profiles.map((profile) => (
            <li key={profile.signature} className="import-profile">
              <div>
                <strong>{profile.name}</strong>
                <span className="muted">
                  {describeHeaders(profile.headers)} · saved{' '}
                  {formatDate(toLocalIsoDate(new Date(profile.savedAt)))}
                </span>
              </div>
              <IconButton
                icon={Pencil}
                label={`Rename the profile ${profile.name}`}
                onClick={() => setRenaming(profile)}
              />
              <IconButton
                icon={Trash2}
                label={`Delete the profile ${profile.name}`}
                onClick={() => remove(profile)}
              />
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        Built in, offered when a file has their columns:{' '}
        {builtInProfiles.map((profile) => profile.name).join('; ')}.
      </p>
      <FormDialog
        title="Rename the import profile"
        isOpen={renaming !== null}
        onClose={() => setRenaming(null)}
      >
        {renaming ? <RenameForm profile={renaming} onClose={() => setRenaming(null)} /> : null}
      </FormDialog>
    </section>
  )
}

function describeHeaders(headers: string[]): string {
  const named = headers.filter((header) => header.trim() !== '')
  const shown = named.slice(0, headersShown).join(', ')
  const more = named.length - headersShown
  return `${headers.length} columns: ${shown}${more > 0 ? ` and ${more} more` : ''}`
}

function RenameForm(props: { profile: ImportProfile; onClose: () => void }) {
  const { profile, onClose } = props
  const { db } = useCurrentWorkspace()
  const form = useForm<{ name: string }, 'name'>({
    idPrefix: 'import-profile',
    initial: { name: profile.name },
    check: ({ name }) =>
      name.trim() === '' ? { field: 'name', text: 'Give the profile a name.' } : null,
    fieldOfError: () => 'name',
    save: async ({ name }) => {
      await renameImportProfile(db, profile.signature, name)
      notify('success', `Renamed the import profile to “${name.trim()}”.`)
      onClose()
    },
  })
  return (
    <DialogForm form={form} submitLabel="Rename" onCancel={onClose}>
      <TextField {...bindText(form, 'name')} label="Name" autoFocus maxLength={120} />
    </DialogForm>
  )
}
