import type { ReactNode } from 'react'
import {
  findNewPassphraseProblem,
  ratePassphrase,
  type PassphraseDraft,
} from '../../../../shared/domain/backup/passphrase'
import { DialogForm, TextField, useForm } from '../../ui/form'

/**
 * A new passphrase typed twice, with a strength hint, for "Back up now" and the backup key:
 * `save` gets the passphrase once both fields agree and it is long enough.
 */
export function NewPassphraseForm(props: {
  idPrefix: string
  intro: ReactNode
  submitLabel: string
  busyLabel: string
  onCancel: () => void
  save: (passphrase: string) => Promise<void>
}) {
  const { idPrefix, intro, submitLabel, busyLabel, onCancel, save } = props
  const form = useForm<PassphraseDraft, keyof PassphraseDraft>({
    idPrefix,
    initial: { passphrase: '', confirmation: '' },
    check: findNewPassphraseProblem,
    save: (draft) => save(draft.passphrase),
  })
  const { draft, set } = form
  const passphrase = form.field('passphrase')
  const rating = ratePassphrase(draft.passphrase)
  return (
    <DialogForm form={form} submitLabel={submitLabel} busyLabel={busyLabel} onCancel={onCancel}>
      <p className="muted">{intro}</p>
      <TextField
        {...passphrase}
        label="Passphrase"
        type="password"
        autoComplete="new-password"
        autoFocus
        value={draft.passphrase}
        // The error repeats the hint when it is too short, so only one of them is shown.
        hint={
          passphrase.error ? undefined : (
            <span aria-live="polite">
              {draft.passphrase ? `Strength: ${rating.hint}` : rating.hint}
            </span>
          )
        }
        onChange={(value) => set('passphrase', value)}
      />
      <TextField
        {...form.field('confirmation')}
        label="Passphrase again"
        type="password"
        autoComplete="new-password"
        value={draft.confirmation}
        onChange={(value) => set('confirmation', value)}
      />
    </DialogForm>
  )
}
