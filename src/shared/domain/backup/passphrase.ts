export const minPassphraseLength = 10

export type PassphraseRating = {
  level: 'too-short' | 'weak' | 'fair' | 'strong'
  /** A rough estimate of the bits an attacker must guess. */
  bits: number
  hint: string
}

/**
 * A rough strength hint: the character classes used and the length, with a discount for repeats
 * and for a single dictionary-like word. Long word passphrases rate well, as they should.
 */
export function ratePassphrase(passphrase: string): PassphraseRating {
  const length = [...passphrase].length
  if (length < minPassphraseLength) {
    return {
      level: 'too-short',
      bits: 0,
      hint: `Use at least ${minPassphraseLength} characters; four or five random words work well.`,
    }
  }
  let pool = 0
  if (/[a-z]/.test(passphrase)) pool += 26
  if (/[A-Z]/.test(passphrase)) pool += 26
  if (/[0-9]/.test(passphrase)) pool += 10
  if (/[^A-Za-z0-9]/.test(passphrase)) pool += 33
  const distinct = new Set(passphrase).size
  const effectiveLength = Math.min(length, distinct * 2)
  const isOneWord = /^[A-Za-z]+[0-9]{0,4}[^A-Za-z0-9]?$/.test(passphrase)
  const bits = Math.round(effectiveLength * Math.log2(Math.max(pool, 2)) * (isOneWord ? 0.5 : 1))
  if (bits < 50) {
    return {
      level: 'weak',
      bits,
      hint: 'Weak: add more words or characters that are not repeated.',
    }
  }
  if (bits < 75) return { level: 'fair', bits, hint: 'Fair: one or two more words make it strong.' }
  return { level: 'strong', bits, hint: 'Strong.' }
}

export type PassphraseDraft = { passphrase: string; confirmation: string }

/** Why a new passphrase cannot be used yet, on the field to fix, or null. */
export function findNewPassphraseProblem(
  draft: PassphraseDraft,
): { field: keyof PassphraseDraft; text: string } | null {
  const rating = ratePassphrase(draft.passphrase)
  if (rating.level === 'too-short') return { field: 'passphrase', text: rating.hint }
  if (draft.passphrase !== draft.confirmation) {
    return { field: 'confirmation', text: 'The two passphrases differ. Type the same one twice.' }
  }
  return null
}

/** How a backup is unlocked: its own passphrase, or the backup key's passphrase or recovery key. */
export type UnlockMode = 'passphrase' | 'key-passphrase' | 'recovery-key'

/** Why the typed secret cannot be tried yet, or null. Whether it is right, only the backup knows. */
export function findUnlockProblem(mode: UnlockMode, secret: string): string | null {
  if (secret.trim()) return null
  if (mode === 'recovery-key') return 'Paste or type the recovery key.'
  return mode === 'key-passphrase' ? 'Type the key passphrase.' : 'Type the passphrase.'
}
