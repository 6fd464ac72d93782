import { ratePassphrase } from '../../../../shared/domain/backup/passphrase'

/** A new passphrase twice, with a strength hint; `error` is shown under the confirmation. */
export function PassphraseFields(props: {
  idPrefix: string
  passphrase: string
  confirmation: string
  error: string | null
  onChange(next: { passphrase: string; confirmation: string }): void
}) {
  const { idPrefix, passphrase, confirmation, error, onChange } = props
  const rating = ratePassphrase(passphrase)
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-passphrase`}>Passphrase</label>
        <input
          id={`${idPrefix}-passphrase`}
          type="password"
          autoComplete="new-password"
          autoFocus
          value={passphrase}
          aria-describedby={`${idPrefix}-strength`}
          onChange={(event) => onChange({ passphrase: event.target.value, confirmation })}
        />
        <p id={`${idPrefix}-strength`} className="muted" aria-live="polite">
          {passphrase ? `Strength: ${rating.hint}` : rating.hint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-confirm`}>Passphrase again</label>
        <input
          id={`${idPrefix}-confirm`}
          type="password"
          autoComplete="new-password"
          value={confirmation}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${idPrefix}-error` : undefined}
          onChange={(event) => onChange({ passphrase, confirmation: event.target.value })}
        />
        {error ? (
          <p id={`${idPrefix}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </>
  )
}

/** Why a new passphrase cannot be used yet, or null. */
export function checkNewPassphrase(passphrase: string, confirmation: string): string | null {
  if (ratePassphrase(passphrase).level === 'too-short') return ratePassphrase(passphrase).hint
  if (passphrase !== confirmation) return 'The two passphrases differ.'
  return null
}
