import type { BackupLock, BackupSecret } from '../../../../shared/backup-contract'
import { findUnlockProblem, type UnlockMode } from '../../../../shared/domain/backup/passphrase'
import { DialogForm, TextField, useForm } from '../../ui/form'

type KeyMode = Exclude<UnlockMode, 'passphrase'>
type Draft = { keyMode: KeyMode; secret: string }

const keyModes: Array<{ value: KeyMode; label: string }> = [
  { value: 'key-passphrase', label: 'The key passphrase' },
  { value: 'recovery-key', label: 'The recovery key' },
]

const secretLabels: Record<UnlockMode, string> = {
  passphrase: 'Passphrase',
  'key-passphrase': 'Key passphrase',
  'recovery-key': 'Recovery key',
}

function toSecret(mode: UnlockMode, secret: string): BackupSecret {
  if (mode === 'recovery-key') return { kind: 'recovery-key', key: secret }
  return { kind: mode, passphrase: secret }
}

/**
 * Asks for what opens an encrypted backup. `onUnlock` answers with why the secret is wrong (shown
 * under the field, to try again) or null; other failures take the dialog back a step.
 */
export function UnlockStep(props: {
  fileName: string
  lock: Exclude<BackupLock, 'none'>
  onBack(): void
  onUnlock(secret: BackupSecret): Promise<string | null>
}) {
  const { fileName, lock, onBack, onUnlock } = props
  const isKey = lock === 'key'
  const modeOf = (draft: Draft): UnlockMode => (isKey ? draft.keyMode : 'passphrase')
  const form = useForm<Draft, 'secret'>({
    idPrefix: 'restore',
    initial: { keyMode: 'key-passphrase', secret: '' },
    check: (draft) => {
      const text = findUnlockProblem(modeOf(draft), draft.secret)
      return text ? { field: 'secret', text } : null
    },
    // A thrown reason is always about the secret: the other failures never reach this form.
    fieldOfError: () => 'secret',
    save: async (draft) => {
      const wrong = await onUnlock(toSecret(modeOf(draft), draft.secret))
      if (wrong) throw new Error(wrong)
    },
  })
  const { draft } = form
  const mode = modeOf(draft)
  return (
    <DialogForm
      form={form}
      submitLabel="Unlock"
      busyLabel="Decrypting…"
      cancelLabel="Back"
      onCancel={onBack}
    >
      <p>
        <strong>{fileName}</strong>{' '}
        {isKey
          ? 'is an automatic backup, encrypted to your backup key.'
          : 'is encrypted with a passphrase.'}
      </p>
      {isKey ? (
        <fieldset className="radio-group">
          <legend>Unlock with</legend>
          {keyModes.map((choice) => (
            <label key={choice.value} className="radio">
              <input
                type="radio"
                name="unlock"
                checked={draft.keyMode === choice.value}
                onChange={() => {
                  form.set('keyMode', choice.value)
                  form.setProblem(null)
                }}
              />
              {choice.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      <TextField
        {...form.field('secret')}
        label={secretLabels[mode]}
        type={mode === 'recovery-key' ? 'text' : 'password'}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        value={draft.secret}
        placeholder={mode === 'recovery-key' ? 'AGE-SECRET-KEY-1…' : undefined}
        onChange={(value) => form.set('secret', value)}
      />
    </DialogForm>
  )
}
